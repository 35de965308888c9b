import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { HOSTILE, makeWorkDir, runCliFrom, treeDigest } from './hostile-fixtures.ts';

// The real CLI against what others leave in the way: another build holding the output folder, a
// page cache whose bytes were changed, a cache folder that is a file.
const work = makeWorkDir('hostile-cache-and-lock');
const BUILD = ['build', '--content', 'content', '--out', 'site', '--links', 'warn'];

before(() => {
  cpSync(join(HOSTILE, 'buildable'), join(work, 'content'), { recursive: true });
  cpSync(join(HOSTILE, 'careers.config.yaml'), join(work, 'careers.config.yaml'));
});
after(() => rmSync(work, { recursive: true, force: true }));

/** Every file of the site as text, joined (to look for what must not be there). */
function siteText(): string {
  const digest = treeDigest(join(work, 'site'));
  return [...digest.keys()].filter((name) => name.endsWith('.html')).map((name) => readFileSync(join(work, 'site', name), 'utf8')).join('\n');
}

test('a build into an output folder another live build holds is refused with its process id, exit code 1', async () => {
  const first = await runCliFrom(work, BUILD);
  assert.equal(first.code, 0, first.stderr);
  const before = treeDigest(join(work, 'site'));
  // This test's own process stands for the other build: it is alive.
  writeFileSync(join(work, '.site.lock'), `${process.pid}\n`);
  try {
    const second = await runCliFrom(work, BUILD);
    assert.equal(second.code, 1);
    assert.equal(second.stderr.split('\n').slice(-3).join('\n'), `Build failed while writing the site: Another build (process ${process.pid}) is writing site; wait until it has finished, or build into another folder.\nsite was not changed.\n`);
    assert.deepEqual(treeDigest(join(work, 'site')), before);
  } finally {
    rmSync(join(work, '.site.lock'));
  }
});

test('two builds into one folder at once: each succeeds or names the other; the site is whole and nothing is left beside it', async () => {
  const results = await Promise.all([runCliFrom(work, BUILD), runCliFrom(work, BUILD)]);
  for (const result of results) {
    if (result.code !== 0) assert.match(result.stderr, /\nBuild failed while writing the site: Another build \(process \d+\) is writing site; wait until it has finished, or build into another folder\.\nsite was not changed\.\n$/);
    assert.doesNotMatch(result.stderr, /ENOENT|\n\s+at /);
  }
  assert.ok(results.some((result) => result.code === 0));
  const current = readlinkSync(join(work, 'site'));
  assert.deepEqual(readdirSync(work).filter((name) => name.startsWith('.site')), [current]);
  assert.ok(siteText().includes('</html>'));
});

test('a cache record whose text was changed is parsed again: the forged text never reaches the site', async () => {
  const cacheFolder = join(work, '.careers-cache');
  const file = readdirSync(cacheFolder).find((name) => /^pages\..*\.cache$/.test(name));
  assert.ok(file, 'the builds above left a page cache');
  const bytes = readFileSync(join(cacheFolder, file));
  // v8 keeps a string as Latin-1 or, when it holds other characters, as UTF-16.
  const encoding = bytes.includes('<h2', 0, 'latin1') ? 'latin1' : 'utf16le';
  const at = bytes.indexOf('<h2', 0, encoding);
  assert.ok(at > 0, 'a heading in the cached HTML');
  const width = encoding === 'latin1' ? 1 : 2;
  const forged = `<script>${bytes.toString(encoding, at + 8 * width, at + 20 * width)}`;
  bytes.write('<script>', at, encoding); // the same length: only a checksum tells
  writeFileSync(join(cacheFolder, file), bytes);
  const result = await runCliFrom(work, BUILD);
  assert.equal(result.code, 0, result.stderr);
  assert.ok(!siteText().includes(forged), `${forged} is not in the site`);
});

test('a cache folder that is a file is a warning; the build goes on without it and leaves the file as it was', async () => {
  writeFileSync(join(work, 'not-a-folder'), 'kept');
  const result = await runCliFrom(work, [...BUILD, '--cache', 'not-a-folder']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /^not-a-folder:1:1 warning cache\/unusable The page cache folder not-a-folder is not a folder; this build goes on without the cache\.$/m);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
  assert.equal(readFileSync(join(work, 'not-a-folder'), 'utf8'), 'kept');
  assert.deepEqual(readdirSync(work).filter((name) => name.startsWith('not-a-folder')), ['not-a-folder']);
});
