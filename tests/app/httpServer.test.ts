import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/app/httpServer.js';
import { silentLogger } from '../../src/app/logger.js';

let http: HttpServer;
afterEach(() => http?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function slowServer(delayMs: number): Promise<number> {
  http = createHttpServer(silentLogger());
  http.route('/slow', async (_req, res) => {
    await sleep(delayMs);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('finished');
  });
  return (await http.listen(0, '127.0.0.1')).port;
}

/** A raw GET that reports how it ended: a body, or the connection cut. */
function get(port: number, path: string): Promise<string> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
      res.on('error', () => resolve('cut'));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    req.end();
  });
}

describe('the shared HTTP server', () => {
  it('routes by longest prefix and answers 404 elsewhere', async () => {
    http = createHttpServer(silentLogger());
    http.route('/slack/', (_req, res) => void res.end('slack'));
    http.route('/slack/install', (_req, res) => void res.end('install'));
    const { port } = await http.listen(0, '127.0.0.1');
    expect(await get(port, '/slack/events')).toBe('slack');
    expect(await get(port, '/slack/install?x=1')).toBe('install');
    expect(await get(port, '/other')).toBe('not found\n');
  });

  it('drains: a request in flight finishes, new connections are refused', async () => {
    const port = await slowServer(300);
    const inFlight = get(port, '/slow');
    await sleep(50);
    const drained = http.drain(5000);
    await sleep(20);
    expect(await get(port, '/slow')).toBe('ECONNREFUSED');
    expect(await inFlight).toBe('finished');
    await drained;
    expect(http.server.listening).toBe(false);
  });

  it('cuts what is still running at the end of the grace period', async () => {
    const port = await slowServer(2000);
    const inFlight = get(port, '/slow');
    await sleep(50);
    await http.drain(100);
    expect(['cut', 'ECONNRESET', 'socket hang up']).toContain(await inFlight);
  });
});
