/**
 * The HTTP interactions endpoint, behind ibid's shared HTTP server, with real Ed25519 signatures
 * made from a key pair generated here. Deferred answers go to a fake Discord's webhook route.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordInteractionsHandler, DISCORD_INTERACTIONS_PATH } from '../../../src/adapters/discord/httpInteractions.js';
import { createBot } from '../../../src/app/bot.js';
import { createHttpServer, type HttpServer } from '../../../src/app/httpServer.js';
import { discordKeys, signedHeaders, type DiscordKeys } from '../../support/discordSigning.js';
import { loadCorpusIndex } from '../../support/loadCorpusIndex.js';
import { silentLogger } from '../../../src/app/logger.js';
import { RateLimiter } from '../../../src/app/rateLimiter.js';
import { expectPrivateAnswer } from './support/discordLimits.js';
import { FakeDiscord } from './support/fakeDiscord.js';
import { gatedBot, type GatedBot } from './support/gatedBot.js';
import { APPLICATION_ID, autocompleteInteraction, BOT_USER_ID, buttonInteraction, commandInteraction, customIdOf, pingInteraction, type SentMessage } from './support/interactions.js';

const CORPUS = fileURLToPath(new URL('./fixtures/corpus', import.meta.url));

const keys = discordKeys();
const impostor = discordKeys();

let server: HttpServer;
let fake: FakeDiscord;
let url: string;
/** A second endpoint whose bot can be held back, with a short defer threshold. */
let slowUrl: string;
let slow: GatedBot;

interface Signed {
  status: number;
  json: () => Promise<{ type: number; data?: SentMessage & { choices?: { value: string }[]; allowed_mentions?: unknown } }>;
}

async function post(body: string, headers: Record<string, string>, to = url): Promise<Signed> {
  const response = await fetch(to, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, json: () => response.json() as never };
}

function signed(payload: unknown, by: DiscordKeys = keys): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify(payload);
  return { body, headers: signedHeaders(by, body) };
}

async function send(payload: unknown, to = url) {
  const { body, headers } = signed(payload);
  const response = await post(body, headers, to);
  expect(response.status).toBe(200);
  return response.json();
}

beforeAll(async () => {
  fake = new FakeDiscord({ applicationId: APPLICATION_ID, botUserId: BOT_USER_ID });
  await fake.start();
  const real = createBot({ corpus: await loadCorpusIndex(CORPUS), logger: silentLogger() });
  slow = gatedBot(real);
  const common = { logger: silentLogger(), publicKey: keys.publicKeyHex, rest: { api: fake.api }, rateLimiter: new RateLimiter({ burst: 1000, perMinute: 1000 }) };
  server = createHttpServer(silentLogger());
  // Answers here are fast; a long defer threshold keeps replies direct whatever the machine's load.
  server.route(DISCORD_INTERACTIONS_PATH, createDiscordInteractionsHandler({ ...common, bot: real, deferAfterMs: 60_000 }));
  server.route('/slow', createDiscordInteractionsHandler({ ...common, bot: slow.bot, deferAfterMs: 50 }));
  const address = await server.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${address.port}${DISCORD_INTERACTIONS_PATH}`;
  slowUrl = `http://127.0.0.1:${address.port}/slow`;
});

afterAll(async () => {
  await server?.close();
  await fake?.stop();
});

describe('Discord HTTP interactions endpoint', () => {
  it('answers a signed PING with PONG', async () => {
    expect(await send(pingInteraction())).toEqual({ type: 1 });
  });

  it('answers a signed command privately, within limits, with no mentions allowed', async () => {
    expectPrivateAnswer(await send(commandInteraction('quote', [{ name: 'words', type: 3, value: 'airstrike' }])));
  });

  it('rejects a signature from another key with 401', async () => {
    const { body, headers } = signed(pingInteraction(), impostor);
    expect((await post(body, headers)).status).toBe(401);
  });

  it('rejects a body or timestamp changed after signing with 401', async () => {
    const { body, headers } = signed(commandInteraction('sources', []));
    expect((await post(body.replace('sources', 'help'), headers)).status).toBe(401);
    expect((await post(body, { ...headers, 'x-signature-timestamp': String(Number(headers['x-signature-timestamp']) + 1) })).status).toBe(401);
  });

  it('rejects a request without signature headers, or with a malformed one, with 401', async () => {
    const { body, headers } = signed(pingInteraction());
    expect((await post(body, {})).status).toBe(401);
    expect((await post(body, { 'x-signature-timestamp': headers['x-signature-timestamp']! })).status).toBe(401);
    expect((await post(body, { ...headers, 'x-signature-ed25519': 'not-hex' })).status).toBe(401);
  });

  it('refuses anything but POST', async () => {
    expect((await fetch(url)).status).toBe(405);
  });

  it('answers autocomplete with choices from the corpus', async () => {
    const answer = await send(autocompleteInteraction('quote', [{ name: 'words', type: 3, value: 'x' }, { name: 'source', type: 3, value: 'rev', focused: true }]));
    expect(answer.type).toBe(8);
    expect(answer.data!.choices!.map((choice) => choice.value)).toContain('Revolution Newspaper');
  });

  it('pages a private answer in place when "More results" is clicked', async () => {
    const first = await send(commandInteraction('quote', [{ name: 'words', type: 3, value: 'airstrike' }, { name: 'limit', type: 4, value: 1 }]));
    const next = await send(buttonInteraction(customIdOf(first.data!, 'More results'), first.data!));
    expect(next.type).toBe(7);
    expect(JSON.stringify(next.data!.components)).toContain('ibid:more:quote:3:0');
  });

  it('defers a slow answer in the HTTP reply, then edits it through the webhook', async () => {
    const release = slow.hold();
    const payload = commandInteraction('quote', [{ name: 'words', type: 3, value: 'we will evacuate you' }]);
    expect(await send(payload, slowUrl)).toEqual({ type: 5, data: { flags: 64 } });
    release();
    const edit = await fake.originalEdit(payload.token);
    const body = edit.body as SentMessage & { allowed_mentions: unknown };
    expect(body.embeds![0]!['description']).toMatch(/evacuate/);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});
