import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runSourceCli as runCli } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-serve-safety-'));
after(() => rmSync(work, { recursive: true, force: true }));
before(() => cpSync(join(REPO_ROOT, 'content'), join(work, 'content'), { recursive: true }));

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

test('the preview answers 400 to paths the dev server would throw on, stays up, and listens on 127.0.0.1 only', async () => {
  const { server: probe, port } = await listen('127.0.0.1');
  await new Promise((resolve) => probe.close(resolve));
  const preview = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), 'serve', '--content', join(work, 'content'), '--out', join(work, 'site'), '--port', String(port)], { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let terminal = '';
  preview.stdout.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  preview.stderr.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  try {
    // Bounded: 1 200 polls of 50 ms.
    for (let i = 0; i < 1200 && !terminal.includes('Server at'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.match(terminal, /Server at/);
    const answers: Record<string, number | string> = {};
    for (const path of ['/%ff', '/%', '/..%2fetc%2fpasswd', '/']) answers[path] = await get('127.0.0.1', port, path);
    assert.deepEqual(answers, { '/%ff': 400, '/%': 400, '/..%2fetc%2fpasswd': 400, '/': 200 });
    assert.equal(preview.exitCode, null, 'still running');
    assert.doesNotMatch(terminal, /\n\s+at /, 'no stack trace');
    const other = Object.values(networkInterfaces()).flat().find((address) => address !== undefined && address.family === 'IPv4' && !address.internal);
    if (other !== undefined) assert.equal(await get(other.address, port, '/'), 'ECONNREFUSED', `not reachable at ${other.address}`);
  } finally {
    process.kill(-(preview.pid as number), 'SIGTERM');
  }
});

test('a port already in use is an error (exit code 2), not a quiet move to another port', async () => {
  const { server, port } = await listen('127.0.0.1');
  try {
    const result = await runCli(['serve', '--content', join(work, 'content'), '--out', join(work, 'site'), '--port', String(port)]);
    assert.equal(result.code, 2);
    assert.equal(result.stderr.split('\n')[0], `careers: Port ${port} on 127.0.0.1 is in use (another preview?); choose another with --port N, or --port 0 for any free port.`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('serve --out inside the content folder is refused, as build refuses it', async () => {
  const result = await runCli(['serve', '--content', join(work, 'content'), '--out', join(work, 'content/_site')]);
  assert.equal(result.code, 2);
  assert.equal(result.stderr.split('\n')[0], `careers: --out "${join(work, 'content/_site')}" is inside the content folder; choose a folder outside "${join(work, 'content')}".`);
});

test('deleting a page while the preview runs rebuilds: the page answers 404, roles.json drops it, links to it are reported', async () => {
  const content = join(work, 'deleting');
  cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
  appendFileSync(join(content, 'people/people-operations-specialist.md'), '\nWe work beside [our recruiters](/people/recruiter/).\n');
  const out = join(work, 'deleting-site');
  const { server: probe, port } = await listen('127.0.0.1');
  await new Promise((resolve) => probe.close(resolve));
  const preview = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), 'serve', '--content', content, '--out', out, '--port', String(port)], { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let terminal = '';
  preview.stdout.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  preview.stderr.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  const rolesJson = (): string => (existsSync(join(out, 'roles.json')) ? readFileSync(join(out, 'roles.json'), 'utf8') : '');
  /** Polls `condition` every 50 ms, at most 1 200 times. */
  const waitFor = async (what: string, condition: () => boolean | Promise<boolean>): Promise<void> => {
    for (let i = 0; i < 1200; i++) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.fail(`timed out waiting for ${what}\n${terminal}`);
  };
  try {
    await waitFor('the first build', () => terminal.includes('Server at') && rolesJson().includes('"source": "people/recruiter.md"'));
    assert.equal(await get('127.0.0.1', port, '/people/recruiter/'), 200);
    assert.doesNotMatch(terminal, /link\/missing-page/);
    rmSync(join(content, 'people/recruiter.md'));
    await waitFor('roles.json without the page', () => rolesJson() !== '' && !rolesJson().includes('people/recruiter.md'));
    await waitFor('the page to answer 404', async () => (await get('127.0.0.1', port, '/people/recruiter/')) === 404);
    await waitFor('the link to it reported', () => /people\/people-operations-specialist\.md:\d+:\d+ error link\/missing-page/.test(terminal));
    assert.doesNotMatch(terminal, /\n\s+at /, 'no stack trace');
  } finally {
    process.kill(-(preview.pid as number), 'SIGTERM');
  }
});
