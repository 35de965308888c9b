import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { HOSTILE, makeWorkDir, runCliFrom, treeDigest } from './hostile-fixtures.ts';

// A build writes into a temporary folder beside the output and swaps it in only on success: whatever
// fails, and wherever, the previous site stays byte for byte as it was and no temporary folder is left.
const work = makeWorkDir('hostile-failed-build');
const BUILD = ['build', '--content', 'content', '--out', 'site', '--links', 'warn'];
const FAIL_WRITES = new URL('./fail-writes.ts', import.meta.url).href;
let previous: Map<string, string>;

before(async () => {
  cpSync(join(HOSTILE, 'buildable'), join(work, 'content'), { recursive: true });
  cpSync(join(HOSTILE, 'careers.config.yaml'), join(work, 'careers.config.yaml'));
  const first = await runCliFrom(work, BUILD);
  assert.equal(first.code, 0, first.stderr);
  previous = treeDigest(join(work, 'site'));
});
after(() => rmSync(work, { recursive: true, force: true }));

/** The output folder and anything else a build left beside it but the site's own folder, which the output links to. */
function besideSite(): string[] {
  const current = readlinkSync(join(work, 'site'));
  return readdirSync(work).filter((name) => name !== 'content' && name !== 'careers.config.yaml' && name !== '.careers-cache' && name !== current).sort();
}

function assertPreviousSiteKept(stderr: string): void {
  assert.deepEqual(treeDigest(join(work, 'site')), previous, 'the previous site is byte for byte the same');
  assert.deepEqual(besideSite(), ['site'], 'no temporary folder is left beside the site');
  assert.match(stderr, /[ \n]site was not changed\.\n$/);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
}

test('the output folder gets the permissions of any new folder (mkdtemp would leave 0700)', () => {
  mkdirSync(join(work, 'probe'));
  const usual = statSync(join(work, 'probe')).mode & 0o777;
  rmSync(join(work, 'probe'), { recursive: true });
  assert.equal(statSync(join(work, 'site')).mode & 0o777, usual);
});

test('a build that fails on invalid content keeps the previous site', async () => {
  copyFileSync(join(HOSTILE, 'content/code/js-front-matter.md'), join(work, 'content/js-front-matter.md'));
  try {
    const result = await runCliFrom(work, BUILD);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /content\/js-front-matter\.md:1:4 error front-matter\/language /);
    assertPreviousSiteKept(result.stderr);
  } finally {
    rmSync(join(work, 'content/js-front-matter.md'));
  }
});

test('a build that fails halfway through Eleventy (the disk fills up) keeps the previous site', async () => {
  const result = await runCliFrom(work, BUILD, { env: { CAREERS_TEST_FAIL_AFTER_WRITES: '3' }, preload: [FAIL_WRITES] });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /\nBuild failed while writing the site: [^\n]*\n {2}caused by: No space left on device \(simulated after 3 files\)\n/);
  assertPreviousSiteKept(result.stderr);
});

test('a build whose pages collide with a generated page (content/index.md is the front page) keeps the previous site', async () => {
  // Eleventy refuses two templates writing one file; the check may also catch this first. Either way the old site stays.
  writeFileSync(join(work, 'content/index.md'), '---\ntitle: Front Page Engineer\n---\n\nWants to be the front page.\n');
  try {
    const result = await runCliFrom(work, BUILD);
    assert.equal(result.code, 1);
    assertPreviousSiteKept(result.stderr);
  } finally {
    rmSync(join(work, 'content/index.md'));
  }
});

test('after the failures, a good build replaces the site', async () => {
  const result = await runCliFrom(work, BUILD);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(treeDigest(join(work, 'site')), previous, 'the same content builds the same site');
  assert.deepEqual(besideSite(), ['site']);
});
