import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { isPortTaken, isUnsafeRequestPath } from '../../src/eleventy/preview-server.ts';

test('paths that do not decode, or decode to a separator or a .. segment, are unsafe; plain ones are not', () => {
  for (const path of ['/%ff', '/%', '/..%2fetc%2fpasswd', '/a%2Fb/', '/a/%2e%2e/b', '/..\\x', '/a%5cb', '/%00']) assert.equal(isUnsafeRequestPath(path), true, path);
  for (const path of ['/', '/engineering/backend-engineer/', '/search-index.json?v=2', '/caf%C3%A9/', '/a..b/', '/#top']) assert.equal(isUnsafeRequestPath(path), false, path);
});

test('a port something listens on is taken; port 0 never is', async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  try {
    assert.equal(await isPortTaken('127.0.0.1', port), true);
    assert.equal(await isPortTaken('127.0.0.1', 0), false);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  assert.equal(await isPortTaken('127.0.0.1', port), false);
});
