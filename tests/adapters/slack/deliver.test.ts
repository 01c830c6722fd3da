import { describe, expect, it } from 'vitest';
import type { webApi } from '@slack/bolt';
import { silentLogger } from '../../../src/app/logger.js';
import { deliver, ResponseUrlBudget, type ReplyTarget } from '../../../src/adapters/slack/deliver.js';

describe('ResponseUrlBudget', () => {
  it('allows five uses of a response_url within 30 minutes, then none until the window passes', () => {
    let now = 0;
    const budget = new ResponseUrlBudget(() => now);
    expect(Array.from({ length: 6 }, () => budget.take('u'))).toEqual([true, true, true, true, true, false]);
    expect(budget.take('other')).toBe(true);
    now += 30 * 60_000;
    expect(budget.take('u')).toBe(true);
  });
});

function fakeTarget(respondFails: boolean) {
  const responded: unknown[] = [];
  const posted: { method: string; args: Record<string, unknown> }[] = [];
  const client = {
    chat: {
      postMessage: async (args: Record<string, unknown>) => void posted.push({ method: 'postMessage', args }),
      postEphemeral: async (args: Record<string, unknown>) => void posted.push({ method: 'postEphemeral', args }),
    },
  } as unknown as webApi.WebClient;
  const target: ReplyTarget = {
    respond: async (message) => {
      if (respondFails) throw new Error('expired_url');
      responded.push(message);
      return new Response('ok');
    },
    responseUrl: 'https://hooks.example/1',
    channelId: 'C1',
    userId: 'U1',
    client,
  };
  return { target, responded, posted };
}

const message = { response_type: 'in_channel' as const, text: 'ibid: x', blocks: [] };

describe('deliver', () => {
  it('uses the response_url while it has uses left, then posts through the Web API', async () => {
    const { target, responded, posted } = fakeTarget(false);
    const budget = new ResponseUrlBudget(() => 0, 2);
    const routes = [];
    for (let i = 0; i < 3; i++) routes.push(await deliver(target, message, budget, silentLogger()));
    expect(routes).toEqual(['response_url', 'response_url', 'web_api']);
    expect(responded).toHaveLength(2);
    expect(posted).toEqual([{ method: 'postMessage', args: { channel: 'C1', text: 'ibid: x', blocks: [] } }]);
  });

  it('falls back to a private chat.postEphemeral when the response_url refuses a private answer', async () => {
    const { target, posted } = fakeTarget(true);
    expect(await deliver(target, { ...message, response_type: 'ephemeral' }, new ResponseUrlBudget(), silentLogger())).toBe('web_api');
    expect(posted).toEqual([{ method: 'postEphemeral', args: { channel: 'C1', user: 'U1', text: 'ibid: x', blocks: [] } }]);
  });

  it('reports failure when there is neither a url nor a channel', async () => {
    const { target } = fakeTarget(true);
    expect(await deliver({ ...target, channelId: undefined }, message, new ResponseUrlBudget(), silentLogger())).toBe('failed');
  });
});
