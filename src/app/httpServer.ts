/**
 * One HTTP server for everything that arrives over HTTP: Slack's events and commands, Discord's
 * interactions endpoint and the health checks. Adapters register a handler under a path prefix;
 * like Bolt's receivers, transports only feed events in.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServer {
  /** Longest matching prefix wins; `/slack/` catches /slack/events and /slack/install. */
  route(prefix: string, handler: RouteHandler): void;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Closes at once, cutting requests in flight (tests). */
  close(): Promise<void>;
  /**
   * Stops accepting connections and lets requests in flight finish (Discord's HTTP interactions
   * are answered inside their request), cutting whatever is still open after `graceMs`.
   */
  drain(graceMs: number): Promise<void>;
  readonly server: Server;
}

export function createHttpServer(logger: Logger): HttpServer {
  const routes: { prefix: string; handler: RouteHandler }[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
    const match = routes.filter((r) => path === r.prefix || path.startsWith(r.prefix.endsWith('/') ? r.prefix : `${r.prefix}/`)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (!match) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    Promise.resolve(match.handler(req, res)).catch((error: unknown) => {
      logger.error({ err: error, path }, 'HTTP handler failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    });
  });
  return {
    server,
    route(prefix, handler) {
      routes.push({ prefix, handler });
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    async drain(graceMs) {
      if (!server.listening) return;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections that go quiet while draining are closed as soon as they do.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([closed, late]);
      clearTimeout(timer);
      clearInterval(sweep);
      server.closeAllConnections();
      await closed;
    },
  };
}
