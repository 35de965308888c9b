import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readPagesAtRef } from '../../src/git/pages-at-ref.ts';
import { git, makeRepo, page, removeRepo, writeFiles } from './temp-repo.ts';

const repos: string[] = [];
after(() => repos.forEach(removeRepo));

test('readPagesAtRef reads the pages discoverContent would list, as they were at the ref', async () => {
  const repo = makeRepo({
    'content/engineering/backend.md': page('Backend'),
    'content/jobs/writer/index.html.md': page('Writer'),
    'content/README.md': '# About this folder\n',
    'content/_drafts/draft.md': page('Draft'),
    'content/.hidden.md': page('Hidden'),
    'content/notes.txt': 'not a page\n',
    'elsewhere/outside.md': page('Outside'),
  });
  repos.push(repo);
  symlinkSync('engineering/backend.md', join(repo, 'content/link.md'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'A symbolic link');
  writeFiles(repo, { 'content/engineering/backend.md': page('Backend, edited since') });
  const pages = await readPagesAtRef('HEAD', join(repo, 'content'), repo);
  assert.deepEqual(pages.map((p) => [p.file, p.pathInContent]), [
    ['content/engineering/backend.md', 'engineering/backend.md'],
    ['content/jobs/writer/index.html.md', 'jobs/writer/index.html.md'],
  ]);
  assert.equal(Buffer.from(pages[0]?.bytes ?? []).toString('utf8'), page('Backend'));
  assert.deepEqual(await readPagesAtRef('HEAD', join(repo, 'elsewhere'), repo).then((p) => p.map((x) => x.pathInContent)), ['outside.md']);
});
