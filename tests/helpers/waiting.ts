import assert from 'node:assert/strict';
import { createServer } from 'node:net';

/** A port on 127.0.0.1 that nothing listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/** Polls `condition` every 50 ms until it holds, or fails after `timeoutMs` saying what it waited for (and `context()`). */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 60_000, context = (): string => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
