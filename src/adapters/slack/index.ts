/** The Slack adapter's entry points, for main.ts. */
import type { Logger } from 'pino';
import type { Bot } from '../../app/bot.js';
import type { HttpServer } from '../../app/httpServer.js';
import type { RateLimiter } from '../../app/rateLimiter.js';
import type { SlackSettings } from '../../config/slack.js';
import { createSlackApp, type SlackAdapter, type SlackAppOptions } from './app.js';

export { createSlackApp, EVENTS_PATH, type SlackAdapter, type SlackAppOptions, type SlackCredentials, type SlackMode } from './app.js';
export { FileInstallationStore } from './fileInstallationStore.js';
export { INSTALL_PATH, REDIRECT_PATH } from './oauth.js';

export interface StartSlackOptions {
  bot: Bot;
  logger: Logger;
  settings: SlackSettings;
  /** The shared server: Slack is mounted under /slack/ (events in HTTP mode, install pages with OAuth). */
  http: HttpServer;
  rateLimiter?: RateLimiter;
  /** Web API client options; tests point `slackApiUrl` at a local fake. */
  clientOptions?: SlackAppOptions['clientOptions'];
}

/** Builds the adapter from the configuration and starts it; `stop()` it on shutdown. */
export async function startSlack(options: StartSlackOptions): Promise<SlackAdapter> {
  const { settings } = options;
  const adapter = createSlackApp({
    bot: options.bot,
    logger: options.logger,
    mode: settings.mode,
    credentials: settings.credentials,
    commandPrefix: settings.commandPrefix,
    ephemeralByDefault: settings.ephemeralByDefault,
    installationDir: settings.installationDir,
    ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
    ...(options.clientOptions ? { clientOptions: options.clientOptions } : {}),
  });
  await adapter.start(options.http);
  return adapter;
}
