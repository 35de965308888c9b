import assert from 'node:assert/strict';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.ts';
import { cliArgv, runCli } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-serve-safety-'));

async function listen(host: string): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, port: (server.address() as { port: number }).port };
}

/** A GET of a raw path (sent as written, not normalised), resolving with the status code or the error code. */
function get(host: string, port: number, path: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request({ host, port, path, method: 'GET', timeout: 10_000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    req.end();
  });
}

/**
 * One preview for the tests below (a preview start is a whole build): the first sends it request paths
 * that would stop a bare dev server, the second deletes a page from its content. Its content is the
 * repository's, with a link to the page the second test deletes.
 */
const content = join(work, 'content');
const out = join(work, 'site');
let preview: ChildProcessByStdio<null, Readable, Readable> | undefined;
let port = 0;
let terminal = '';
before(async () => {
  cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
  appendFileSync(join(content, 'people/people-operations-specialist.md'), '\nWe work beside [our recruiters](/people/recruiter/).\n');
  const { server: probe, port: free } = await listen('127.0.0.1');
  await new Promise((resolve) => probe.close(resolve));
  port = free;
  preview = spawn(process.execPath, cliArgv(['serve', '--content', content, '--out', out, '--port', String(port)]), { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  preview.stdout.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  preview.stderr.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
});
after(async () => {
  if (preview?.pid !== undefined && preview.exitCode === null) {
    const exited = once(preview, 'exit');
    // The whole process group: the preview and anything it started.
    process.kill(-preview.pid, 'SIGTERM');
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

const rolesJson = (): string => (existsSync(join(out, 'roles.json')) ? readFileSync(join(out, 'roles.json'), 'utf8') : '');
/** Polls `condition` every 50 ms, at most 1 200 times. */
async function waitFor(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`timed out waiting for ${what}\n${terminal}`);
}

test('the preview answers 400 to paths the dev server would throw on, stays up, and listens on 127.0.0.1 only', async () => {
  await waitFor('the preview to serve', () => terminal.includes('Server at'));
  const answers: Record<string, number | string> = {};
  for (const path of ['/%ff', '/%', '/..%2fetc%2fpasswd', '/']) answers[path] = await get('127.0.0.1', port, path);
  assert.deepEqual(answers, { '/%ff': 400, '/%': 400, '/..%2fetc%2fpasswd': 400, '/': 200 });
  assert.equal(preview?.exitCode, null, 'still running');
  assert.doesNotMatch(terminal, /\n\s+at /, 'no stack trace');
  const other = Object.values(networkInterfaces()).flat().find((address) => address !== undefined && address.family === 'IPv4' && !address.internal);
  if (other !== undefined) assert.equal(await get(other.address, port, '/'), 'ECONNREFUSED', `not reachable at ${other.address}`);
});

test('deleting a page while the preview runs rebuilds: the page answers 404, roles.json drops it, links to it are reported', async () => {
  await waitFor('the first build', () => terminal.includes('Server at') && rolesJson().includes('"source": "people/recruiter.md"'));
  assert.equal(await get('127.0.0.1', port, '/people/recruiter/'), 200);
  assert.doesNotMatch(terminal, /link\/missing-page/);
  rmSync(join(content, 'people/recruiter.md'));
  await waitFor('roles.json without the page', () => rolesJson() !== '' && !rolesJson().includes('people/recruiter.md'));
  await waitFor('the page to answer 404', async () => (await get('127.0.0.1', port, '/people/recruiter/')) === 404);
  await waitFor('the link to it reported', () => /people\/people-operations-specialist\.md:\d+:\d+ error link\/missing-page/.test(terminal));
  assert.doesNotMatch(terminal, /\n\s+at /, 'no stack trace');
});

test('a port already in use is an error (exit code 2), not a quiet move to another port', async () => {
  const { server, port: taken } = await listen('127.0.0.1');
  try {
    const result = await runCli(['serve', '--content', content, '--out', join(work, 'other-site'), '--port', String(taken)]);
    assert.equal(result.code, 2);
    assert.equal(result.stderr.split('\n')[0], `careers: Port ${taken} on 127.0.0.1 is in use (another preview?); choose another with --port N, or --port 0 for any free port.`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('serve --out inside the content folder is refused, as build refuses it', async () => {
  const result = await runCli(['serve', '--content', content, '--out', join(content, '_site')]);
  assert.equal(result.code, 2);
  assert.equal(result.stderr.split('\n')[0], `careers: --out "${join(content, '_site')}" is inside the content folder; choose a folder outside "${content}".`);
});
