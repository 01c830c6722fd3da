/**
 * End to end: the real discord.js Client, started by startDiscordGateway, against a fake Discord
 * on 127.0.0.1. Interactions arrive as INTERACTION_CREATE dispatches; the tests read what
 * discord.js posts back to the interaction callback and webhook routes.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordGateway, type DiscordGatewayHandle } from '../../../src/adapters/discord/gateway.js';
import { createBot, type Bot } from '../../../src/app/bot.js';
import type { CorpusIndex } from '../../../src/core/corpusIndex.js';
import { loadCorpusIndex } from '../../support/loadCorpusIndex.js';
import { silentLogger } from '../../../src/app/logger.js';
import { RateLimiter } from '../../../src/app/rateLimiter.js';
import { expectNoLiveMentions, expectPrivateAnswer, expectWithinDiscordLimits } from './support/discordLimits.js';
import { FakeDiscord } from './support/fakeDiscord.js';
import { gatedBot, type GatedBot } from './support/gatedBot.js';
import { APPLICATION_ID, autocompleteInteraction, BOT_USER_ID, buttonInteraction, commandInteraction, customIdOf, type SentMessage } from './support/interactions.js';
import { sampleOptions } from './support/sampleOptions.js';

const CORPUS = fileURLToPath(new URL('./fixtures/corpus', import.meta.url));
const EPHEMERAL = 64;

interface Callback {
  type: number;
  data?: SentMessage & { allowed_mentions?: unknown; choices?: { name: string; value: string }[] };
}

/** The fixture corpus, indexed once for both gateways. */
let corpus: CorpusIndex;
let fake: FakeDiscord;
let gateway: DiscordGatewayHandle;
let bot: Bot;

