import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
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

// Each compile is a whole esbuild run (about 0.8 s of CPU), so the first two tests share one copy:
// the second starts from the version the first compiled (or compiles it, when run on its own).
let shared: string | undefined;
const sharedCopy = (): string => (shared ??= copyOfPackage('shared'));

test('the bundle has the entry points src/entry-points.ts names, and is reused while the source is unchanged', async () => {
  const root = sharedCopy();
  const cli = await compiledCli(root);
  assert.equal(dirname(dirname(cli)), join(root, 'dist'));
  assert.deepEqual(ENTRY_POINTS, ['parse-worker', 'search-index-worker']);
  for (const entry of ['cli', ...ENTRY_POINTS]) assert.ok(existsSync(join(dirname(cli), `${entry}.js`)), `${entry}.js`);
  const compiledAt = statSync(cli).mtimeMs;
  assert.equal(await compiledCli(root), cli);
  assert.equal(statSync(cli).mtimeMs, compiledAt, 'not compiled again');
});

test('a change to the source gives a new version; processes compiling it at once all get it', async () => {
  const root = sharedCopy();
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
  // Five versions compiled before, a minute apart (what five edits and runs leave), then one more
  // compile: one more version than are kept, so the oldest must go. Compiling the five for real would
  // cost five esbuild runs; what pruning reads of them is only that they are folders and their age.
  const now = Date.now() / 1000;
  const earlier = ['0000000000000001', '0000000000000002', '0000000000000003', '0000000000000004', '0000000000000005'];
  for (const [age, version] of earlier.entries()) {
    const dir = join(root, 'dist', version);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cli.js'), '');
    utimesSync(dir, now - 60 * (age + 1), now - 60 * (age + 1));
  }
  const current = basename(dirname(await compiledCli(root)));
  assert.deepEqual(readdirSync(join(root, 'dist')).sort(), [current, ...earlier.slice(0, 4)].sort(), 'the current version and the four before it');
});
