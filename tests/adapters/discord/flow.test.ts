/** The transport-neutral flow, with a recording responder: the branches end-to-end tests do not reach. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { handleIncoming, type FlowOptions } from '../../../src/adapters/discord/flow.js';
import type { Choice, Incoming, Responder } from '../../../src/adapters/discord/incoming.js';
import type { OutgoingMessage } from '../../../src/adapters/discord/message.js';
import { createBot, type Bot } from '../../../src/app/bot.js';
import { silentLogger } from '../../../src/app/logger.js';
import { RateLimiter } from '../../../src/app/rateLimiter.js';
import { defineCommand, type AnyCommand } from '../../../src/core/commands/definition.js';
import type { CorpusIndex } from '../../../src/core/corpusIndex.js';
import { boomCommand, echoCommand } from '../../core/commands/fakeCommands.js';

type Call = [string, ...unknown[]];

function recorder(): { calls: Call[]; responder: Responder } {
  const calls: Call[] = [];
  const record =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  return {
    calls,
    responder: {
      reply: record('reply') as (message: OutgoingMessage) => Promise<void>,
      update: record('update') as (message: OutgoingMessage) => Promise<void>,
      defer: record('defer') as (mode: 'reply' | 'update', ephemeral: boolean) => Promise<void>,
      editOriginal: record('editOriginal') as (message: OutgoingMessage) => Promise<void>,
      followUp: record('followUp') as (message: OutgoingMessage) => Promise<void>,
      deleteOriginal: record('deleteOriginal') as () => Promise<void>,
      autocomplete: record('autocomplete') as (choices: Choice[]) => Promise<void>,
    },
  };
}

const completing = defineCommand({
  name: 'completing',
  description: 'Completes, or fails to.',
  args: z.object({ good: z.string().optional().describe('Completes'), bad: z.string().optional().describe('Throws') }),
  examples: [],
  complete: { good: (_corpus, typed) => [`${typed} one`, `${typed} two`], bad: () => { throw new Error('completer broke'); } },
  run: () => ({ command: 'help', commands: [] }),
});

function setup(overrides: Partial<FlowOptions> = {}, gate?: Promise<void>): FlowOptions {
  const real = createBot({ corpus: {} as CorpusIndex, logger: silentLogger(), commands: [echoCommand, boomCommand, completing as AnyCommand] });
  const bot: Bot = { ...real, handle: async (request, adapter) => (gate && (await gate), real.handle(request, adapter)) };
  return { bot, logger: silentLogger(), rateLimiter: new RateLimiter({ burst: 100, perMinute: 100 }), ephemeralByDefault: true, deferAfterMs: 60_000, ...overrides };
}

const actor = { id: 'u1', displayName: 'Reader' };
const command = (name: string, args: Record<string, unknown> = {}): Incoming => ({ kind: 'command', name, args, actor });
const message = (call: Call | undefined) => call?.[1] as OutgoingMessage;

function held(): { gate: Promise<void>; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { gate, release };
}

describe('interaction flow', () => {
  it('answers publicly without a share button when answers are public by default', async () => {
    const { calls, responder } = recorder();
    await handleIncoming(setup({ ephemeralByDefault: false }), command('echo', { words: 'hello' }), responder);
    expect(calls.map((call) => call[0])).toEqual(['reply']);
    expect(message(calls[0]).ephemeral).toBe(false);
    expect(JSON.stringify(message(calls[0]).components)).not.toContain('ibid:share');
  });

  it('keeps an error private even when answers are public', async () => {
    const { calls, responder } = recorder();
    await handleIncoming(setup({ ephemeralByDefault: false }), command('boom'), responder);
    expect(calls.map((call) => call[0])).toEqual(['reply']);
    expect(message(calls[0]).ephemeral).toBe(true);
  });

  it('replaces a public "thinking…" that ends in an error by a private error', async () => {
    const { gate, release } = held();
    const { calls, responder } = recorder();
    const done = handleIncoming(setup({ ephemeralByDefault: false, deferAfterMs: 1 }, gate), command('boom'), responder);
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]).toEqual(['defer', 'reply', false]);
    release();
    await done;
    expect(calls.map((call) => call[0])).toEqual(['defer', 'deleteOriginal', 'followUp']);
    expect(message(calls[2]).ephemeral).toBe(true);
  });

  const click = (customId: string, ephemeral = true): Incoming => ({ kind: 'button', customId, actor, message: { embeds: [], components: [], ephemeral } });

  it('leaves the results in place when paging fails, and says so privately', async () => {
    const { calls, responder } = recorder();
    await handleIncoming(setup(), click('ibid:more:boom:1:0:{}'), responder);
    expect(calls.map((call) => call[0])).toEqual(['reply']);
    expect(message(calls[0]).failed).toBe(true);
  });

  it('follows a slow failed page-turn up privately instead of editing the results', async () => {
    const { gate, release } = held();
    const { calls, responder } = recorder();
    const done = handleIncoming(setup({ deferAfterMs: 1 }, gate), click('ibid:more:boom:1:0:{}'), responder);
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]).toEqual(['defer', 'update', true]);
    release();
    await done;
    expect(calls.map((call) => call[0])).toEqual(['defer', 'followUp']);
  });

  it('explains an expired button, and a share of an already public answer', async () => {
    const { calls, responder } = recorder();
    const options = setup();
    await handleIncoming(options, click('somebody-elses-button'), responder);
    await handleIncoming(options, click('ibid:share', false), responder);
    await handleIncoming(options, click('ibid:ctx@3'), responder);
    expect(calls.map((call) => message(call).embeds[0]!.title)).toEqual(['This button has expired', 'Already shared', 'This button has expired']);
  });

  it('rate-limits commands and buttons per user, never autocomplete', async () => {
    const { calls, responder } = recorder();
    const options = setup({ rateLimiter: new RateLimiter({ burst: 1, perMinute: 1, now: () => 0 }) });
    await handleIncoming(options, command('echo', { words: 'one' }), responder);
    await handleIncoming(options, command('echo', { words: 'two' }), responder);
    await handleIncoming(options, click('ibid:share'), responder);
    await handleIncoming(options, { kind: 'autocomplete', name: 'completing', option: 'good', typed: 'x', actor }, responder);
    expect(message(calls[1]).embeds[0]!.title).toBe('Slow down');
    expect(message(calls[2]).embeds[0]!.description).toMatch(/Try again in 60 s/);
    expect(calls[3]).toEqual(['autocomplete', [{ name: 'x one', value: 'x one' }, { name: 'x two', value: 'x two' }]]);
  });

  it('offers no choices, rather than failing, when a completer throws or is missing', async () => {
    const { calls, responder } = recorder();
    const options = setup();
    await handleIncoming(options, { kind: 'autocomplete', name: 'completing', option: 'bad', typed: 'x', actor }, responder);
    await handleIncoming(options, { kind: 'autocomplete', name: 'echo', option: 'words', typed: 'x', actor }, responder);
    expect(calls).toEqual([['autocomplete', []], ['autocomplete', []]]);
  });
});