async function callbackFor(fakeDiscord: FakeDiscord, payload: { id: string; token: string }): Promise<Callback> {
  const request = await fakeDiscord.requests.next((r) => r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`, `callback for ${payload.id}`);
  return request.body as Callback;
}

async function interact(payload: { id: string; token: string }, fakeDiscord = fake): Promise<Callback> {
  fakeDiscord.dispatch('INTERACTION_CREATE', payload);
  return callbackFor(fakeDiscord, payload);
}

beforeAll(async () => {
  fake = new FakeDiscord({ applicationId: APPLICATION_ID, botUserId: BOT_USER_ID, heartbeatIntervalMs: 250 });
  await fake.start();
  corpus = await loadCorpusIndex(CORPUS);
  bot = createBot({ corpus, logger: silentLogger() });
  // Answers here are fast; a long defer threshold keeps replies direct whatever the machine's load.
  gateway = await startDiscordGateway({ bot, logger: silentLogger(), token: 'fake.bot.token', applicationId: APPLICATION_ID, rest: { api: fake.api }, deferAfterMs: 60_000, rateLimiter: new RateLimiter({ burst: 1000, perMinute: 1000 }) });
});

afterAll(async () => {
  await gateway?.stop();
  await fake?.stop();
});

describe('Discord gateway, against a local fake Discord', () => {
  it('identifies with the token and only the Guilds intent, and becomes ready', async () => {
    expect(fake.requests.items.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    const identify = await fake.received.next((frame) => frame.op === 2, 'IDENTIFY');
    expect(identify.d).toMatchObject({ token: 'fake.bot.token', intents: 1 });
    expect(gateway.ready).toBe(true);
  });

  it('heartbeats, and the fake acknowledges', async () => {
    await fake.received.next((frame) => frame.op === 1, 'heartbeat');
    await expect.poll(() => gateway.client.ws.ping, { timeout: 3000 }).toBeGreaterThanOrEqual(0);
  });

  it('answers every registry command privately, within limits, with no mentions allowed', async () => {
    for (const command of bot.commands) {
      const callback = await interact(commandInteraction(command.name, sampleOptions(command)));
      expectPrivateAnswer(callback, command.name);
      expect(callback.data!.embeds!.length, command.name).toBeGreaterThan(0);
    }
  });

  it('renders a quote with the matched words bold and the citation under it', async () => {
    const callback = await interact(commandInteraction('quote', [{ name: 'words', type: 3, value: 'we will evacuate you' }]));
    const embed = callback.data!.embeds![0]! as { title: string; description: string; footer: { text: string }; color: number };
    expect(embed.description).toMatch(/\*\*[^*]*evacuate[^*]*\*\*/i);
    expect(embed.title).toContain('Liberation');
    expect(embed.footer.text).toContain('Revolution Newspaper · The U.S. “Liberation” of Mosul');
    expect(embed.footer.text).toContain('¶2');
    expect(customIdOf(callback.data!, 'Share to channel')).toBe('ibid:share');
  });

  it('answers in a DM, where the user comes without a member', async () => {
    expectPrivateAnswer(await interact(commandInteraction('help', [], { dm: true })));
  });

  it('neutralises mentions that come from the corpus and from the query', async () => {
    const callback = await interact(commandInteraction('quote', [{ name: 'words', type: 3, value: 'airstrike @everyone' }]));
    expectNoLiveMentions(callback.data!);
    const all = JSON.stringify(callback.data);
    expect(all).toContain('@\u200beveryone');
  });

  it('shares a private answer publicly, saying who shared it, without the share button', async () => {
    const answer = await interact(commandInteraction('quote', [{ name: 'words', type: 3, value: 'we will evacuate you' }]));
    const shared = await interact(buttonInteraction('ibid:share', answer.data!));
    expect(shared.type).toBe(4);
    expect((shared.data!.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(shared.data!.content).toBe('Shared by **Rosa @\u200beveryone**');
    expect(shared.data!.embeds).toEqual(answer.data!.embeds);
    expect(JSON.stringify(shared.data!.components)).not.toContain('ibid:share');
    expect(shared.data!.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('turns a private answer to its next page in place with "More results"', async () => {
    const first = await interact(commandInteraction('quote', [{ name: 'words', type: 3, value: 'airstrike' }, { name: 'limit', type: 4, value: 1 }]));
    const more = customIdOf(first.data!, 'More results');
    expect(more).toBe('ibid:more:quote:2:0:{"words":"airstrike","limit":1}');
    const second = await interact(buttonInteraction(more, first.data!));
    expect(second.type).toBe(7);
    expect(second.data!.embeds![0]!['footer']).not.toEqual(first.data!.embeds![0]!['footer']);
    expect(customIdOf(second.data!, 'More results')).toBe('ibid:more:quote:3:0:{"words":"airstrike","limit":1}');
    expectWithinDiscordLimits(second.data!);
  });

  it('reads a query too long for the button id back from the message it is on', async () => {
    const words = 'sheltering in the basement when the airstrike hit the house in west Mosul';
    const first = await interact(commandInteraction('quote', [{ name: 'words', type: 3, value: words }, { name: 'limit', type: 4, value: 1 }]));
    const more = customIdOf(first.data!, 'More results');
    expect(more).toBe('ibid:more:quote:2:0:@');
    const second = await interact(buttonInteraction(more, first.data!));
    expect(second.type).toBe(7);
    const footer = String((second.data!.embeds!.at(-1)!['footer'] as { text: string }).text);
    expect(footer).toContain(`words: ${words}`);
    expect(footer).toContain('page: 2');
    expect(second.data!.embeds![0]!['description']).toMatch(/airstrike/);
  });

  it('opens the context of a result privately, also when the citation id is too long for the button', async () => {
    const first = await interact(commandInteraction('quote', [{ name: 'words', type: 3, value: 'Survivors said the airstrike came without warning' }]));
    const context = customIdOf(first.data!, /context/i);
    expect(context).toMatch(/^ibid:ctx@0$/);
    const answer = await interact(buttonInteraction(context, first.data!));
    expectPrivateAnswer(answer);
    expect(answer.data!.embeds![0]!['description']).toContain('**¶2 Survivors said');
    expect(answer.data!.embeds![0]!['description']).toContain('¶1 The airstrike hit a house');
  });

  it('gives a new private answer when someone pages a shared (public) answer', async () => {
    const first = await interact(commandInteraction('quote', [{ name: 'words', type: 3, value: 'airstrike' }, { name: 'limit', type: 4, value: 1 }]));
    const shared = await interact(buttonInteraction('ibid:share', first.data!));
    expectPrivateAnswer(await interact(buttonInteraction(customIdOf(shared.data!, 'More results'), shared.data!, { userId: '1034315047838687999' })));
  });

  it('answers a button it does not know with a private explanation', async () => {
    const callback = await interact(buttonInteraction('ibid:more:nonsense:1:0:{}', { embeds: [], components: [], flags: EPHEMERAL }));
    expectPrivateAnswer(callback);
    expect(JSON.stringify(callback.data!.embeds)).toContain('expired');
  });

  it('autocompletes sources and speakers from the corpus, 25 choices at most', async () => {
    const sources = await interact(autocompleteInteraction('quote', [{ name: 'words', type: 3, value: 'airstrike' }, { name: 'source', type: 3, value: 'rev', focused: true }]));
    expect(sources.type).toBe(8);
    const choices = sources.data!.choices!;
    expect(choices.map((choice) => choice.value)).toContain('Revolution Newspaper');
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
      expect(choice.name).not.toMatch(/@everyone|<@&\d+>/);
    }
    const people = await interact(autocompleteInteraction('quotes-by', [{ name: 'person', type: 3, value: 'bash', focused: true }]));
    expect(people.data!.choices!.map((choice) => choice.value)).toContain('Bashar');
  });

  it('resumes after the gateway drops the connection, and keeps answering', async () => {
    const identifies = fake.received.items.filter((frame) => frame.op === 2).length;
    fake.disconnect(4000);
    const resume = await fake.received.next((frame) => frame.op === 6, 'RESUME');
    expect(resume.d).toMatchObject({ token: 'fake.bot.token', session_id: fake.sessionId });
    expect((resume.d as { seq: number }).seq).toBeGreaterThan(0);
    await expect.poll(() => gateway.ready, { timeout: 5000 }).toBe(true);
    const callback = await interact(commandInteraction('sources', []));
    expect(callback.type).toBe(4);
    expect(fake.received.items.filter((frame) => frame.op === 2).length).toBe(identifies);
  });
});

describe('Discord gateway, slow and failing commands', () => {
  let slowFake: FakeDiscord;
  let slowGateway: DiscordGatewayHandle;
  let slow: GatedBot;

  beforeAll(async () => {
    slowFake = new FakeDiscord({ applicationId: APPLICATION_ID, botUserId: BOT_USER_ID });
    await slowFake.start();
    slow = gatedBot(createBot({ corpus, logger: silentLogger() }));
    slowGateway = await startDiscordGateway({ bot: slow.bot, logger: silentLogger(), token: 'fake.bot.token', applicationId: APPLICATION_ID, rest: { api: slowFake.api }, deferAfterMs: 50, rateLimiter: new RateLimiter({ burst: 3, perMinute: 1 }) });
  });

  afterAll(async () => {
    await slowGateway?.stop();
    await slowFake?.stop();
  });

  it('defers a slow command, then edits the reply with the answer', async () => {
    const release = slow.hold();
    const payload = commandInteraction('quote', [{ name: 'words', type: 3, value: 'we will evacuate you' }], { userId: '2000000000000000001' });
    const deferred = await interact(payload, slowFake);
    expect(deferred).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    release();
    const edit = await slowFake.originalEdit(payload.token);
    const body = edit.body as SentMessage & { allowed_mentions: unknown };
    expect(body.embeds![0]!['description']).toMatch(/evacuate/);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectWithinDiscordLimits(body);
  });

  it('acknowledges a slow "More results" silently, then edits the page in place', async () => {
    const user = { userId: '2000000000000000002' };
    const first = await interact(commandInteraction('quote', [{ name: 'words', type: 3, value: 'airstrike' }, { name: 'limit', type: 4, value: 1 }], user), slowFake);
    const release = slow.hold();
    const click = buttonInteraction(customIdOf(first.data!, 'More results'), first.data!, user);
    expect(await interact(click, slowFake)).toEqual({ type: 6 });
    release();
    const edit = await slowFake.originalEdit(click.token);
    expect(JSON.stringify((edit.body as SentMessage).components)).toContain('ibid:more:quote:3:0');
  });

  it('turns a command that throws into a clear private error', async () => {
    slow.failNext();
    const callback = await interact(commandInteraction('sources', [], { userId: '2000000000000000003' }), slowFake);
    expectPrivateAnswer(callback);
    expect(JSON.stringify(callback.data!.embeds)).toContain('Something went wrong');
    expect(JSON.stringify(callback.data!.embeds)).not.toContain('injected failure');
  });

  it('tells a user who floods it to slow down, privately', async () => {
    const user = { userId: '2000000000000000004' };
    const answers: Callback[] = [];
    for (let i = 0; i < 4; i++) answers.push(await interact(commandInteraction('sources', [], user), slowFake));
    expect(answers.slice(0, 3).every((answer) => !JSON.stringify(answer.data).includes('Slow down'))).toBe(true);
    expectPrivateAnswer(answers[3]!);
    expect(JSON.stringify(answers[3]!.data!.embeds)).toMatch(/Slow down.*Try again in \d+ s/);
  });
});
