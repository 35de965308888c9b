import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeSiteAtomically } from '../../src/build/write-site.ts';
import { lockFileOf } from '../../src/build/site-lock.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-write-site-'));
after(() => rmSync(work, { recursive: true, force: true }));
const CHILD = join(REPO_ROOT, 'tests/build/write-site-child.ts');

/** The permissions any new folder gets here (the umask applied to 0777). */
function usualFolderMode(): number {
  const probe = join(work, 'probe');
  mkdirSync(probe);
  const mode = statSync(probe).mode & 0o777;
  rmSync(probe, { recursive: true });
  return mode;
}

/** The names beside the site, with the site's own folder (the one the link names) shown as `<site>`. */
function beside(folder: string, name = 'site'): string[] {
  const current = readlinkSync(join(folder, name));
  return readdirSync(folder).map((entry) => (entry === current ? '<site>' : entry)).sort();
}

/** Runs the child build into `out`; resolves with its exit code and signal. */
function runChild(out: string, text: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CHILD, out, text], { cwd: REPO_ROOT, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, signal: error?.signal ?? null, stdout, stderr });
    });
  });
}

/** Asserts `out` is a whole site of the child's 20 pages, every one saying `text`. */
function assertWholeSite(out: string, texts: readonly string[]): string {
  const pages = readdirSync(out).sort();
  assert.equal(pages.length, 20);
  const said = new Set(pages.map((page) => readFileSync(join(out, page, 'index.html'), 'utf8')));
  assert.equal(said.size, 1, 'every page from the same build');
  const text = [...said][0] as string;
  assert.ok(texts.includes(text), `one of ${texts.join(', ')}: got ${text}`);
  return text;
}

test('builds into a temporary folder beside the output, then links the output to it with normal permissions', async () => {
  const out = join(work, 'first/site');
  await writeSiteAtomically(out, async (dir) => {
    assert.match(dir, /\/first\/\.site\.building-[0-9a-f]{12}$/);
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, 'jobs/index.html'), 'new');
  });
  assert.equal(readFileSync(join(out, 'jobs/index.html'), 'utf8'), 'new');
  assert.match(readlinkSync(out), /^\.site\.site-[0-9a-f]{12}$/, 'a relative link to the folder beside it');
  assert.equal(statSync(out).mode & 0o777, usualFolderMode(), 'not the 0700 of mkdtemp');
  assert.deepEqual(beside(join(work, 'first')), ['<site>', 'site']);
});

test('replaces a previous site completely, leaving nothing beside it but the new site', async () => {
  const out = join(work, 'second/site');
  await writeSiteAtomically(out, async (dir) => { mkdirSync(join(dir, 'old-page')); writeFileSync(join(dir, 'old-page/index.html'), 'old'); });
  await writeSiteAtomically(out, async (dir) => writeFileSync(join(dir, 'index.html'), 'new'));
  assert.deepEqual(readdirSync(out), ['index.html']);
  assert.deepEqual(beside(join(work, 'second')), ['<site>', 'site']);
});

test('an output that is a real folder (from an earlier version) is replaced by the link', async () => {
  const out = join(work, 'plain/site');
  mkdirSync(join(out, 'old-page'), { recursive: true });
  writeFileSync(join(out, 'old-page/index.html'), 'old');
  await writeSiteAtomically(out, async (dir) => writeFileSync(join(dir, 'index.html'), 'new'));
  assert.ok(lstatSync(out).isSymbolicLink());
  assert.deepEqual(readdirSync(out), ['index.html']);
  assert.deepEqual(beside(join(work, 'plain')), ['<site>', 'site']);
});

test('a failed build leaves the previous site as it was and removes its temporary folder', async () => {
  const out = join(work, 'third/site');
  await writeSiteAtomically(out, async (dir) => writeFileSync(join(dir, 'index.html'), 'previous'));
  await assert.rejects(writeSiteAtomically(out, async (dir) => {
    writeFileSync(join(dir, 'index.html'), 'half');
    throw new Error('Eleventy failed');
  }), /^Error: Eleventy failed$/);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'previous');
  assert.deepEqual(beside(join(work, 'third')), ['<site>', 'site']);
});

