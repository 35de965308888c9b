import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { newCommand } from '../../src/cli/new-command.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { runCliIn } from '../git/temp-repo.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-new-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('new creates a page from the template at <content>/<department>/<slug>.md, and it passes check with no errors', async () => {
  const created = await runCliIn(work, ['new', 'Senior Data Engineer', '--department', 'Data', '--content', '.']);
  assert.equal(created.code, 0, created.stderr);
  assert.equal(created.stdout, 'Created data/senior-data-engineer.md, published at /data/senior-data-engineer/\n');
  assert.equal(created.stderr, 'Replace each TODO, then run `npx careers check`.\n');
  const text = readFileSync(join(work, 'data/senior-data-engineer.md'), 'utf8');
  assert.match(text, /^---\ntitle: "Senior Data Engineer"\n/);
  const checked = await runCliIn(work, ['check', '--content', '.', '--format', 'json', '--no-cache']);
  assert.equal(checked.code, 0);
  const found = JSON.parse(checked.stdout) as { severity: string; rule: string }[];
  assert.deepEqual([...new Set(found.map((d) => `${d.severity} ${d.rule}`))], ['warning content/placeholder']);
});

test('new without a department writes at the top of the content folder; accents are dropped from the file name', async () => {
  const result = await runCliIn(work, ['new', '  Ingénieure   Systèmes (Sol) ', '--content', '.']);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, 'Created ingenieure-systemes-sol.md, published at /ingenieure-systemes-sol/\n');
  assert.match(readFileSync(join(work, 'ingenieure-systemes-sol.md'), 'utf8'), /^---\ntitle: "Ingénieure Systèmes \(Sol\)"\n/);
});

test('new refuses to overwrite a page (exit 1) and leaves it as it was', async () => {
  writeFileSync(join(work, 'product-manager.md'), 'my own text\n');
  const result = await runCliIn(work, ['new', 'Product Manager', '--content', '.']);
  assert.equal(result.code, 1);
  assert.equal(result.stderr, 'careers: product-manager.md already exists; nothing was written. Edit that page, or choose another title.\n');
  assert.equal(readFileSync(join(work, 'product-manager.md'), 'utf8'), 'my own text\n');
});

test('new refuses an unsafe title or department with exit 2, writing nothing', async () => {
  const title = await runCliIn(work, ['new', 'Engineer"\nlayout: x', '--content', '.']);
  assert.equal(title.code, 2);
  assert.match(title.stderr, /^careers: The title "Engineer"\nlayout: x" cannot be used: write at most 100 letters, digits, spaces and , \. & ' \( \) \/ \+ -, starting with a letter or digit\.\n/);
  const department = await runCliIn(work, ['new', 'Data Engineer', '--department', '../outside', '--content', '.']);
  assert.equal(department.code, 2);
  assert.match(department.stderr, /^careers: --department "\.\.\/outside" cannot be used: write a folder name of letters, digits and single hyphens/);
  assert.equal(existsSync(join(work, 'data-engineer.md')), false);
  assert.equal(existsSync(join(work, '..', 'outside')), false);
});

test('every kind of unsafe input is a usage error before anything is written', async () => {
  const cases: [string[], RegExp][] = [
    [['<script>alert(1)</script>'], /cannot be used/],
    [['{{ evil }}'], /cannot be used/],
    [['# Heading'], /cannot be used/],
    [['x'.repeat(101)], /at most 100/],
    [['数据工程师'], /has no letters or digits that can make a file name/],
    [['Data Engineer', '--department', 'a/b'], /cannot be used/],
    [['Data Engineer', '--department', ''], /cannot be used/],
    [[], /Give the role's title/],
    [['One', 'Two'], /Give the role's title/],
    [['Data Engineer', '--content', join(work, 'missing-folder')], /is not a folder\./],
  ];
  for (const [args, message] of cases) {
    const withContent = args.includes('--content') ? args : [...args, '--content', work];
    await assert.rejects(newCommand(withContent), (error: unknown) => error instanceof UsageError && message.test(error.message), args.join(' '));
  }
  assert.equal(existsSync(join(work, 'data-engineer.md')), false);
});
