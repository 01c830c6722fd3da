import { afterEach, describe, expect, it } from 'vitest';
import { mountHealth, Readiness } from '../../src/app/health.js';
import { createHttpServer, type HttpServer } from '../../src/app/httpServer.js';
import { silentLogger } from '../../src/app/logger.js';

let http: HttpServer;
afterEach(() => http?.close());

async function serve(readiness: Readiness): Promise<string> {
  http = createHttpServer(silentLogger());
  mountHealth(http, readiness);
  const { port } = await http.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${port}`;
}

describe('/healthz and /readyz', () => {
  it('says alive at once, and ready only when every part is', async () => {
    const readiness = new Readiness();
    let indexed = false;
    let connected = false;
    readiness.add('corpus', () => (indexed ? { ready: true, detail: '5 documents' } : { ready: false, detail: 'indexing' }));
    readiness.add('discord-gateway', () => ({ ready: connected }));
    const base = await serve(readiness);

    const alive = await fetch(`${base}/healthz`);
    expect(alive.status).toBe(200);
    expect(await alive.json()).toMatchObject({ status: 'ok' });

    const notYet = await fetch(`${base}/readyz`);
    expect(notYet.status).toBe(503);
    expect(await notYet.json()).toEqual({ status: 'not ready', checks: { corpus: { ready: false, detail: 'indexing' }, 'discord-gateway': { ready: false } } });

    indexed = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    connected = true;
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { corpus: { ready: true, detail: '5 documents' } } });
  });

  it('is not ready once shutting down, and reports a failing check as not ready', async () => {
    const readiness = new Readiness();
    readiness.add('broken', () => {
      throw new Error('no state');
    });
    const base = await serve(readiness);
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ checks: { broken: { ready: false, detail: 'check failed: no state' } } });
    const draining = new Readiness();
    draining.drain();
    expect(draining.report()).toEqual({ ready: false, checks: { shutdown: { ready: false, detail: 'shutting down' } } });
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const base = await serve(new Readiness());
    const head = await fetch(`${base}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${base}/readyz`, { method: 'POST' })).status).toBe(405);
  });
});
