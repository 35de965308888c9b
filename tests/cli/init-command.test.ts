import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
import { initCommand } from '../../src/cli/init-command.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { assertSameTree, listFiles } from '../helpers/files.ts';
import { runCliIn } from '../git/temp-repo.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-init-'));
after(() => rmSync(work, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

test('init sets up an empty folder: settings, an example role, both CI files and .gitignore; the role passes check', async () => {
  const dir = folder('empty');
  const result = await runCliIn(dir, ['init']);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, [
    'Created careers.config.yaml',
    'Created .gitlab-ci.yml',
    'Created .github/workflows/careers.yml',
    'Created content/engineering/software-engineer.md',
    'Created .gitignore',
    '',
  ].join('\n'));
  assert.equal(result.stderr, 'Next: set `origin` in careers.config.yaml, then run `npx careers build` (or `npx careers check`).\n');
  assert.deepEqual(listFiles(dir), ['.github/workflows/careers.yml', '.gitignore', '.gitlab-ci.yml', 'careers.config.yaml', 'content/engineering/software-engineer.md']);
  const config = readFileSync(join(dir, 'careers.config.yaml'), 'utf8');
  assert.match(config, /^# origin: "https:\/\/careers\.example\.com"$/m, 'origin asked for, with an example');
  assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8'), '# careers: the built site (a link to its folder beside it), what builds leave beside it, the page cache\n/_site\n/._site.*\n/.careers-cache/\n');
  const gitlab = readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8');
  assert.equal((parse(gitlab) as { default: { image: string } }).default.image, 'node:24');
  assert.match(gitlab, /^ {4}- npx careers check \$CHANGED --format gitlab > gl-code-quality-report\.json \|\| true$/m);
  assert.match(gitlab, /^ {4}- npx careers build --out _site\n {4}- npx careers links --site _site\n.*\n {4}- rm -rf public && cp -RL _site public$/m);
  assert.doesNotMatch(gitlab, /npm run|\{\{/);
  const github = readFileSync(join(dir, '.github/workflows/careers.yml'), 'utf8');
  assert.match(github, /^ {10}node-version: 24$/m);
  assert.match(github, /^ {8}run: npx careers check \$\{BASE_SHA:\+--changed-since "\$BASE_SHA"\} --format github$/m);
  assert.doesNotMatch(github, /npm run|\{\{content/);
  // The only finding in a fresh site is the missing origin the settings ask for.
  const checked = await runCliIn(dir, ['check', '--format', 'json', '--no-cache']);
  assert.equal(checked.code, 0, checked.stdout);
  assert.deepEqual((JSON.parse(checked.stdout) as { file: string; rule: string }[]).map((d) => `${d.file} ${d.rule}`), [], 'check is clean (only build warns about a missing origin)');
});

test('a second init changes nothing and says which files it kept', async () => {
  const dir = folder('twice');
  assert.equal((await runCliIn(dir, ['init'])).code, 0);
  const before = folder('twice-before');
  cpSync(dir, before, { recursive: true });
  const again = await runCliIn(dir, ['init']);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(again.stdout, [
    'Kept careers.config.yaml: it exists already.',
    'Kept .gitlab-ci.yml: it exists already.',
    'Kept .github/workflows/careers.yml: it exists already.',
    'Kept content/ as it is: it holds 1 page already, so no example role was added.',
    'Kept .gitignore: it ignores the site and the cache already.',
    '',
  ].join('\n'));
  assertSameTree(dir, before);
});

test('init --content writes the folder into the CI files, adds no example to a folder with pages, and appends only missing ignore lines', async () => {
  const dir = folder('handbook');
  mkdirSync(join(dir, 'handbook/jobs/data'), { recursive: true });
  writeFileSync(join(dir, 'handbook/jobs/data/analyst.md'), '---\ntitle: "Analyst"\n---\n\nOur own page.\n');
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n_site');
  writeFileSync(join(dir, 'careers.config.yaml'), 'name: "Mine"\n');
  const result = await runCliIn(dir, ['init', '--content', 'handbook/jobs/']);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, [
    'Kept careers.config.yaml: it exists already.',
    'Created .gitlab-ci.yml',
    'Created .github/workflows/careers.yml',
    'Kept handbook/jobs/ as it is: it holds 1 page already, so no example role was added.',
    'Added 2 lines to .gitignore: /._site.* /.careers-cache/',
    '',
  ].join('\n'));
  assert.equal(readFileSync(join(dir, 'careers.config.yaml'), 'utf8'), 'name: "Mine"\n');
  assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8'), 'node_modules/\n_site\n# careers: the built site (a link to its folder beside it), what builds leave beside it, the page cache\n/._site.*\n/.careers-cache/\n');
  assert.match(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8'), /^ {4}- npx careers build --content handbook\/jobs --out _site$/m);
  assert.match(readFileSync(join(dir, '.github/workflows/careers.yml'), 'utf8'), /^ {8}run: npx careers build --content handbook\/jobs --out _site$/m);
  assert.deepEqual(listFiles(join(dir, 'handbook')), ['jobs/data/analyst.md']);
});

test('init refuses a content folder outside the working directory or unsafe to write into CI scripts (exit 2)', async () => {
  for (const content of ['../outside', '/abs', 'a/../b', 'a b', '$(x)', '.', '']) {
    await assert.rejects(initCommand(['--content', content]), (error: unknown) => error instanceof UsageError && /^--content ".*" cannot be used: give a folder inside this one/.test(error.message), content);
  }
  await assert.rejects(initCommand(['extra']), (error: unknown) => error instanceof UsageError && error.message === 'init takes no arguments; got "extra".');
  const dir = folder('refused');
  const result = await runCliIn(dir, ['init', '--content', '../outside']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /\n\nUsage: careers init \[--content DIR\]\n/);
  assert.deepEqual(listFiles(dir), []);
});
