import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { discoverContent, isContentPage } from '../../src/content/discover.ts';

// Symbolic links are made here, in a temporary folder, never committed.
const work = mkdtempSync(join(tmpdir(), 'careers-discover-'));
after(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string): void => {
  mkdirSync(join(work, path, '..'), { recursive: true });
  writeFileSync(join(work, path), '---\ntitle: x\n---\n');
};
for (const path of ['content/b.md', 'content/a.markdown', 'content/README.md', 'content/.hidden.md', 'content/_draft.md', 'content/_drafts/x.md', 'content/notes.txt', 'content/team/c.md', 'content/red\u001b[31m.md']) page(path);
symlinkSync('..', join(work, 'content/team/loop'));
symlinkSync('.', join(work, 'content/self'));
symlinkSync('nowhere.md', join(work, 'content/broken.md'));
symlinkSync('b.md', join(work, 'content/alias.md'));

test('lists pages sorted, skipping READMEs, hidden and underscore names; follows links; reports loops, broken links and names with control characters', async () => {
  const { files, diagnostics } = await discoverContent('content', work);
  assert.deepEqual(files.map((f) => [f.file, f.pathInContent]), [
    ['content/a.markdown', 'a.markdown'],
    ['content/alias.md', 'alias.md'],
    ['content/b.md', 'b.md'],
    ['content/team/c.md', 'team/c.md'],
  ]);
  assert.deepEqual(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`), [
    'content/broken.md:1:1 file/unreadable A symbolic link that leads nowhere (ENOENT); it is skipped.',
    'content/red\uFFFD[31m.md:1:1 file/control-character The name contains the control character U+001B; it is skipped.',
    'content/self:1:1 file/unreadable This folder is a symbolic link back into a folder already read (a loop); it is skipped.',
    'content/team/loop:1:1 file/unreadable This folder is a symbolic link back into a folder already read (a loop); it is skipped.',
  ]);
});

test('an absolute content folder works from any working directory; paths are shown relative to it', async () => {
  const elsewhere = join(work, 'elsewhere');
  mkdirSync(elsewhere);
  const { files } = await discoverContent(join(work, 'content'), elsewhere);
  assert.deepEqual(files.map((f) => f.file), ['../content/a.markdown', '../content/alias.md', '../content/b.md', '../content/team/c.md']);
  assert.equal(files[0]?.absolute, join(work, 'content/a.markdown'));
});

test("a folder's _index.md is listed as its page; other underscore names stay private; templates are reported once each, not built", async () => {
  const root = join(work, 'families');
  for (const path of ['pilots/_index.md', 'pilots/_index.markdown.bak', 'pilots/senior.md', 'pilots/_notes.md', '_index.md', 'crew/_index.html.md', 'old/role.html.md.erb', 'old/other.md.haml', 'old/kept.md.orig', '_private/_index.md']) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '---\ntitle: x\n---\n');
  }
  const { files, diagnostics } = await discoverContent('families', work);
  assert.deepEqual(files.map((f) => f.pathInContent), ['_index.md', 'crew/_index.html.md', 'pilots/_index.md', 'pilots/senior.md']);
  assert.deepEqual(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`), [
    'families/old/other.md.haml:1:1 warning file/template This page is a template (HAML); templates are never run, so it is not built.',
    'families/old/role.html.md.erb:1:1 warning file/template This page is a template (ERB); templates are never run, so it is not built.',
  ]);
});

test('isContentPage agrees with the walk on _index.md, private names and templates', () => {
  assert.deepEqual(
    ['a/_index.md', 'a/_index.html.md', 'a/_draft.md', '_drafts/a.md', '_private/_index.md', 'a/b.html.md.erb', 'a/README.md', 'a/b.md', 'a/b.mdown', 'a/b.mkd', 'a/_index.mkdn', 'a/README.markdown', 'a/b.mkd.erb', 'a/b.mdx', 'a/b.mdx.bak'].map(isContentPage),
    [true, true, false, false, false, false, false, true, true, true, true, false, false, true, false],
  );
});
