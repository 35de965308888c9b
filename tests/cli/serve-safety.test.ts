import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.ts';
import { startPreview, type Preview } from '../helpers/preview.ts';
import { runCli } from '../helpers/run-cli.ts';
import { waitFor as waitUntil } from '../helpers/waiting.ts';

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
let preview: Preview | undefined;
let port = 0;
const terminal = (): string => preview?.output() ?? '';
before(async () => {
  cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
  appendFileSync(join(content, 'people/people-operations-specialist.md'), '\nWe work beside [our recruiters](/people/recruiter/).\n');
  const { server: probe, port: free } = await listen('127.0.0.1');
  await new Promise((resolve) => probe.close(resolve));
  port = free;
  preview = startPreview(['--content', content, '--out', out, '--port', String(port)], { cwd: REPO_ROOT });
});
after(async () => {
  await preview?.stop();
  rmSync(work, { recursive: true, force: true });
});

const rolesJson = (): string => (existsSync(join(out, 'roles.json')) ? readFileSync(join(out, 'roles.json'), 'utf8') : '');
const waitFor = (what: string, condition: () => boolean | Promise<boolean>): Promise<void> => waitUntil(what, condition, 60_000, terminal);

test('the preview answers 400 to paths the dev server would throw on, stays up, and listens on 127.0.0.1 only', async () => {
  await waitFor('the preview to serve', () => terminal().includes('Server at'));
  const answers: Record<string, number | string> = {};
  for (const path of ['/%ff', '/%', '/..%2fetc%2fpasswd', '/']) answers[path] = await get('127.0.0.1', port, path);
  assert.deepEqual(answers, { '/%ff': 400, '/%': 400, '/..%2fetc%2fpasswd': 400, '/': 200 });
  assert.equal(preview?.running(), true, 'still running');
  assert.doesNotMatch(terminal(), /\n\s+at /, 'no stack trace');
  const other = Object.values(networkInterfaces()).flat().find((address) => address !== undefined && address.family === 'IPv4' && !address.internal);
  if (other !== undefined) assert.equal(await get(other.address, port, '/'), 'ECONNREFUSED', `not reachable at ${other.address}`);
});

test('deleting a page while the preview runs rebuilds: the page answers 404, roles.json drops it, links to it are reported', async () => {
  await waitFor('the first build', () => terminal().includes('Server at') && rolesJson().includes('"source": "people/recruiter.md"'));
  assert.equal(await get('127.0.0.1', port, '/people/recruiter/'), 200);
  assert.doesNotMatch(terminal(), /link\/missing-page/);
  rmSync(join(content, 'people/recruiter.md'));
  await waitFor('roles.json without the page', () => rolesJson() !== '' && !rolesJson().includes('people/recruiter.md'));
  await waitFor('the page to answer 404', async () => (await get('127.0.0.1', port, '/people/recruiter/')) === 404);
  await waitFor('the link to it reported', () => /people\/people-operations-specialist\.md:\d+:\d+ error link\/missing-page/.test(terminal()));
  assert.doesNotMatch(terminal(), /\n\s+at /, 'no stack trace');
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
