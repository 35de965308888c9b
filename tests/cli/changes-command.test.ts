import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { changesCommand } from '../../src/cli/changes-command.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { git, makeRepo, page, removeRepo, runCliIn, writeFiles } from '../git/temp-repo.ts';

const repos: string[] = [];
after(() => repos.forEach(removeRepo));

function repoWithChanges(): string {
  const repo = makeRepo({
    'content/engineering/backend-engineer.md': page('Backend Engineer'),
    'content/engineering/frontend-engineer.md': page('Frontend Engineer'),
    'content/jobs/technical-writer.md': page('Technical Writer'),
    'content/sales/account-executive.md': page('Account Executive'),
  });
  repos.push(repo);
  // A branch with one commit, then more edits left uncommitted: both count.
  git(repo, 'checkout', '-q', '-b', 'edit-roles');
  writeFiles(repo, { 'content/engineering/backend-engineer.md': page('Backend Engineer', '## Responsibilities\n\n- Run the booking service.\n\n## Requirements\n\n- Know the work.\n') });
  git(repo, 'mv', 'content/jobs/technical-writer.md', 'content/engineering/technical-writer.md');
  writeFiles(repo, { 'content/engineering/technical-writer.md': page('Technical Writer', undefined, 'redirect_from: /jobs/technical-writer/\n') });
  git(repo, 'commit', '-q', '-am', 'Move the writer');
  git(repo, 'rm', '-q', 'content/sales/account-executive.md');
  writeFiles(repo, { 'content/data/data-analyst.md': page('Data Analyst') });
  return repo;
}

test('changes --base lists roles added, moved, changed and removed since the ref, as text', async () => {
  const repo = repoWithChanges();
  const result = await runCliIn(repo, ['changes', '--base', 'main']);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, `Roles changed since main: 1 added, 1 moved, 1 changed, 1 removed.

Added:
  /data/data-analyst/ "Data Analyst" (content/data/data-analyst.md)

Moved:
  /engineering/technical-writer/ "Technical Writer" from /jobs/technical-writer/

Changed:
  /engineering/backend-engineer/ "Backend Engineer"; changed: body

Removed:
  /sales/account-executive/ "Account Executive" (content/sales/account-executive.md)
`);
});

test('changes --format markdown gives a table for a merge request comment', async () => {
  const repo = repoWithChanges();
  const result = await runCliIn(repo, ['changes', '--base', 'main', '--format', 'markdown']);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, `#### Roles changed since \`main\`

1 added, 1 moved, 1 changed, 1 removed.

| Change | Role | URL | What changed |
| --- | --- | --- | --- |
| Added | Data Analyst | \`/data/data-analyst/\` | \`content/data/data-analyst.md\` |
| Moved | Technical Writer | \`/engineering/technical-writer/\` (from \`/jobs/technical-writer/\`) |  |
| Changed | Backend Engineer | \`/engineering/backend-engineer/\` | body |
| Removed | Account Executive | \`/sales/account-executive/\` | \`content/sales/account-executive.md\` |
`);
});

test('changes reports nothing when nothing changed, and a page with errors is left out with a note', async () => {
  const repo = makeRepo({ 'content/a.md': page('A') });
  repos.push(repo);
  const same = await runCliIn(repo, ['changes', '--base', 'HEAD']);
  assert.deepEqual([same.code, same.stdout, same.stderr], [0, 'No roles changed since HEAD.\n', '']);
  writeFiles(repo, { 'content/broken.md': '---\ntitle: [unclosed\n---\n' });
  const broken = await runCliIn(repo, ['changes', '--base', 'HEAD']);
  assert.deepEqual([broken.code, broken.stdout, broken.stderr], [0, 'No roles changed since HEAD.\n', '1 page has errors and is left out; run `careers check` to see them.\n']);
});

test('changes with an unknown ref is a usage error (exit 2)', async () => {
  const repo = makeRepo({ 'content/a.md': page('A') });
  repos.push(repo);
  const result = await runCliIn(repo, ['changes', '--base', 'nope']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /^careers: The git ref "nope" is unknown here \(in a shallow clone, fetch it first\)\.\n/);
});

test('changes needs --base, a known format and a git repository', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'careers-no-git-'));
  repos.push(outside);
  for (const [args, message] of [
    [['--content', outside], /--base REF is required/],
    [['--base', 'HEAD', '--format', 'html', '--content', outside], /--format must be one of text, markdown; got "html"/],
    [['--base', 'HEAD', '--content', outside], /is not inside a git repository\./],
  ] as const) {
    await assert.rejects(changesCommand([...args]), (error: unknown) => error instanceof UsageError && message.test(error.message), args.join(' '));
  }
});