test('a failed first build leaves no site, no temporary folder and no lock', async () => {
  await assert.rejects(writeSiteAtomically(join(work, 'fourth/site'), async () => { throw new Error('no'); }));
  assert.deepEqual(readdirSync(join(work, 'fourth')), []);
});

for (const renames of [1, 2]) {
  test(`a build killed (SIGKILL) right after rename ${renames} of 2 of its swap leaves a whole site; the next build removes what it left`, async () => {
    const folder = join(work, `killed-${renames}`);
    const out = join(folder, 'site');
    assert.equal((await runChild(out, 'old')).code, 0);
    const killed = await runChild(out, 'new', { KILL_AFTER_RENAME: String(renames) });
    assert.equal(killed.signal, 'SIGKILL');
    assertWholeSite(out, renames === 1 ? ['old'] : ['new']);
    assert.ok(readdirSync(folder).length > 2, 'the killed build left something beside the site');
    const next = await runChild(out, 'next');
    assert.equal(next.code, 0, next.stderr);
    assertWholeSite(out, ['next']);
    assert.deepEqual(beside(folder), ['<site>', 'site'], 'leftovers and the dead build\'s lock are gone');
  });
}

test('a watcher that kills the build the moment its swap starts finds a whole site, old or new', async () => {
  const folder = join(work, 'watched');
  const out = join(folder, 'site');
  assert.equal((await runChild(out, 'old')).code, 0);
  const before = new Set(readdirSync(folder));
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, out, 'new'], { cwd: REPO_ROOT, stdio: 'ignore' });
  // The swap starts when the finished build's folder gets its site name.
  const watcher = watch(folder, (_event, name) => {
    if (name !== null && /^\.site\.site-/.test(name) && !before.has(name)) child.kill('SIGKILL');
  });
  // Whether the kill lands before the build ends is up to the scheduler; either way the site is whole.
  await new Promise((resolve) => child.on('exit', resolve));
  watcher.close();
  assertWholeSite(out, ['old', 'new']);
});

test('a second build into a locked output folder is refused, naming the other build; the site is the first build\'s', async () => {
  const folder = join(work, 'concurrent');
  const out = join(folder, 'site');
  mkdirSync(folder);
  const first = runChild(out, 'first', { HOLD_MS: '3000' });
  // Bounded wait for the first build to hold the lock.
  for (let i = 0; i < 300 && !readdirSync(folder).includes('.site.lock'); i++) await new Promise((done) => setTimeout(done, 20));
  const holder = Number(readFileSync(lockFileOf(out), 'utf8'));
  await assert.rejects(writeSiteAtomically(out, async () => assert.fail('must not build')), {
    name: 'SiteLockedError',
    message: `Another build (process ${holder}) is writing ${out}; wait until it has finished, or build into another folder.`,
  });
  assert.equal((await first).code, 0);
  assertWholeSite(out, ['first']);
  assert.deepEqual(beside(folder), ['<site>', 'site']);
});

test('the lock of a build that died is taken over', async () => {
  const folder = join(work, 'stale');
  const out = join(folder, 'site');
  mkdirSync(folder);
  // A process id that is not running: a child that has exited.
  const dead = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
  writeFileSync(lockFileOf(out), `${dead}\n`);
  await writeSiteAtomically(out, async (dir) => writeFileSync(join(dir, 'index.html'), 'after'));
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'after');
  assert.deepEqual(beside(folder), ['<site>', 'site']);
});

test('.gitignore matches what a build keeps and leaves beside _site', () => {
  const names = ['_site', '._site.site-0123456789ab', '._site.building-0123456789ab', '._site.link-0123456789ab', '._site.lock', 'public', '.public.building-0123456789ab'];
  const ignored = execFileSync('git', ['check-ignore', '--no-index', ...names], { cwd: REPO_ROOT, encoding: 'utf8' }).trim().split('\n');
  assert.deepEqual(ignored, names.filter((name) => name !== 'public'));
});
