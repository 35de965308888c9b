import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server for link tests, on 127.0.0.1 only: no test ever reaches the internet. */
export interface TestServer {
  readonly origin: string;
  /** Requests seen, as `METHOD /path`. */
  readonly requests: string[];
  /** The most requests that were in flight at once. */
  readonly maxInFlight: () => number;
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, seen: number) => void;

/** Starts a server whose routes (by path, ignoring the query) answer as `routes` says; `seen` counts earlier requests to the same URL. */
export async function startServer(routes: Record<string, Handler>, delayMs = 0): Promise<TestServer> {
  const requests: string[] = [];
  const counts = new Map<string, number>();
  let inFlight = 0;
  let most = 0;
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(`${request.method} ${path}`);
    const seen = counts.get(path) ?? 0;
    counts.set(path, seen + 1);
    inFlight++;
    most = Math.max(most, inFlight);
    response.on('close', () => inFlight--);
    const handler = routes[path.split('?')[0] ?? path] ?? ((_, res) => res.writeHead(404).end());
    setTimeout(() => handler(request, response, seen), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => most,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The routes every external-link test uses: one per behaviour a real server shows. */
export const ROUTES: Record<string, Handler> = {
  '/ok': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>'),
  '/moved': (_, res) => res.writeHead(301, { location: '/ok' }).end(),
  '/moved-308': (_, res) => res.writeHead(308, { location: '/ok' }).end(),
  '/temporary': (_, res) => res.writeHead(302, { location: '/ok' }).end(),
  '/moved-to-missing': (_, res) => res.writeHead(301, { location: '/missing' }).end(),
  '/missing': (_, res) => res.writeHead(404).end('not here'),
  '/gone': (_, res) => res.writeHead(404).end('not here'),
  '/busy': (_, res, seen) => (seen === 0 ? res.writeHead(429, { 'retry-after': '1' }).end() : res.writeHead(200).end()),
  '/flaky': (_, res, seen) => (seen === 0 ? res.writeHead(500).end() : res.writeHead(200).end()),
  '/down': (_, res) => res.writeHead(503).end(),
  '/no-head': (req, res) => res.writeHead(req.method === 'HEAD' ? 405 : 200).end(),
  '/loop': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
  '/never': () => undefined,
};

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
