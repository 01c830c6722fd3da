/** Bolt's receiver refuses anything not signed by Slack within the last five minutes: 401, and no answer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHarness, type Harness } from './fakes/harness.js';
import { postSigned, signature, SIGNING_SECRET } from './fakes/signing.js';
import { slashCommandForm } from './fixtures/payloads.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHttpHarness();
});
afterAll(async () => {
  await harness.close();
});

/** After a refused request, a good one is answered; by then the refused one would have been too. */
async function expectNoAnswer(hook: string): Promise<void> {
  const later = `${hook}-control`;
  const ok = await postSigned(harness.eventsUrl, slashCommandForm({ command: '/quote', text: 'control', response_url: harness.capture.url(later) }));
  expect(ok.status).toBe(200);
  await harness.capture.next(later);
  expect(harness.capture.captured.filter((item) => item.path.endsWith(`/${hook}`))).toEqual([]);
  expect(harness.webApi.calls.filter((call) => call.method.startsWith('chat.'))).toEqual([]);
}

describe('request signatures', () => {
  it('refuses a signature made with another secret', async () => {
    const body = slashCommandForm({ command: '/quote', text: 'x', response_url: harness.capture.url('forged') });
    const result = await postSigned(harness.eventsUrl, body, { secret: 'not-the-secret' });
    expect(result.status).toBe(401);
    await expectNoAnswer('forged');
  });

  it('refuses a body changed after signing', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signed = slashCommandForm({ command: '/quote', text: 'harmless', response_url: harness.capture.url('tampered') });
    const sent = slashCommandForm({ command: '/quote', text: '<!channel>', response_url: harness.capture.url('tampered') });
    const result = await postSigned(harness.eventsUrl, sent, { timestamp, signature: signature(SIGNING_SECRET, timestamp, signed) });
    expect(result.status).toBe(401);
    await expectNoAnswer('tampered');
  });

  it('refuses a correctly signed request older than five minutes (a replay)', async () => {
    const body = slashCommandForm({ command: '/quote', text: 'x', response_url: harness.capture.url('stale') });
    const result = await postSigned(harness.eventsUrl, body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(result.status).toBe(401);
    await expectNoAnswer('stale');
  });

  it('refuses a request with no signature', async () => {
    const body = slashCommandForm({ command: '/quote', text: 'x', response_url: harness.capture.url('unsigned') });
    const result = await postSigned(harness.eventsUrl, body, { signature: null });
    expect(result.status).toBe(401);
    await expectNoAnswer('unsigned');
  });

  it('accepts the same request signed properly', async () => {
    const body = slashCommandForm({ command: '/quote', text: 'x', response_url: harness.capture.url('good') });
    expect((await postSigned(harness.eventsUrl, body)).status).toBe(200);
    expect((await harness.capture.next('good')).body['response_type']).toBe('ephemeral');
  });
});
