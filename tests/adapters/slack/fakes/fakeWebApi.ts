/**
 * A local stand-in for https://slack.com/api/: the Web API client's slackApiUrl points here,
 * so nothing reaches Slack. It records each call and answers the methods ibid uses.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Arrivals } from '../../../support/arrivals.js';

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  authorization: string | undefined;
}

export type ApiHandler = (params: Record<string, unknown>, call: ApiCall) => Record<string, unknown>;

export interface FakeWebApi {
  /** For `slackApiUrl`, ending in a slash. */
  readonly url: string;
  readonly calls: ApiCall[];
  handle(method: string, handler: ApiHandler): void;
  next(method: string, timeoutMs?: number): Promise<ApiCall>;
  close(): Promise<void>;
}

function parseBody(text: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(text || '{}') as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    // The client sends arrays and objects (blocks) as JSON strings inside the form.
    params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

export async function startFakeWebApi(): Promise<FakeWebApi> {
  const arrivals = new Arrivals<ApiCall>();
  const handlers = new Map<string, ApiHandler>([
    ['auth.test', () => ({ ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'ibid', team_id: 'T0001', user_id: 'UBOT', bot_id: 'BBOT' })],
    ['chat.postMessage', (p) => ({ ok: true, channel: p['channel'], ts: '1700000000.000100' })],
    ['chat.postEphemeral', () => ({ ok: true, message_ts: '1700000000.000200' })],
  ]);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?', 1)[0] ?? '';
      const params = parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
      const call: ApiCall = { method, params, authorization: req.headers.authorization };
      const handler = handlers.get(method);
      const body = handler ? handler(params, call) : { ok: false, error: 'unknown_method' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      arrivals.add(call);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    calls: arrivals.items,
    handle: (method, handler) => void handlers.set(method, handler),
    next: (method, timeoutMs = 5000) => arrivals.next((call) => call.method === method, `${method} call`, timeoutMs),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
