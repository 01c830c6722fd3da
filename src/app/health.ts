/**
 * /healthz: the process is alive and its event loop answers. /readyz: ibid can answer commands
 * now (the corpus is indexed, every adapter is connected) and is not shutting down. Each part
 * reports its own state; /readyz lists them, so a failing probe says which part is not ready.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpServer } from './httpServer.js';

export interface CheckState {
  ready: boolean;
  detail?: string;
}

export type ReadinessCheck = () => CheckState;

export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private draining = false;

  add(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  /** From SIGTERM on, ibid is not ready: load balancers stop sending it work. */
  drain(): void {
    this.draining = true;
  }

  report(): { ready: boolean; checks: Record<string, CheckState> } {
    const checks: Record<string, CheckState> = {};
    let ready = !this.draining;
    for (const [name, check] of this.checks) {
      let state: CheckState;
      try {
        state = check();
      } catch (error) {
        state = { ready: false, detail: `check failed: ${(error as Error).message}` };
      }
      checks[name] = state;
      ready &&= state.ready;
    }
    if (this.draining) checks['shutdown'] = { ready: false, detail: 'shutting down' };
    return { ready, checks };
  }
}

function reply(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
    return;
  }
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : text);
}

export function mountHealth(http: HttpServer, readiness: Readiness, startedAt: number = Date.now()): void {
  http.route('/healthz', (req, res) => reply(req, res, 200, { status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) }));
  http.route('/readyz', (req, res) => {
    const report = readiness.report();
    reply(req, res, report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready', checks: report.checks });
  });
}
