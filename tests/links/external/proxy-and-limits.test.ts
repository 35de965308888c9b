import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkExternalLinks } from '../../../src/links/external/check-external.ts';
import type { ExternalLink } from '../../../src/links/external/collect-external.ts';
import { checkUrl, DEFAULT_HTTP_OPTIONS } from '../../../src/links/external/http-check.ts';
import { openLinkCache } from '../../../src/links/external/link-cache.ts';
import { REPO_ROOT } from '../../helpers/paths.ts';
import { startProxy, type TestProxy } from './test-proxy.ts';
import { ROUTES, startServer, type TestServer } from './test-server.ts';

let server: TestServer;
let proxy: TestProxy;
const agents: string[] = [];
before(async () => {
  server = await startServer({
    ...ROUTES,
    '/always-busy': (_, res) => res.writeHead(429, { 'retry-after': '0' }).end(),
    '/agent': (req, res) => {
      agents.push(req.headers['user-agent'] ?? '');
      res.writeHead(200).end();
    },
  });
  proxy = await startProxy();
});
after(async () => {
  await server.close();
  await proxy.close();
});

const http = { ...DEFAULT_HTTP_OPTIONS, timeoutMs: 2_000, retries: 2, backoffMs: 10 };
const link = (path: string): ExternalLink => ({ url: `${server.origin}${path}`, uses: [{ file: 'content/a.md', line: 3, column: 5 }], pages: 1, fromSource: true });
const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];

/** Runs `body` with the proxy variables set to `variables` (and the others unset), then puts them back. */
async function withEnvironment<T>(variables: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = PROXY_VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const name of PROXY_VARIABLES) delete process.env[name];
  Object.assign(process.env, variables);
  try {
    return await body();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

test('the external check goes through the proxy HTTP_PROXY names', async () => {
  proxy.seen.length = 0;
  const found = await withEnvironment({ HTTP_PROXY: proxy.url }, async () =>
    checkExternalLinks([link('/ok'), link('/gone')], { http, perHost: 1, concurrency: 1, skip: [], cache: await openLinkCache('/nonexistent/links.json', 0) }));
  assert.deepEqual(found.map((d) => `${d.rule} ${d.message}`), [`link/external-broken The link "${server.origin}/gone" is broken: it answers 404.`]);
  const host = new URL(server.origin).host;
  // undici tunnels every proxied request; HEAD then GET for the 404 may share one tunnel.
  assert.ok(proxy.seen.length >= 1, 'the proxy was used');
  assert.deepEqual([...new Set(proxy.seen)], [`CONNECT ${host}`]);
});

test('NO_PROXY keeps a host off the proxy', async () => {
  proxy.seen.length = 0;
  const found = await withEnvironment({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }, async () =>
    checkExternalLinks([link('/ok')], { http, perHost: 1, concurrency: 1, skip: [], cache: await openLinkCache('/nonexistent/links.json', 0) }));
  assert.deepEqual(found, []);
  assert.deepEqual(proxy.seen, []);
});

test('a server that answers 429 on every attempt is rate limiting: a warning of its own, not a broken link, and not cached', async () => {
  const before = server.requests.length;
  assert.deepEqual(await checkUrl(`${server.origin}/always-busy`, http), { state: 'rate-limited', status: 429, detail: 'answers 429 Too Many Requests' });
  assert.deepEqual(server.requests.slice(before), ['HEAD /always-busy', 'HEAD /always-busy', 'HEAD /always-busy'], 'asked once and retried twice');
  const cache = await openLinkCache('/nonexistent/links.json', 60_000);
  const found = await checkExternalLinks([link('/always-busy')], { http, perHost: 1, concurrency: 1, skip: [], cache: { ...cache, save: async () => {} } });
  assert.deepEqual(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} | ${d.message} | ${d.hint}`), [
    `content/a.md:3:5 warning link/external-rate-limited | The link "${server.origin}/always-busy" was not checked: its server answers 429 Too Many Requests (rate limiting); it is checked again next run. | Nothing to fix in the page: the link is checked again on the next run. If it keeps happening, check fewer links to that host at once (\`--per-host 1\`) or skip it with \`--skip\`.`,
  ]);
  assert.equal(cache.get(`${server.origin}/always-busy`), undefined, 'checked again next run');
});

test('requests name this project and its version', async () => {
  await checkUrl(`${server.origin}/agent`, http);
  assert.match(DEFAULT_HTTP_OPTIONS.userAgent, /^careers-link-check\/\d+\.\d+\.\d+/);
  assert.deepEqual(agents, [DEFAULT_HTTP_OPTIONS.userAgent]);
});

test('the proxy agent prints no experimental warning; other warnings still show', () => {
  // A process of its own: undici warns once per process, and this one has made agents already.
  const script = `import { environmentProxyAgent } from ${JSON.stringify(join(REPO_ROOT, 'src/links/external/proxy-agent.ts'))};\nawait environmentProxyAgent().close();\nprocess.emitWarning('a warning of our own');\n`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 30_000 });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^\(node:\d+\) Warning: a warning of our own\n/);
  assert.doesNotMatch(run.stderr, /EnvHttpProxyAgent|UNDICI/);
});
