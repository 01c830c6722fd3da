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
  close(): Promise<void>;
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
  };
}
