import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import type { LoadedPage } from '../../src/content/load-page.ts';
import { CACHE_FORMAT } from '../../src/build/code-version.ts';
import { DiskCache } from '../../src/build/disk-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-disk-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string): LoadedPage => ({ role: undefined, diagnostics: [{ file: `${title}.md`, line: 1, column: 1, severity: 'warning', rule: 'x', message: title, hint: 'h' }] }) as unknown as LoadedPage;

/** A cache in `folder` holding one page for each key, as a run that parsed them leaves it. */
function saveCache(folder: string, keys: readonly string[]): void {
  const cache = DiskCache.open(folder);
  for (const key of keys) cache.set(key, page(key));
  cache.save(new Set(keys));
}

test('pages saved in one run are found in the next', () => {
  const folder = join(work, 'round-trip');
  saveCache(folder, ['a', 'b']);
  const second = DiskCache.open(folder);
  assert.deepEqual(second.get('a'), page('a'));
  assert.notEqual(second.get('a'), second.get('a'), 'each get gives a fresh copy');
  second.close();
  assert.deepEqual(readdirSync(folder), [`pages.${CACHE_FORMAT}.cache`], 'no temporary file is left');
});

test('a save appends the new pages; the file is written anew, without unused pages, once they take half of it', () => {
  const folder = join(work, 'append');
  const file = join(folder, `pages.${CACHE_FORMAT}.cache`);
  saveCache(folder, ['a', 'b']);
  const written = readFileSync(file);
  const second = DiskCache.open(folder);
  second.set('c', page('c'));
  second.save(new Set(['a', 'c'])); // b is not used any more: a third of the records
  const appended = readFileSync(file);
  assert.ok(appended.subarray(0, written.length).equals(written), 'the records already there are left as they are');
  const third = DiskCache.open(folder);
  assert.deepEqual([third.get('a'), third.get('b'), third.get('c')], [page('a'), page('b'), page('c')]);
  third.save(new Set(['c'])); // a and b unused: two thirds
  assert.ok(readFileSync(file).length < appended.length);
  const fourth = DiskCache.open(folder);
  assert.deepEqual([fourth.get('a'), fourth.get('b'), fourth.get('c')], [undefined, undefined, page('c')]);
  fourth.close();
  assert.deepEqual(readdirSync(folder), [`pages.${CACHE_FORMAT}.cache`], 'no temporary file is left');
});

test('a missing or foreign cache file gives an empty cache', () => {
  assert.equal((DiskCache.open(join(work, 'missing'))).get('a'), undefined);
  const foreign = join(work, 'foreign');
  mkdirSync(foreign);
  writeFileSync(join(foreign, `pages.${CACHE_FORMAT}.cache`), 'not a cache');
  assert.equal((DiskCache.open(foreign)).get('a'), undefined);
});

test('a cache file cut short keeps the pages written whole; files of older formats are removed on save', () => {
  const folder = join(work, 'cut');
  saveCache(folder, ['a', 'b']);
  const file = join(folder, `pages.${CACHE_FORMAT}.cache`);
  const whole = readFileSync(file);
  writeFileSync(file, whole.subarray(0, whole.length - 5));
  writeFileSync(join(folder, 'pages.v8'), 'an older format');
  const cut = DiskCache.open(folder);
  assert.deepEqual([cut.get('a'), cut.get('b')], [page('a'), undefined]);
  cut.set('c', page('c'));
  cut.save(new Set(['a', 'c']));
  assert.deepEqual(readdirSync(folder), [`pages.${CACHE_FORMAT}.cache`]);
  const reopened = DiskCache.open(folder);
  assert.deepEqual([reopened.get('a'), reopened.get('c')], [page('a'), page('c')]);
});

test('a damaged record is not found; the records around it are', () => {
  const folder = join(work, 'damaged');
  saveCache(folder, ['a', 'b', 'c']);
  const file = join(folder, `pages.${CACHE_FORMAT}.cache`);
  const bytes = readFileSync(file);
  const second = bytes.indexOf('b.md'); // inside the value of record b
  bytes.fill(0xff, second - 12, second + 4);
  writeFileSync(file, bytes);
  const reopened = DiskCache.open(folder);
  assert.deepEqual([reopened.get('a'), reopened.get('b'), reopened.get('c')], [page('a'), undefined, page('c')]);
  reopened.close();
});

