/**
 * Stands in for Slack's response_url endpoint: records every message posted to it. A url can
 * be made to refuse (404, as Slack does for an expired url) to test the Web API fallback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Arrivals } from '../../../support/arrivals.js';

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
  /** Forgets every message received so far (a long load run need not keep them). */
  clear(): void;
  close(): Promise<void>;
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const arrivals = new Arrivals<Captured>();
  const refused = new Set<string>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      if (refused.has(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('expired_url');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      arrivals.add({ path, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>, receivedAt: performance.now() });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pathOf = (name: string) => `/hooks/${name}`;
  return {
    captured: arrivals.items,
    url: (name) => `${base}${pathOf(name)}`,
    refuse: (name) => refused.add(pathOf(name)),
    next: (name, timeoutMs = 5000) => arrivals.next((item) => item.path === pathOf(name), `post to response_url ${name}`, timeoutMs),
    clear: () => arrivals.clear(),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
