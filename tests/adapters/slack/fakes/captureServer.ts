/**
 * Stands in for Slack's response_url endpoint: records every message posted to it. A url can
 * be made to refuse (404, as Slack does for an expired url) to test the Web API fallback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Captured {
  path: string;
  body: Record<string, unknown>;
  /** performance.now() when the whole body had arrived. */
  receivedAt: number;
}

export interface CaptureServer {
  url(name: string): string;
  readonly captured: Captured[];
  refuse(name: string): void;
  /** The next message posted to `name` (or already posted and not yet taken). */
  next(name: string, timeoutMs?: number): Promise<Captured>;
  close(): Promise<void>;
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const captured: Captured[] = [];
  const taken = new Set<Captured>();
  const refused = new Set<string>();
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      if (refused.has(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('expired_url');
        return;
      }
      captured.push({ path, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>, receivedAt: performance.now() });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pathOf = (name: string) => `/hooks/${name}`;
  return {
    captured,
    url: (name) => `${base}${pathOf(name)}`,
    refuse: (name) => refused.add(pathOf(name)),
    next(name, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`nothing posted to response_url ${name} within ${timeoutMs} ms`)), timeoutMs);
        const look = () => {
          const found = captured.find((item) => item.path === pathOf(name) && !taken.has(item));
          if (found) {
            taken.add(found);
            clearTimeout(timer);
            resolve(found);
          } else waiters.push(look);
        };
        look();
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
