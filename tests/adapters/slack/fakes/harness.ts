/**
 * The real Bolt app on the shared HTTP server at 127.0.0.1, with Slack's side played by local
 * fakes: a capture server for response_url and a fake Web API for slackApiUrl.
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
import { startFakeWebApi, type FakeWebApi } from './fakeWebApi.js';
import { SIGNING_SECRET } from './signing.js';

export const BOT_TOKEN = 'xoxb-0001-test-token';

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

export async function startHttpHarness(options: HarnessOptions = {}): Promise<Harness> {
  const logger = silentLogger();
  const capture = await startCaptureServer();
  const webApi = await startFakeWebApi();
  options.prepare?.(webApi);
  const bot = createBot({ corpus: options.corpus ?? emptyCorpus, logger, commands: options.commands ?? fixtureCommands });
  const adapter = createSlackApp({
    bot,
    logger,
    mode: 'http',
    credentials: options.credentials ?? { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET },
    commandPrefix: options.commandPrefix ?? '',
    ephemeralByDefault: options.ephemeralByDefault ?? true,
    ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
    clientOptions: { slackApiUrl: webApi.url, retryConfig: { retries: 0 } },
    ...options.extra,
  });
  const http = createHttpServer(logger);
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
