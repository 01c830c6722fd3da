/** Button clicks as Slack sends them: signed block_actions payloads in a `payload=` form field. */
import { afterEach, describe, expect, it } from 'vitest';
import { buttonsOf, expectEscaped, expectWithinLimits, textsOf, type ButtonInfo } from './blockChecks.js';
import { startHttpHarness, type Harness } from './fakes/harness.js';
import { postSigned } from './fakes/signing.js';
import { blockActionsForm, slashCommandForm } from './fixtures/payloads.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function ask(h: Harness, text: string, hook: string): Promise<unknown[]> {
  await postSigned(h.eventsUrl, slashCommandForm({ command: '/quote', text, response_url: h.capture.url(hook) }));
  return (await h.capture.next(hook)).body['blocks'] as unknown[];
}

async function click(h: Harness, button: ButtonInfo, hook: string, extra: { ephemeral?: boolean; user?: { id: string; username: string; name: string; team_id: string } } = {}) {
  const result = await postSigned(h.eventsUrl, blockActionsForm({ actionId: button.actionId, value: button.value, responseUrl: h.capture.url(hook), ...extra }));
  expect(result.status).toBe(200);
  return result;
}

function find(blocks: unknown[], label: string): ButtonInfo {
  const button = buttonsOf(blocks).find((b) => b.label === label);
  if (!button) throw new Error(`no "${label}" button`);
  return button;
}

describe('buttons', () => {
  it('shares a private answer to the channel, naming who shared it, then removes the private copy', async () => {
    harness = await startHttpHarness();
    const blocks = await ask(harness, 'know your place', 'ask');
    await click(harness, find(blocks, 'Share to channel'), 'share', { user: { id: 'U5', username: 'ann', name: 'ann<@U1>', team_id: 'T0001' } });
    const shared = await harness.capture.next('share');
    expect(shared.body['response_type']).toBe('in_channel');
    expect(shared.body['replace_original']).toBe(false);
    const sharedBlocks = shared.body['blocks'] as unknown[];
    expect(textsOf(sharedBlocks)[0]).toBe('Shared by *ann&lt;@U1&gt;*');
    expect(textsOf(sharedBlocks).join('\n')).toContain('*know your place*');
    expect(buttonsOf(sharedBlocks).some((b) => b.label === 'Share to channel')).toBe(false);
    expectEscaped(sharedBlocks);
    const cleanup = await harness.capture.next('share');
    expect(cleanup.body).toEqual({ delete_original: true });
  });

  it('pages a private answer in place with More results', async () => {
    harness = await startHttpHarness();
    const blocks = await ask(harness, 'know your place', 'ask');
    const more = find(blocks, 'More results');
    expect(more.state?.request.args['page']).toBe(2);
    await click(harness, more, 'more');
    const next = await harness.capture.next('more');
    expect(next.body['replace_original']).toBe(true);
    expect(next.body['response_type']).toBe('ephemeral');
    expect(textsOf(next.body['blocks'] as unknown[]).join('\n')).toContain('Page 2: ');
  });

  it('walks every part of an answer too long for one message', async () => {
    harness = await startHttpHarness();
    let blocks = await ask(harness, 'big', 'ask');
    const seen = new Set<string>();
    for (let part = 1; ; part++) {
      expectWithinLimits(blocks);
      for (const id of textsOf(blocks).join('\n').match(/`doc-\d+#p1`/g) ?? []) seen.add(id);
      const more = find(blocks, 'More results');
      if (more.state?.request.args['page'] === 2) break;
      expect(more.state?.part).toBe(part);
      await click(harness, more, `part${part}`);
      blocks = (await harness.capture.next(`part${part}`)).body['blocks'] as unknown[];
      expect(part).toBeLessThan(20);
    }
    expect(seen.size).toBe(10);
  });

  it('shows the context of a result privately, without replacing the answer', async () => {
    harness = await startHttpHarness();
    const blocks = await ask(harness, 'know your place', 'ask');
    const context = buttonsOf(blocks).filter((b) => b.label === 'Show context')[1]!;
    await click(harness, context, 'ctx', { ephemeral: false });
    const shown = await harness.capture.next('ctx');
    expect(shown.body['response_type']).toBe('ephemeral');
    expect(shown.body['replace_original']).toBe(false);
    expect(textsOf(shown.body['blocks'] as unknown[]).join('\n')).toContain('`leaflets#p2`');
  });

  it('works from the value alone: a button made before a restart still answers', async () => {
    const first = await startHttpHarness();
    const share = find(await ask(first, 'know your place', 'ask'), 'Share to channel');
    await first.close();
    harness = await startHttpHarness();
    await click(harness, share, 'after-restart');
    expect((await harness.capture.next('after-restart')).body['response_type']).toBe('in_channel');
  });

  it('answers a button value ibid did not write with a private error', async () => {
    harness = await startHttpHarness();
    await click(harness, { actionId: 'ibid_share', label: 'Share to channel', value: '{"n":"quote"}', state: null }, 'forged');
    const answer = await harness.capture.next('forged');
    expect(answer.body['response_type']).toBe('ephemeral');
    expect(textsOf(answer.body['blocks'] as unknown[])[0]).toContain('another version of ibid');
  });
});
