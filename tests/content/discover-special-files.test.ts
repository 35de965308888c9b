import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { discoverContent } from '../../src/content/discover.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

// What a content folder can hold besides pages and folders: pipes, devices, links out of it, folders
// the builder may not read. Made here in a temporary folder, never committed.
const work = mkdtempSync(join(tmpdir(), 'careers-discover-special-'));
after(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string): void => {
  mkdirSync(join(work, path, '..'), { recursive: true });
  writeFileSync(join(work, path), '---\ntitle: x\n---\n');
};

const lines = (diagnostics: readonly { file: string; line: number; column: number; severity: string; rule: string; message: string }[]): string[] =>
  diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);

test('a named pipe or a link to a device named like a page is reported, never opened (it would block)', async () => {
  page('pipes/real.md');
  execFileSync('mkfifo', [join(work, 'pipes/waiting.md')]);
  symlinkSync('/dev/zero', join(work, 'pipes/zeros.md'));
  const { files, diagnostics } = await discoverContent('pipes', work);
  assert.deepEqual(files.map((f) => f.pathInContent), ['real.md']);
  assert.deepEqual(lines(diagnostics), [
    'pipes/waiting.md:1:1 warning file/not-regular This is a named pipe (FIFO), not a file; it is never opened, so it is not built.',
    'pipes/zeros.md:1:1 warning file/not-regular This is a character device, not a file; it is never opened, so it is not built.',
  ]);
});

test('a link to a folder outside the content folder is followed with a warning naming its target; a link to / is a loop', async () => {
  page('outside/shared/linked.md');
  page('links/own.md');
  symlinkSync(join(work, 'outside/shared'), join(work, 'links/shared'));
  symlinkSync('/', join(work, 'links/root'));
  symlinkSync(work, join(work, 'links/above'));
  const { files, diagnostics } = await discoverContent('links', work);
  assert.deepEqual(files.map((f) => f.pathInContent), ['own.md', 'shared/linked.md']);
  assert.deepEqual(lines(diagnostics), [
    `links/above:1:1 error file/unreadable This folder is a symbolic link to ${work}, which holds the content folder (a loop); it is skipped.`,
    'links/root:1:1 error file/unreadable This folder is a symbolic link to /, which holds the content folder (a loop); it is skipped.',
    `links/shared:1:1 warning file/outside-link This folder is a symbolic link to ${join(work, 'outside/shared')}, outside the content folder; the pages in it are published.`,
  ]);
});

test('a folder the builder may not read is reported at the folder; the rest is listed (run as nobody)', (t) => {
  if (process.getuid?.() !== 0) {
    t.skip('needs root, to run the walk as the user nobody (root reads every folder)');
    return;
  }
  const nobody = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }));
  const nogroup = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }));
  page('locked/open.md');
  page('locked/private/hidden-role.md');
  chmodSync(work, 0o755);
  chmodSync(join(work, 'locked/private'), 0o700);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'tests/content/discover-child.ts'), 'locked', work], { cwd: REPO_ROOT, uid: nobody, gid: nogroup, encoding: 'utf8', timeout: 30_000 });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), {
    files: ['open.md'],
    diagnostics: ['locked/private:1:1 error file/unreadable The folder could not be read (EACCES); the pages in it are skipped.'],
  });
});
