import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkUrl, DEFAULT_HTTP_OPTIONS, retryAfterMs, type HttpCheckOptions } from '../../../src/links/external/http-check.ts';
import { closedPort, ROUTES, startServer, type TestServer } from './test-server.ts';

const OPTIONS: HttpCheckOptions = { ...DEFAULT_HTTP_OPTIONS, timeoutMs: 300, retries: 2, backoffMs: 10, maxRetryAfterMs: 5_000 };
let server: TestServer;
before(async () => { server = await startServer(ROUTES); });
after(() => server.close());

const requestsTo = (path: string): string[] => server.requests.filter((r) => r.endsWith(` ${path}`));

test('200 is fine, checked with one HEAD request', async () => {
  assert.deepEqual(await checkUrl(`${server.origin}/ok`, OPTIONS), { state: 'ok', status: 200, detail: 'answers 200' });
  assert.deepEqual(requestsTo('/ok').slice(0, 1), ['HEAD /ok']);
});

test('301 and 308 are followed and reported as permanent redirects; 302 is followed silently', async () => {
  assert.deepEqual(await checkUrl(`${server.origin}/moved`, OPTIONS), { state: 'redirected', status: 301, location: `${server.origin}/ok`, detail: `moved permanently (301) to ${server.origin}/ok` });
  assert.deepEqual(await checkUrl(`${server.origin}/moved-308`, OPTIONS), { state: 'redirected', status: 308, location: `${server.origin}/ok`, detail: `moved permanently (308) to ${server.origin}/ok` });
  assert.deepEqual(await checkUrl(`${server.origin}/temporary`, OPTIONS), { state: 'ok', status: 200, detail: 'answers 200' });
  assert.deepEqual(await checkUrl(`${server.origin}/moved-to-missing`, OPTIONS), { state: 'broken', status: 404, detail: `answers 404 after redirecting to ${server.origin}/missing` });
  assert.deepEqual(await checkUrl(`${server.origin}/loop`, OPTIONS), { state: 'broken', detail: 'redirects more than 5 times' });
});

test('404 is broken, confirmed with GET after HEAD', async () => {
  assert.deepEqual(await checkUrl(`${server.origin}/gone`, OPTIONS), { state: 'broken', status: 404, detail: 'answers 404' });
  assert.deepEqual(requestsTo('/gone'), ['HEAD /gone', 'GET /gone']);
});

test('a server that refuses HEAD is asked again with GET', async () => {
  assert.deepEqual(await checkUrl(`${server.origin}/no-head`, OPTIONS), { state: 'ok', status: 200, detail: 'answers 200' });
  assert.deepEqual(requestsTo('/no-head'), ['HEAD /no-head', 'GET /no-head']);
});

test('429 with Retry-After is retried after the time the server asked for', async () => {
  const started = performance.now();
  assert.deepEqual(await checkUrl(`${server.origin}/busy`, OPTIONS), { state: 'ok', status: 200, detail: 'answers 200' });
  assert.ok(performance.now() - started >= 990, 'waited for Retry-After: 1');
  assert.deepEqual(requestsTo('/busy'), ['HEAD /busy', 'HEAD /busy']);
});

test('a 500 followed by a 200 is fine; a lasting 503 is broken after the retries', async () => {
  assert.deepEqual(await checkUrl(`${server.origin}/flaky`, OPTIONS), { state: 'ok', status: 200, detail: 'answers 200' });
  assert.deepEqual(await checkUrl(`${server.origin}/down`, OPTIONS), { state: 'broken', status: 503, detail: 'answers 503' });
  assert.equal(requestsTo('/down').length, 6, 'HEAD and GET, three attempts');
});

test('a server that never answers times out and is unreachable; so is a closed port', async () => {
  assert.deepEqual(await checkUrl(`${server.origin}/never`, { ...OPTIONS, retries: 1 }), { state: 'unreachable', detail: 'did not answer within 0.3 s' });
  assert.deepEqual(await checkUrl(`http://127.0.0.1:${await closedPort()}/`, { ...OPTIONS, retries: 0 }), { state: 'unreachable', detail: 'could not be reached (ECONNREFUSED)' });
});

test('Retry-After in seconds or as an HTTP date', () => {
  const now = Date.parse('2026-01-15T12:00:00Z');
  assert.equal(retryAfterMs('120', now), 120_000);
  assert.equal(retryAfterMs('Thu, 15 Jan 2026 12:00:30 GMT', now), 30_000);
  assert.equal(retryAfterMs('soon', now), undefined);
  assert.equal(retryAfterMs(null, now), undefined);
});
