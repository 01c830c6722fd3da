/**
 * Socket Mode end to end: apps.connections.open on the fake Web API hands out the fake
 * WebSocket server's ws:// URL; Slack's side sends hello, then a slash command envelope.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpServer } from '../../../src/app/httpServer.js';
import { silentLogger } from '../../../src/app/logger.js';
import { buttonsOf, expectPrivateQuoteAnswer, textsOf } from './blockChecks.js';
import { APP_TOKEN, startSocketHarness, type SocketHarness, type SocketHarnessOptions } from './fakes/harness.js';
import { blockActionsPayload, socketSlashCommandEnvelope } from './fixtures/payloads.js';

let running: SocketHarness | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(options?: SocketHarnessOptions): Promise<SocketHarness> {
  running = await startSocketHarness(options);
  return running;
}

describe('Slack over Socket Mode', () => {
  it('opens the connection with the app-level token, then answers a slash command envelope after acking it', async () => {
    const { socket, webApi, capture } = await start();
    const open = webApi.calls.find((call) => call.method === 'apps.connections.open');
    expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(socket.connections).toBe(1);
    // Readiness (/readyz) reads the socket's own state.
    expect(running!.adapter.state()).toEqual({ ready: true, detail: 'socket mode connected' });

    const sentAt = await socket.send(socketSlashCommandEnvelope('env-1', { command: '/quote', text: 'know your place', response_url: capture.url('sock') }));
    const ack = await socket.ackFor('env-1');
    const answer = await capture.next('sock');
    console.log(`Socket Mode ack ${(ack.receivedAt - sentAt).toFixed(1)} ms after the envelope; answer ${(answer.receivedAt - ack.receivedAt).toFixed(1)} ms after the ack`);
    expect(ack.data).toEqual({ envelope_id: 'env-1', payload: {} });
    expectPrivateQuoteAnswer(ack.receivedAt, answer, 'know your place');
  });

  it('reports not ready once the socket is closed', async () => {
    const { adapter } = await start();
    await adapter.stop();
    expect(adapter.state().ready).toBe(false);
  });

  it('handles a button click envelope the same way as over HTTP', async () => {
    const { socket, capture } = await start();
    await socket.send(socketSlashCommandEnvelope('env-2', { command: '/quote', text: 'know your place', response_url: capture.url('first') }));
    const share = buttonsOf((await capture.next('first')).body['blocks'] as unknown[]).find((b) => b.label === 'Share to channel')!;
    await socket.send({ envelope_id: 'env-3', type: 'interactive', accepts_response_payload: false, payload: blockActionsPayload({ actionId: share.actionId, value: share.value, responseUrl: capture.url('shared') }) });
    expect((await socket.ackFor('env-3')).data['envelope_id']).toBe('env-3');
    const shared = await capture.next('shared');
    expect(shared.body['response_type']).toBe('in_channel');
    expect(textsOf(shared.body['blocks'] as unknown[])[0]).toBe('Shared by *steve*');
  });

  it('serves the OAuth install page from the shared HTTP server, since Socket Mode has no HTTP of its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ibid-socket-oauth-'));
    const http = createHttpServer(silentLogger());
    try {
      const { socket } = await start({
        credentials: { appToken: APP_TOKEN, oauth: { clientId: '1.2', clientSecret: 'secret', stateSecret: 'state-secret-at-least-16' } },
        extra: { installationDir: dir },
        http,
      });
      const { port } = await http.listen(0, '127.0.0.1');
      const page = await fetch(`http://127.0.0.1:${port}/slack/install`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('slack.com/oauth/v2/authorize?');
      expect(socket.connections).toBe(1);
    } finally {
      await http.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
