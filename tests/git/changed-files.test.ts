import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { changedFiles } from '../../src/git/changed-files.ts';
import { GitError, resolveCommit } from '../../src/git/git.ts';
import { git, makeRepo, page, removeRepo, writeFiles } from './temp-repo.ts';

const repos: string[] = [];
after(() => repos.forEach(removeRepo));

test('changedFiles lists committed, staged, unstaged, deleted and untracked changes since a ref, relative to the working directory', async () => {
  const repo = realpathSync(makeRepo({ 'site/content/a.md': page('A'), 'site/content/b.md': page('B'), 'site/content/c.md': page('C'), 'site/content/d.md': page('D'), 'README.md': 'x\n' }));
  repos.push(repo);
  writeFiles(repo, { 'site/content/a.md': page('A2') });
  git(repo, 'commit', '-q', '-am', 'Committed change');
  writeFiles(repo, { 'site/content/b.md': page('B2'), 'site/content/new.md': page('New'), 'site/content/c.md': page('C2') });
  git(repo, 'add', 'site/content/c.md');
  git(repo, 'rm', '-q', 'site/content/d.md');
  const changed = await changedFiles('HEAD~1', join(repo, 'site/content'), join(repo, 'site'));
  assert.deepEqual([...changed.files].sort(), ['content/a.md', 'content/b.md', 'content/c.md', 'content/d.md', 'content/new.md']);
  assert.equal(changed.has('content/new.md'), true);
  assert.equal(changed.has('./content/a.md'), true);
  assert.equal(changed.has(join(repo, 'site/content/b.md')), true);
  assert.equal(changed.has('../README.md'), false);
  const fromElsewhere = await changedFiles('main~1', join(repo, 'site/content'), repo);
  assert.equal(fromElsewhere.has('site/content/a.md'), true);
});

test('an unknown ref, a ref that looks like an option, and a folder outside any repository are reported as such', async () => {
  const repo = makeRepo({ 'content/a.md': page('A') });
  repos.push(repo);
  await assert.rejects(resolveCommit('no-such-ref', repo), (error: unknown) => error instanceof GitError && error.kind === 'unknown-ref');
  await assert.rejects(resolveCommit('--all', repo), (error: unknown) => error instanceof GitError && error.kind === 'unknown-ref');
  const outside = mkdtempSync(join(tmpdir(), 'careers-no-git-'));
  repos.push(outside);
  await assert.rejects(changedFiles('HEAD', outside), (error: unknown) => error instanceof GitError && error.kind === 'not-a-repository');
});
