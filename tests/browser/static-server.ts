import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 the way static hosts do: `/a/` → `/a/index.html`, `/a` → redirect
 * to `/a/` when it is a folder, and `404.html` with status 404 for anything else. `tools` maps a few
 * URL paths outside the site to files the tests inject (axe-core), served as cacheable so Chromium
 * compiles them once rather than on every page.
 */
export async function serveStatic(root: string, tools: Readonly<Record<string, string>> = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const tool = tools[url.pathname];
      if (tool) return send(200, tool, { 'cache-control': 'max-age=3600' });
      const path = normalize(decodeURIComponent(url.pathname));
      const file = join(root, path);
      if (!file.startsWith(root + sep) && file !== root) return send(404, join(root, '404.html'));
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        const index = join(file, 'index.html');
        return (await stat(index).catch(() => undefined)) ? send(200, index) : send(404, join(root, '404.html'));
      }
      return info?.isFile() ? send(200, file) : send(404, join(root, '404.html'));
    })();

    function send(status: number, file: string, headers: Readonly<Record<string, string>> = {}): void {
      response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      createReadStream(file).on('error', () => response.end()).pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
