import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:net';

/**
 * A request path the preview refuses with 400: one that does not decode (`/%ff`, `/%`), or that
 * decodes to a separator or a `..` segment (`/..%2fetc%2fpasswd`). eleventy-dev-server 2.x throws on
 * these, and the exception would stop the preview.
 */
export function isUnsafeRequestPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  if (/%(2f|5c)/i.test(path) || decoded.includes('\\') || decoded.includes('\0')) return true;
  return decoded.split('/').some((segment) => segment === '..');
}

/** Dev-server middleware (it runs before the server maps the URL to a file) that answers 400 to an unsafe path. */
export function rejectUnsafePaths(request: IncomingMessage, response: ServerResponse, next: () => unknown): unknown {
  if (!isUnsafeRequestPath(request.url ?? '/')) return next();
  response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: the path is not a plain path of this site.\n');
  return undefined;
}

/** The part of eleventy-dev-server's instance the preview changes: how it starts listening. */
interface DevServer {
  readonly server: Server;
  _serverListen(port: number): void;
}

/** Makes the dev server listen on `host` only; it listens on every interface otherwise. */
export function listenOnHost(devServer: DevServer, host: string): void {
  devServer._serverListen = (port: number): void => {
    devServer.server.listen({ port, host });
  };
}

/** Whether something already listens on `host:port` (port 0 is never taken: the system picks one). */
export async function isPortTaken(host: string, port: number): Promise<boolean> {
  if (port === 0) return false;
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES'));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}
