/**
 * A small Discord on 127.0.0.1 for end-to-end tests: the REST routes ibid uses and a gateway
 * WebSocket speaking enough of the protocol (HELLO, IDENTIFY → READY, heartbeat → ACK,
 * RESUME → RESUMED, dispatches) for the real discord.js Client. Nothing reaches discord.com.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { Arrivals } from '../../../support/arrivals.js';

export interface RecordedRequest {
  method: string;
  /** Path without the /api/v10 prefix, e.g. /interactions/1/tok/callback. */
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}


export interface FakeDiscordOptions {
  applicationId: string;
  botUserId: string;
  /** Short, so tests see heartbeats without waiting 41 s. */
  heartbeatIntervalMs?: number;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}

export class FakeDiscord {
  readonly requests = new Arrivals<RecordedRequest>();
  /** Frames the client sent over the gateway. */
  readonly received = new Arrivals<GatewayFrame>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  private seq = 0;
  private messageIds = 0;
  readonly sessionId = 'fake-session-1';
  port = 0;

  constructor(readonly options: FakeDiscordOptions) {}

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        if (body === undefined) res.writeHead(status).end();
        else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    });
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.onConnection(socket));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => this.wss?.close(() => resolve()) ?? resolve());
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A message object as Discord returns it after a webhook send or edit. */
  private message(body: Record<string, unknown>): Record<string, unknown> {
    return {
      id: String(900000000000000000n + BigInt(++this.messageIds)),
      type: 20,
      channel_id: '1345046959593095214',
      content: body['content'] ?? '',
      embeds: ((body['embeds'] as object[] | undefined) ?? []).map((embed) => ({ type: 'rich', content_scan_version: 0, ...embed })),
      components: body['components'] ?? [],
      flags: body['flags'] ?? 0,
      author: { id: this.options.botUserId, username: 'ibid', discriminator: '0', global_name: null, avatar: null, bot: true },
      webhook_id: this.options.applicationId,
      application_id: this.options.applicationId,
      timestamp: new Date(0).toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
    };
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body?: unknown }> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const body = await readJson(req).catch(() => undefined);
    const method = req.method ?? 'GET';
    this.requests.add({ method, path, query: url.searchParams, body });
    if (method === 'GET' && path === '/gateway/bot') {
      return { status: 200, body: { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    const webhook = /^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path);
    if (webhook && (method === 'PATCH' || method === 'POST')) return { status: 200, body: this.message((body ?? {}) as Record<string, unknown>) };
    if (webhook && method === 'DELETE') return { status: 204 };
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return { status: 200, body: (body as object[]).map((command, i) => ({ id: String(1409514738479665300n + BigInt(i)), application_id: this.options.applicationId, version: '1', ...command })) };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private send(frame: GatewayFrame): void {
    this.socket?.send(JSON.stringify(frame));
  }

  private onConnection(socket: WebSocket): void {
    this.socket = socket;
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as GatewayFrame;
      this.received.add(frame);
      if (frame.op === 1) this.send({ op: 11, d: null });
      if (frame.op === 2) this.dispatch('READY', this.ready());
      if (frame.op === 6) this.dispatch('RESUMED', {});
    });
    this.send({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 45_000 } });
  }

  private ready(): Record<string, unknown> {
    return {
      v: 10,
      user: { id: this.options.botUserId, username: 'ibid', discriminator: '0', global_name: null, avatar: null, bot: true, verified: true, flags: 0, mfa_enabled: false },
      guilds: [],
      session_id: this.sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: { id: this.options.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
    };
  }

  dispatch(event: string, data: unknown): void {
    this.send({ op: 0, t: event, s: ++this.seq, d: data });
  }

  /** How a deferred answer arrives: the edit of the interaction's original response, through the webhook route. */
  originalEdit(token: string): Promise<RecordedRequest> {
    const path = `/webhooks/${this.options.applicationId}/${token}/messages/@original`;
    return this.requests.next((r) => r.method === 'PATCH' && r.path === path, `PATCH ${path}`);
  }

  /** Drop the connection the way Discord does when it wants a resume (e.g. 4000, unknown error). */
  disconnect(code: number): void {
    this.socket?.close(code, 'fake Discord closed the connection');
  }
}
