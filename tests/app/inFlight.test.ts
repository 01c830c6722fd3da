import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/app/bot.js';
import { InFlight } from '../../src/app/inFlight.js';
import { silentLogger } from '../../src/app/logger.js';
import { seedCorpusIndex } from '../support/seedCorpus.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let tracker: InFlight;
let server: Server | undefined;
afterEach(() => {
  tracker?.stopWatching();
  server?.close();
  server?.closeAllConnections();
});

/** A server that answers after `delayMs`. */
async function slowEndpoint(delayMs: number): Promise<string> {
  server = createServer((_req, res) => setTimeout(() => res.end('ok'), delayMs));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('InFlight', () => {
  it('counts a command while it runs, and a moment after (its answer is being handed on)', async () => {
    tracker = new InFlight();
    const bot = tracker.track(createBot({ corpus: await seedCorpusIndex(), logger: silentLogger() }));
    const answer = bot.handleLine('quote know your place', 'test');
    expect(tracker.count.commands).toBe(1);
    await answer;
    expect(tracker.idle).toBe(false);
    expect(await tracker.waitIdle(2000)).toBe(true);
    expect(tracker.count).toEqual({ commands: 0, outgoing: 0 });
  });

  it('waits for outgoing requests, both node:http (Slack) and fetch/undici (Discord)', async () => {
    tracker = new InFlight();
    tracker.watchOutgoing();
    const url = await slowEndpoint(300);
    const viaHttp = new Promise<void>((resolve) => get(url, (res) => res.resume().on('end', () => resolve())));
    const viaFetch = fetch(url).then((res) => res.text());
    await sleep(50);
    expect(tracker.count.outgoing).toBe(2);
    expect(await tracker.waitIdle(50)).toBe(false);
    expect(await tracker.waitIdle(3000)).toBe(true);
    await Promise.all([viaHttp, viaFetch]);
  });

  it('stops seeing requests once it stops watching', async () => {
    tracker = new InFlight();
    tracker.watchOutgoing();
    tracker.stopWatching();
    const url = await slowEndpoint(10);
    const done = fetch(url).then((res) => res.text());
    await sleep(5);
    expect(tracker.count.outgoing).toBe(0);
    await done;
  });
});
