import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkExternalLinks, type ExternalCheckOptions } from '../../../src/links/external/check-external.ts';
import type { ExternalLink } from '../../../src/links/external/collect-external.ts';
import { DEFAULT_HTTP_OPTIONS } from '../../../src/links/external/http-check.ts';
import { openLinkCache, parseDuration } from '../../../src/links/external/link-cache.ts';
import { createProgress } from '../../../src/links/external/progress.ts';
import { ROUTES, startServer, type TestServer } from './test-server.ts';

let a: TestServer;
let b: TestServer;
before(async () => {
  a = await startServer(ROUTES, 40);
  b = await startServer(ROUTES, 40);
});
after(async () => {
  await a.close();
  await b.close();
});

const http = { ...DEFAULT_HTTP_OPTIONS, timeoutMs: 1_000, retries: 1, backoffMs: 10 };
const link = (url: string, file = 'content/a.md', line = 3): ExternalLink => ({ url, uses: [{ file, line, column: 5 }], pages: 1, fromSource: true });
const noCache = (): Promise<ExternalCheckOptions['cache']> => openLinkCache('/nonexistent/links.json', 0);

test('problems are reported at every place the URL is written; layout links say how many pages carry them', async () => {
  const links: ExternalLink[] = [
    { url: `${a.origin}/gone`, uses: [{ file: 'content/a.md', line: 3, column: 5 }, { file: 'content/b.md', line: 9, column: 1 }], pages: 2, fromSource: true },
    link(`${a.origin}/moved`),
    { url: `${a.origin}/down`, uses: [{ file: '_site/index.html', line: 40, column: 12 }], pages: 7, fromSource: false },
    link(`${a.origin}/ok`),
  ];
  const found = await checkExternalLinks(links, { http, perHost: 4, concurrency: 8, skip: [], cache: await noCache() });
  assert.deepEqual(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} | ${d.message} | ${d.hint}`), [
    `content/a.md:3:5 error link/external-broken | The link "${a.origin}/gone" is broken: it answers 404. | Update the URL, link to an archived copy, or remove the link.`,
    `content/b.md:9:1 error link/external-broken | The link "${a.origin}/gone" is broken: it answers 404. | Update the URL, link to an archived copy, or remove the link.`,
    `content/a.md:3:5 warning link/external-redirect | The link "${a.origin}/moved" moved permanently (301) to ${a.origin}/ok. | Link to ${a.origin}/ok directly.`,
    `_site/index.html:40:12 error link/external-broken | The link "${a.origin}/down" is broken: it answers 503. (on 7 pages) | Update the URL, link to an archived copy, or remove the link.`,
  ]);
});

test('no host gets more than --per-host requests at once', async () => {
  const [one, two] = await Promise.all([startServer(ROUTES, 40), startServer(ROUTES, 40)]);
  try {
    const urls = [...['/ok', '/temporary', '/no-head', '/moved-308', '/flaky', '/gone'].map((p) => `${one.origin}${p}`), ...['/ok', '/temporary', '/no-head'].map((p) => `${two.origin}${p}`)];
    await checkExternalLinks(urls.map((u) => link(u)), { http, perHost: 2, concurrency: 8, skip: [], cache: await noCache() });
    assert.equal(one.maxInFlight(), 2);
    assert.equal(two.maxInFlight(), 2);
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
});

test('skipped URLs are never requested', async () => {
  const before = a.requests.length;
  const found = await checkExternalLinks([link(`${a.origin}/gone?skip`), link(`${a.origin}/ok?kept`)], { http, perHost: 2, concurrency: 2, skip: [/\?skip$/], cache: await noCache() });
  assert.deepEqual(found, []);
  assert.deepEqual(a.requests.slice(before), ['HEAD /ok?kept']);
});

test('the cache answers for URLs checked within the TTL, keeps only lasting answers, and expires', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'links-cache-')), 'deep', 'links.json');
  let now = Date.parse('2026-01-15T00:00:00Z');
  const clock = (): number => now;
  const links = [link(`${a.origin}/gone?c`), link(`${a.origin}/ok?c`), link(`${a.origin}/down?c`)];
  const options = async (): Promise<ExternalCheckOptions> => ({ http, perHost: 2, concurrency: 2, skip: [], cache: await openLinkCache(file, 86_400_000, clock) });
  const first = await checkExternalLinks(links, await options());
  const requestsAfterFirst = a.requests.length;
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: number; entries: Record<string, unknown> };
  assert.deepEqual(Object.keys(stored.entries), [`${a.origin}/gone?c`, `${a.origin}/ok?c`]);

  now += 3_600_000;
  assert.deepEqual(await checkExternalLinks(links, await options()), first);
  assert.deepEqual(a.requests.slice(requestsAfterFirst), ['HEAD /down?c', 'GET /down?c', 'HEAD /down?c', 'GET /down?c'], 'only the 503 is asked again');

  now += 86_400_000;
  const beforeExpired = a.requests.length;
  await checkExternalLinks(links, await options());
  assert.ok(a.requests.slice(beforeExpired).includes('HEAD /ok?c'), 'expired entries are checked afresh');
});

test('durations for --cache-ttl and --timeout', () => {
  assert.deepEqual(['1d', '12h', '30m', '90s', '250ms', '3600', '1.5h', '2w', 'soon', '-1d'].map(parseDuration), [86_400_000, 43_200_000, 1_800_000, 90_000, 250, 3_600_000, 5_400_000, 1_209_600_000, undefined, undefined]);
});

test('progress is drawn on a terminal and silent in CI or when stderr is not a terminal', () => {
  const written: string[] = [];
  const terminal = { isTTY: true, write: (text: string) => written.push(text) };
  const shown = createProgress('Checking', 2, terminal, {});
  shown.tick();
  shown.tick();
  shown.done();
  assert.deepEqual(written, ['\rChecking: 1/2', '\rChecking: 2/2', '\r\x1b[K']);
  written.length = 0;
  for (const [stream, env] of [[terminal, { CI: 'true' }], [{ isTTY: false, write: terminal.write }, {}]] as const) {
    const quiet = createProgress('Checking', 1, stream, env);
    quiet.tick();
    quiet.done();
  }
  assert.deepEqual(written, []);
});