test('a record whose bytes were changed is not found, whatever was changed: text, a field name or its format', () => {
  const folder = join(work, 'forged');
  const file = join(folder, `pages.${CACHE_FORMAT}.cache`);
  saveCache(folder, ['a', 'b']);
  const saved = readFileSync(file);
  // Same length, so every record still lines up: only the checksum can tell.
  for (const [from, to] of [['b.md', '<sc>'], ['diagnostics', 'diagnosticz'], ['severity', 'severitx']] as const) {
    const bytes = Buffer.from(saved);
    const at = bytes.lastIndexOf(from);
    assert.ok(at > 0, from);
    bytes.write(to, at);
    writeFileSync(file, bytes);
    const reopened = DiskCache.open(folder);
    assert.deepEqual([reopened.get('a'), reopened.get('b')], [page('a'), undefined], `${from} → ${to}`);
    assert.deepEqual(reopened.diagnostics, []);
    reopened.close();
  }
  const bytes = Buffer.from(saved);
  bytes.writeUInt32LE(99, bytes.indexOf('\n') + 1); // the first record's format
  writeFileSync(file, bytes);
  const reopened = DiskCache.open(folder);
  assert.deepEqual([reopened.get('a'), reopened.get('b')], [undefined, undefined]);
  reopened.close();
});

test('a record of the wrong shape is parsed again, never handed on', () => {
  const folder = join(work, 'shape');
  const cache = DiskCache.open(folder);
  cache.set('bad', { role: { title: 'No other fields' }, diagnostics: [] } as unknown as LoadedPage);
  cache.set('good', page('good'));
  cache.save(new Set(['bad', 'good']));
  const reopened = DiskCache.open(folder);
  assert.deepEqual([reopened.get('bad'), reopened.get('good')], [undefined, page('good')]);
  reopened.close();
});

test('a cache file that is a folder is a warning; the run goes on without the cache and leaves no temporary file', () => {
  const folder = join(work, 'file-is-folder');
  mkdirSync(join(folder, `pages.${CACHE_FORMAT}.cache`), { recursive: true });
  const cache = DiskCache.open(folder);
  assert.equal(cache.get('a'), undefined);
  cache.set('a', page('a'));
  cache.save(new Set(['a']));
  const shown = relative(process.cwd(), join(folder, `pages.${CACHE_FORMAT}.cache`));
  assert.deepEqual(cache.diagnostics, [{
    file: shown, line: 1, column: 1, severity: 'warning', rule: 'cache/unusable',
    message: `The page cache file ${shown} is a folder; this build goes on without the cache.`,
    hint: 'Remove what is in the way of the cache (`.careers-cache/` by default), choose another folder with `--cache`, or turn it off with `--no-cache`.',
  }]);
  assert.deepEqual(readdirSync(folder), [`pages.${CACHE_FORMAT}.cache`]);
  assert.deepEqual(readdirSync(join(folder, `pages.${CACHE_FORMAT}.cache`)), []);
});

test('a cache folder that is a file is a warning; the file is left as it was', () => {
  const folder = join(work, 'folder-is-file');
  writeFileSync(folder, 'someone else\'s file');
  const cache = DiskCache.open(folder);
  cache.set('a', page('a'));
  cache.save(new Set(['a']));
  const shown = relative(process.cwd(), folder);
  assert.deepEqual(cache.diagnostics.map((d) => [d.file, d.severity, d.rule, d.message]), [
    [shown, 'warning', 'cache/unusable', `The page cache folder ${shown} is not a folder; this build goes on without the cache.`],
  ]);
  assert.equal(readFileSync(folder, 'utf8'), 'someone else\'s file');
  assert.deepEqual(readdirSync(work).filter((name) => name.startsWith('folder-is-file')), ['folder-is-file']);
});
