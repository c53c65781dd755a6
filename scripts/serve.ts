import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves the built pages (dist/web) over plain http on the loopback interface. Port 0 takes a free
 * one: each end-to-end test starts its own.
 */
export function serveBuild(options: { root?: string; port?: number; host?: string } = {}): Promise<RunningServer> {
  const root = resolve(options.root ?? 'dist/web');
  const host = options.host ?? '127.0.0.1';
  const files = sirv(root, { dev: false, etag: true, single: false });
  const server: Server = createServer((request, response) => {
    files(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`,
        port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
