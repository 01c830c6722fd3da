/**
 * A local stand-in for Slack's Socket Mode endpoint (wss://wss-primary.slack.com/link): greets
 * each connection with `hello`, sends envelopes on demand and records what the app sends back.
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { Arrivals } from '../../../support/arrivals.js';

export interface SocketMessage {
  data: Record<string, unknown>;
  /** performance.now() on arrival. */
  receivedAt: number;
}

export interface FakeSocketServer {
  readonly url: string;
  readonly received: SocketMessage[];
  readonly connections: number;
  /** Sends an envelope to the app; resolves when it is on the wire. */
  send(envelope: Record<string, unknown>): Promise<number>;
  /** The app's reply carrying `envelope_id` (its ack). */
  ackFor(envelopeId: string, timeoutMs?: number): Promise<SocketMessage>;
  close(): Promise<void>;
}

export async function startFakeSocketServer(): Promise<FakeSocketServer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const arrivals = new Arrivals<SocketMessage>();
  let current: WebSocket | undefined;
  let connections = 0;
  server.on('connection', (socket) => {
    connections += 1;
    current = socket;
    socket.on('message', (raw) => {
      arrivals.add({ data: JSON.parse(String(raw)) as Record<string, unknown>, receivedAt: performance.now() });
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-socket-mode', approximate_connection_time: 18060 }, connection_info: { app_id: 'A123456' } }));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake`,
    received: arrivals.items,
    get connections() {
      return connections;
    },
    send(envelope) {
      return new Promise((resolve, reject) => {
        if (!current) return reject(new Error('no Socket Mode client connected'));
        current.send(JSON.stringify(envelope), (error) => (error ? reject(error) : resolve(performance.now())));
      });
    },
    ackFor: (envelopeId, timeoutMs = 5000) => arrivals.next((message) => message.data['envelope_id'] === envelopeId, `ack for ${envelopeId}`, timeoutMs, false),
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
