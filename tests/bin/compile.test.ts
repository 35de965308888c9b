import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { compiledCli } from '../../bin/compile.js';
import { ENTRY_POINTS } from '../../src/entry-points.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-compile-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the package's sources, with the real node_modules, to compile without touching dist/. */
function copyOfPackage(name: string): string {
  const root = join(work, name);
  for (const source of ['src', 'layouts', 'bin', '.eleventy.ts', 'package.json', 'package-lock.json']) cpSync(join(REPO_ROOT, source), join(root, source), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

test('the bundle has the entry points src/entry-points.ts names, and is reused while the source is unchanged', async () => {
  const root = copyOfPackage('reuse');
  const cli = await compiledCli(root);
  assert.equal(dirname(dirname(cli)), join(root, 'dist'));
  assert.deepEqual(ENTRY_POINTS, ['parse-worker', 'search-index-worker']);
  for (const entry of ['cli', ...ENTRY_POINTS]) assert.ok(existsSync(join(dirname(cli), `${entry}.js`)), `${entry}.js`);
  const compiledAt = statSync(cli).mtimeMs;
  assert.equal(await compiledCli(root), cli);
  assert.equal(statSync(cli).mtimeMs, compiledAt, 'not compiled again');
});

test('a change to the source gives a new version; processes compiling it at once all get it', async () => {
  const root = copyOfPackage('change');
  const before = await compiledCli(root);
  appendFileSync(join(root, 'src/cli/main.ts'), '\n// an edit\n');
  const racing = await Promise.all([compiledCli(root), compiledCli(root), compiledCli(root)]);
  assert.notEqual(racing[0], before);
  assert.deepEqual(racing, [racing[0], racing[0], racing[0]]);
  const versions = readdirSync(join(root, 'dist')).sort();
  assert.deepEqual(versions, [basename(dirname(before)), basename(dirname(racing[0] as string))].sort(), 'no temporary folder is left');
});

test('only the newest versions are kept', async () => {
  const root = copyOfPackage('prune');
  for (let edit = 0; edit < 7; edit += 1) {
    appendFileSync(join(root, 'layouts/base.ts'), `\n// edit ${edit}\n`);
    await compiledCli(root);
  }
  assert.equal(readdirSync(join(root, 'dist')).length, 5, 'the current version and four before it');
});
