import { afterEach, describe, expect, it } from 'vitest';
import { commandInteraction } from '../adapters/discord/support/interactions.js';
import { spawnNode, waitReady, type Child } from './support/child.js';
import { discordKeys, signedHeaders } from '../support/discordSigning.js';

const keys = discordKeys();
/** A bot serving only Discord's HTTP endpoint needs no network: the right config for a child process. */
const HTTP_ONLY = { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_APPLICATION_ID: '1360871728770846733', PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', IBID_SNAPSHOT_DIR: 'off', IBID_WATCH: 'false' };

let child: Child | undefined;
afterEach(() => {
  if (child && child.process.exitCode === null) child.process.kill('SIGKILL');
});

async function portOf(started: Child): Promise<number> {
  const listening = await started.waitForLog((record) => record['msg'] === 'HTTP server listening (/healthz, /readyz)');
  return Number(listening['port']);
}

describe('graceful shutdown', () => {
  it('finishes the command in flight, refuses new connections and exits 0 on SIGTERM', async () => {
    child = spawnNode(['--import', 'tsx', 'tests/app/fixtures/slowServer.ts'], { ...HTTP_ONLY, SLOW_MS: '1000' });
    const port = await portOf(child);
    await waitReady(port);
    const body = JSON.stringify(commandInteraction('sources', []));
    const inFlight = fetch(`http://127.0.0.1:${port}/discord/interactions`, { method: 'POST', headers: signedHeaders(keys, body), body });
    // The command takes a second; a quarter of one in, it is surely running.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(child.logs.some((record) => record['msg'] === 'command answered')).toBe(false);
    child.process.kill('SIGTERM');
    await child.waitForLog((record) => record['msg'] === 'shutting down: no new commands; finishing those in flight');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

    const response = await inFlight;
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { type: number; data: { embeds: { title?: string }[] } };
    expect(answer.type).toBe(4);
    expect(answer.data.embeds.length).toBeGreaterThan(0);
    expect(await child.exited).toEqual({ code: 0, signal: null });
    const order = child.logs.map((record) => record['msg']);
    expect(order.indexOf('command answered')).toBeGreaterThan(order.indexOf('shutting down: no new commands; finishing those in flight'));
    expect(order.at(-1)).toBe('stopped');
  }, 60_000);

  it('the real entry point serves /healthz and /readyz, then stops cleanly on SIGINT', async () => {
    child = spawnNode(['--import', 'tsx', 'src/main.ts'], HTTP_ONLY);
    const port = await portOf(child);
    const ready = await waitReady(port);
    expect(ready).toMatchObject({ status: 'ready', checks: { corpus: { ready: true }, 'discord-http': { ready: true } } });
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toMatchObject({ status: 'ok' });
    child.process.kill('SIGINT');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.logs.at(-1)).toMatchObject({ msg: 'stopped' });
  }, 60_000);
});
