// Starts the app on a socket. Loopback unless told otherwise; port 0 picks a free one.
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DossierError } from '../errors.ts';
import { buildApp, postedTextExtractor, type AppOptions } from './app.ts';

export interface Listening { url: string; port: number; close(): Promise<void> }

export function listen(options: AppOptions & { host?: string; port?: number }): Promise<Listening> {
  const host = options.host ?? '127.0.0.1';
  const extraction = options.extract ? undefined : postedTextExtractor(options);
  const app = buildApp({ allowedHosts: isLoopback(host) ? [...LOOPBACK_NAMES, host] : undefined, ...options, extract: options.extract ?? extraction!.extract });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }) as Server;
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new DossierError('USAGE', `port ${options.port} is already in use`)
        : err.code === 'EACCES' ? new DossierError('USAGE', `not allowed to listen on ${host}:${options.port}`)
        : err);
    });
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`, port,
        close: async () => {
          await new Promise<void>(done => { server.closeAllConnections?.(); server.close(() => done()); });
          await extraction?.close();
        },
      });
    });
  });
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
