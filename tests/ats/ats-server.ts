import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/paths.ts';

/** How the fake job board answers: as documented, never, with an error, or with nonsense. */
export type BoardMode = 'ok' | 'hang' | 'error' | 'malformed' | 'not-json';

/** The paths each provider's public API lists the board "acme" at, with the fixture it answers with. */
const ROUTES: Readonly<Record<string, string>> = {
  '/v1/boards/acme/jobs?content=true': 'greenhouse.json',
  '/v0/postings/acme?mode=json': 'lever.json',
  '/posting-api/job-board/acme?includeCompensation=true': 'ashby.json',
};

/** A server on 127.0.0.1 that answers like Greenhouse's, Lever's and Ashby's job-board APIs. */
export interface FakeBoard {
  readonly url: string;
  mode: BoardMode;
  /** Every request path, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Starts the fake job board; `close()` stops it, cutting any request it keeps hanging. */
export async function startFakeBoard(): Promise<FakeBoard> {
  const hanging = new Set<ServerResponse>();
  const board: FakeBoard = { url: '', mode: 'ok', requests: [], close: async () => {} };
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '';
    board.requests.push(path);
    const fixture = ROUTES[path];
    if (fixture === undefined) return void response.writeHead(404, { 'content-type': 'application/json' }).end('{"ok":false,"error":"Document not found"}');
    if (board.mode === 'hang') return void hanging.add(response);
    if (board.mode === 'error') return void response.writeHead(503, 'Service Unavailable').end();
    response.writeHead(200, { 'content-type': 'application/json' });
    if (board.mode === 'malformed') return void response.end(fixture === 'lever.json' ? '{"postings": []}' : '{"jobs": [{"id": 1, "title": 7}]}');
    if (board.mode === 'not-json') return void response.end('<html>maintenance</html>');
    response.end(readFileSync(join(REPO_ROOT, 'tests/fixtures/ats', fixture)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(board, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
