/** End to end in HTTP mode: signed slash commands into the real Bolt app, answers out through response_url. */
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/app/rateLimiter.js';
import { buttonsOf, expectEscaped, expectPrivateQuoteAnswer, expectWithinLimits, textsOf } from './blockChecks.js';
import { BOT_TOKEN, startHttpHarness, type Harness } from './fakes/harness.js';
import { postSigned } from './fakes/signing.js';
import { slashCommandForm } from './fixtures/payloads.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function command(h: Harness, slash: string, text: string, hook: string) {
  return postSigned(h.eventsUrl, slashCommandForm({ command: slash, text, response_url: h.capture.url(hook) }));
}

describe('Slack over HTTP', () => {
  it('acks at once, then answers /quote privately through response_url', async () => {
    harness = await startHttpHarness();
    const ack = await command(harness, '/quote', 'know your place', 'q1');
    const answer = await harness.capture.next('q1');
    console.log(`slash command ack: HTTP ${ack.status} in ${ack.elapsedMs.toFixed(1)} ms; answer ${(answer.receivedAt - ack.receivedAt).toFixed(1)} ms after the ack`);
    expect(ack.status).toBe(200);
    expect(ack.body).toBe('');
    const blocks = expectPrivateQuoteAnswer(ack.receivedAt, answer, 'know your place');
    expect(textsOf(blocks).join('\n')).toContain('&lt;!channel&gt;');
    // The token was checked once at start; the answer itself needed no Web API call.
    expect(harness.webApi.calls.map((call) => call.method)).toEqual(['auth.test']);
    expect(harness.webApi.calls[0]!.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('reads what the user typed through Slack’s escaping, and escapes it again on the way out', async () => {
    harness = await startHttpHarness();
    await command(harness, '/quote', '&lt;!channel&gt; AT&amp;T <@U123>', 'esc');
    const blocks = (await harness.capture.next('esc')).body['blocks'] as unknown[];
    expect(textsOf(blocks)[0]).toContain('“&lt;!channel&gt; AT&amp;T &lt;@U123&gt;”');
    expectEscaped(blocks);
  });

  it('posts for the whole channel when answers are not private by default', async () => {
    harness = await startHttpHarness({ ephemeralByDefault: false });
    await command(harness, '/quote', 'know your place', 'pub');
    const answer = await harness.capture.next('pub');
    expect(answer.body['response_type']).toBe('in_channel');
    expect(buttonsOf(answer.body['blocks'] as unknown[]).some((b) => b.label === 'Share to channel')).toBe(false);
  });

  it('answers bad input with a clear private error', async () => {
    harness = await startHttpHarness({ ephemeralByDefault: false });
    await command(harness, '/quote', 'limit:99', 'bad');
    const answer = await harness.capture.next('bad');
    expect(answer.body['response_type']).toBe('ephemeral');
    const texts = textsOf(answer.body['blocks'] as unknown[]).join('\n');
    expect(texts).toMatch(/:warning: quote: .*words/);
    expect(texts).toContain('`/ibid help` shows every command');
  });

  it('turns a failing command into a private error without its internals', async () => {
    harness = await startHttpHarness();
    await command(harness, '/boom', '', 'boom');
    const answer = await harness.capture.next('boom');
    expect(answer.body['response_type']).toBe('ephemeral');
    expect(textsOf(answer.body['blocks'] as unknown[]).join('\n')).toContain('Something went wrong while answering boom');
    expect(JSON.stringify(answer.body)).not.toContain('kaboom');
  });

  it('rate-limits each user with a private message saying when to try again', async () => {
    harness = await startHttpHarness({ rateLimiter: new RateLimiter({ burst: 1, perMinute: 2 }) });
    await command(harness, '/quote', 'one', 'r1');
    await harness.capture.next('r1');
    await command(harness, '/quote', 'two', 'r2');
    const refused = await harness.capture.next('r2');
    expect(refused.body['response_type']).toBe('ephemeral');
    expect(textsOf(refused.body['blocks'] as unknown[])[0]).toMatch(/faster than ibid answers\. Try again in \d+ s/);
    // Another user is not held back.
    await postSigned(harness.eventsUrl, slashCommandForm({ command: '/quote', text: 'three', user_id: 'U999', response_url: harness.capture.url('r3') }));
    expect(textsOf((await harness.capture.next('r3')).body['blocks'] as unknown[])[0]).toContain('passages for');
  });

  it('gives help from /ibid alone, and runs `/ibid context <id>`', async () => {
    harness = await startHttpHarness();
    await command(harness, '/ibid', '', 'help');
    const help = textsOf((await harness.capture.next('help')).body['blocks'] as unknown[]).join('\n');
    expect(help).toContain('*/quote &lt;words&gt;');
    expect(help).toContain('*/ibid context &lt;id&gt;*');
    await command(harness, '/ibid', 'context leaflets#p2', 'ctx');
    const context = textsOf((await harness.capture.next('ctx')).body['blocks'] as unknown[]).join('\n');
    expect(context).toContain('`leaflets#p2`');
  });

  it('registers prefixed names and explains an unknown command instead of timing out', async () => {
    harness = await startHttpHarness({ commandPrefix: 'r-' });
    expect(harness.adapter.slashCommands.entries.map((e) => e.slash)).toEqual(['/r-quote', '/r-who-said', '/r-sources', '/r-boom', '/r-ibid']);
    await command(harness, '/r-quote', 'know your place', 'ok');
    expect((await harness.capture.next('ok')).body['response_type']).toBe('ephemeral');
    const ack = await command(harness, '/quote', 'know your place', 'unknown');
    expect(ack.status).toBe(200);
    expect(textsOf((await harness.capture.next('unknown')).body['blocks'] as unknown[])[0]).toContain('ibid does not know /quote');
  });

  it('falls back to chat.postEphemeral when the response_url refuses', async () => {
    harness = await startHttpHarness();
    harness.capture.refuse('expired');
    await command(harness, '/quote', 'know your place', 'expired');
    const call = await harness.webApi.next('chat.postEphemeral');
    expect(call.params['channel']).toBe('C2147483705');
    expect(call.params['user']).toBe('U2147483697');
    expect(call.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expectWithinLimits(call.params['blocks'] as unknown[]);
    expectEscaped(call.params['blocks'] as unknown[]);
  });

  it('answers nothing but 404 outside the Slack endpoints', async () => {
    harness = await startHttpHarness();
    expect((await fetch(`${harness.baseUrl}/slack/other`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${harness.baseUrl}/slack/install`)).status).toBe(404);
  });
});
