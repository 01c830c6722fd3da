import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/app/logger.js';
import { startServer, type RunningServer } from '../../src/app/server.js';
import { parseConfig } from '../../src/config/index.js';
import { commandInteraction } from '../adapters/discord/support/interactions.js';
import { startCaptureServer, type CaptureServer } from '../adapters/slack/fakes/captureServer.js';
import { startFakeWebApi, type FakeWebApi } from '../adapters/slack/fakes/fakeWebApi.js';
import { postSigned, SIGNING_SECRET } from '../adapters/slack/fakes/signing.js';
import { slashCommandForm } from '../adapters/slack/fixtures/payloads.js';
import { discordKeys, signedHeaders } from '../support/discordSigning.js';
import { fakeSlackStarter } from './support/fakeSlackStarter.js';
import { article, tempCorpus, type TempCorpus } from './support/tempCorpus.js';

const keys = discordKeys();
let server: RunningServer | undefined;
let corpus: TempCorpus | undefined;
let capture: CaptureServer | undefined;
let webApi: FakeWebApi | undefined;
afterEach(async () => {
  await server?.shutdown('test over');
  await capture?.close();
  await webApi?.close();
  corpus?.cleanup();
  server = undefined;
});

function config(extra: Record<string, string> = {}) {
  return parseConfig({
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: '1360871728770846733',
    SLACK_BOT_TOKEN: 'xoxb-0001-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    HOST: '127.0.0.1',
    IBID_WATCH_DEBOUNCE_MS: '50',
    IBID_SNAPSHOT_DIR: 'off',
    IBID_SHUTDOWN_TIMEOUT_SECONDS: '3',
    IBID_RATE_LIMIT_BURST: '100',
    ...extra,
  });
}

function freePort(): Promise<number> {
  const probe = createServer();
  return new Promise((resolve) =>
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    }),
  );
}

async function discordQuote(port: number, words: string) {
  const body = JSON.stringify(commandInteraction('quote', [{ name: 'words', type: 3, value: words }]));
  const response = await fetch(`http://127.0.0.1:${port}/discord/interactions`, { method: 'POST', headers: signedHeaders(keys, body), body });
  return { status: response.status, text: JSON.stringify(await response.json()) };
}

describe('one process, both platforms', () => {
  it('serves Slack and Discord on one port, reloads the corpus under them, and shuts down', async () => {
    corpus = tempCorpus({}, { seed: true });
    capture = await startCaptureServer();
    webApi = await startFakeWebApi();
    server = await startServer({ config: config(), corpusDir: corpus.dir, logger: silentLogger(), handleSignals: false, starters: { slack: fakeSlackStarter(webApi.url) } });
    const base = `http://127.0.0.1:${server.port}`;

    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(Object.keys(((await ready.json()) as { checks: object }).checks).sort()).toEqual(['corpus', 'discord-http', 'slack']);

    const ack = await postSigned(`${base}/slack/events`, slashCommandForm({ command: '/quote', text: 'know your place', response_url: capture.url('q1') }));
    expect(ack.status).toBe(200);
    expect(JSON.stringify((await capture.next('q1')).body)).toContain('know your place');

    const discord = await discordQuote(server.port, 'know your place');
    expect(discord.status).toBe(200);
    expect(discord.text).toContain('know your place');

    // A new document appears while both adapters run: the watcher re-indexes it in the background.
    corpus.write('ferry-log.md', article('Ferry log', 'The ferry crossed the estuary twice before the storm closed the port.'));
    const until = Date.now() + 20_000;
    while (!server.bot.corpus().byId.has('ferry-log') && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await discordQuote(server.port, 'ferry crossed the estuary')).text).toContain('Ferry log');

    expect(await server.shutdown('test')).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 60_000);

  it('fails to start when an adapter cannot, and frees the port', async () => {
    corpus = tempCorpus({}, { seed: true });
    const refused = Object.assign(new Error('An API error occurred: invalid_auth'), { code: 'slack_webapi_platform_error' });
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    const attempt = startServer({ config: config({ PORT: String(port) }), corpusDir: corpus.dir, logger: silentLogger(), handleSignals: false, starters: { slack: async () => Promise.reject(refused) } });
    await expect(attempt).rejects.toThrow(/invalid_auth/);
    const again = createServer();
    await new Promise<void>((resolve, reject) => again.once('error', reject).listen(port, '127.0.0.1', resolve));
    again.close();
  }, 30_000);
});
