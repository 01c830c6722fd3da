/**
 * The real Bolt app, with Slack's side played by local fakes: a capture server for response_url,
 * a fake Web API for slackApiUrl and, in Socket Mode, a fake Socket Mode endpoint. In HTTP mode
 * the app is on the shared HTTP server at 127.0.0.1.
 */
import { createBot } from '../../../../src/app/bot.js';
import { createHttpServer, type HttpServer } from '../../../../src/app/httpServer.js';
import { silentLogger } from '../../../../src/app/logger.js';
import type { RateLimiter } from '../../../../src/app/rateLimiter.js';
import { createSlackApp, EVENTS_PATH, type SlackAdapter, type SlackAppOptions } from '../../../../src/adapters/slack/app.js';
import type { AnyCommand } from '../../../../src/core/commands/definition.js';
import type { CorpusIndex } from '../../../../src/core/corpusIndex.js';
import { commands as fixtureCommands, emptyCorpus } from '../fixtures/commands.js';
import { startCaptureServer, type CaptureServer } from './captureServer.js';
import { startFakeSocketServer, type FakeSocketServer } from './fakeSocketServer.js';
import { startFakeWebApi, type FakeWebApi } from './fakeWebApi.js';
import { SIGNING_SECRET } from './signing.js';

export const BOT_TOKEN = 'xoxb-0001-test-token';
export const APP_TOKEN = 'xapp-1-A123456-test';

export interface Harness {
  baseUrl: string;
  eventsUrl: string;
  capture: CaptureServer;
  webApi: FakeWebApi;
  adapter: SlackAdapter;
  http: HttpServer;
  close(): Promise<void>;
}

export interface HarnessOptions {
  commands?: readonly AnyCommand[];
  /** A real indexed corpus (with the real registry); the fixture commands need none. */
  corpus?: CorpusIndex;
  ephemeralByDefault?: boolean;
  rateLimiter?: RateLimiter;
  commandPrefix?: string;
  credentials?: SlackAppOptions['credentials'];
  extra?: Partial<SlackAppOptions>;
  /** Set up the fake Web API before the app starts (auth.test runs at start). */
  prepare?: (webApi: FakeWebApi) => void;
}

/** The app as every harness builds it; only the mode and the default credentials differ. */
function harnessAdapter(mode: SlackAppOptions['mode'], options: HarnessOptions, webApi: FakeWebApi, credentials: SlackAppOptions['credentials']): SlackAdapter {
  const logger = silentLogger();
  const bot = createBot({ corpus: options.corpus ?? emptyCorpus, logger, commands: options.commands ?? fixtureCommands });
  return createSlackApp({
    bot,
    logger,
    mode,
    credentials: options.credentials ?? credentials,
    commandPrefix: options.commandPrefix ?? '',
    ephemeralByDefault: options.ephemeralByDefault ?? true,
    ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
    clientOptions: { slackApiUrl: webApi.url, retryConfig: { retries: 0 } },
    ...options.extra,
  });
}

export async function startHttpHarness(options: HarnessOptions = {}): Promise<Harness> {
  const capture = await startCaptureServer();
  const webApi = await startFakeWebApi();
  options.prepare?.(webApi);
  const adapter = harnessAdapter('http', options, webApi, { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
  const http = createHttpServer(silentLogger());
  await adapter.start(http);
  const address = await http.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    baseUrl,
    eventsUrl: `${baseUrl}${EVENTS_PATH}`,
    capture,
    webApi,
    adapter,
    http,
    async close() {
      await adapter.stop();
      await http.close();
      await capture.close();
      await webApi.close();
    },
  };
}

export interface SocketHarness {
  socket: FakeSocketServer;
  webApi: FakeWebApi;
  capture: CaptureServer;
  adapter: SlackAdapter;
  close(): Promise<void>;
}

export interface SocketHarnessOptions extends HarnessOptions {
  /** A shared HTTP server to mount /slack/ on (the OAuth pages); the caller listens and closes it. */
  http?: HttpServer;
}

/** Socket Mode: apps.connections.open on the fake Web API hands out the fake socket server's ws:// URL. */
export async function startSocketHarness(options: SocketHarnessOptions = {}): Promise<SocketHarness> {
  const socket = await startFakeSocketServer();
  const webApi = await startFakeWebApi();
  webApi.handle('apps.connections.open', () => ({ ok: true, url: socket.url }));
  options.prepare?.(webApi);
  const capture = await startCaptureServer();
  const adapter = harnessAdapter('socket', options, webApi, { botToken: BOT_TOKEN, appToken: APP_TOKEN });
  await adapter.start(options.http);
  return {
    socket,
    webApi,
    capture,
    adapter,
    async close() {
      await adapter.stop();
      await socket.close();
      await webApi.close();
      await capture.close();
    },
  };
}
