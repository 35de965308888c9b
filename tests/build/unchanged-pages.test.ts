import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { carryOver, splitRolePages } from '../../src/build/unchanged-pages.ts';
import { rolePagePath } from '../../src/model/site-paths.ts';
import type { Role } from '../../src/model/role.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-unchanged-'));
after(() => rmSync(work, { recursive: true, force: true }));

const role = (url: string): Role => ({ url, title: url }) as unknown as Role;
const render = (r: Role): string => `<h1>${r.title}</h1>\n`;

function site(name: string, pages: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

test('a role page is written to its URL folder', () => {
  assert.equal(rolePagePath(role('/engineering/backend-engineer/')), '/engineering/backend-engineer/index.html');
});

test('without a previous site every role page is rendered', async () => {
  const roles = [role('/a/'), role('/b/')];
  assert.deepEqual(await splitRolePages(roles, () => assert.fail('nothing to compare with'), undefined), { toRender: roles, unchanged: [] });
});

test('only pages whose previous file is byte for byte what the layouts render are kept', async () => {
  const roles = [role('/same/'), role('/edited/'), role('/new/'), role('/also-same/')];
  const previous = site('previous', {
    '/same/index.html': '<h1>/same/</h1>\n',
    '/edited/index.html': '<h1>/edited/</h1>', // the newline is missing
    '/also-same/index.html': '<h1>/also-same/</h1>\n',
  });
  const split = await splitRolePages(roles, render, previous);
  assert.deepEqual(split.toRender.map((r) => r.url), ['/edited/', '/new/']);
  assert.deepEqual(split.unchanged, ['/also-same/index.html', '/same/index.html']);
});

test('a page that is a symbolic link in the previous site is rendered, not carried over', async () => {
  const previous = site('linked', { '/elsewhere.html': '<h1>/linked/</h1>\n' });
  mkdirSync(join(previous, 'linked'));
  symlinkSync(join(previous, 'elsewhere.html'), join(previous, 'linked/index.html'));
  const split = await splitRolePages([role('/linked/')], render, previous);
  assert.deepEqual([split.toRender.map((r) => r.url), split.unchanged], [['/linked/'], []]);
});

test('unchanged pages are carried into the new site with their bytes', async () => {
  const previous = site('carried-from', { '/a/b/index.html': 'A', '/c/index.html': 'C' });
  const next = join(work, 'carried-to');
  carryOver(['/a/b/index.html', '/c/index.html'], previous, next);
  assert.equal(readFileSync(join(next, 'a/b/index.html'), 'utf8'), 'A');
  assert.equal(readFileSync(join(next, 'c/index.html'), 'utf8'), 'C');
  assert.equal(statSync(join(next, 'c/index.html')).ino, statSync(join(previous, 'c/index.html')).ino, 'hard-linked, not copied');
});
