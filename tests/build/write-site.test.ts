import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeSiteAtomically } from '../../src/build/write-site.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-write-site-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The permissions any new folder gets here (the umask applied to 0777). */
function usualFolderMode(): number {
  const probe = join(work, 'probe');
  mkdirSync(probe);
  const mode = statSync(probe).mode & 0o777;
  rmSync(probe, { recursive: true });
  return mode;
}

test('builds into a temporary folder beside the output, then swaps it in with normal permissions', async () => {
  const out = join(work, 'first/site');
  await writeSiteAtomically(out, async (dir) => {
    assert.match(dir, /\/first\/\.site\.building-[0-9a-f]{12}$/);
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, 'jobs/index.html'), 'new');
  });
  assert.equal(readFileSync(join(out, 'jobs/index.html'), 'utf8'), 'new');
  assert.equal(statSync(out).mode & 0o777, usualFolderMode(), 'not the 0700 of mkdtemp');
  assert.deepEqual(readdirSync(join(work, 'first')), ['site']);
});

test('replaces a previous site completely, leaving nothing beside it', async () => {
  const out = join(work, 'second/site');
  mkdirSync(join(out, 'old-page'), { recursive: true });
  writeFileSync(join(out, 'old-page/index.html'), 'old');
  await writeSiteAtomically(out, async (dir) => writeFileSync(join(dir, 'index.html'), 'new'));
  assert.deepEqual(readdirSync(out), ['index.html']);
  assert.deepEqual(readdirSync(join(work, 'second')), ['site']);
});

test('a failed build leaves the previous site as it was and removes its temporary folder', async () => {
  const out = join(work, 'third/site');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), 'previous');
  await assert.rejects(writeSiteAtomically(out, async (dir) => {
    writeFileSync(join(dir, 'index.html'), 'half');
    throw new Error('Eleventy failed');
  }), /^Error: Eleventy failed$/);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'previous');
  assert.deepEqual(readdirSync(join(work, 'third')), ['site']);
});

test('a failed first build leaves no site and no temporary folder', async () => {
  await assert.rejects(writeSiteAtomically(join(work, 'fourth/site'), async () => { throw new Error('no'); }));
  assert.deepEqual(readdirSync(join(work, 'fourth')), []);
});
