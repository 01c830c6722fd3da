/**
 * Starts the chat adapters the configuration asks for, each through its own entry point, and
 * wraps them alike for readiness (/readyz asks each for its state) and shutdown (stop intake).
 */
import type { Logger } from 'pino';
import { createDiscordInteractionsHandler, DISCORD_INTERACTIONS_PATH, startDiscordGateway } from '../adapters/discord/index.js';
import { startSlack } from '../adapters/slack/index.js';
import type { Config } from '../config/index.js';
import { discordGatewayEnabled, discordHttpEnabled } from '../config/discord.js';
import { slackSettings } from '../config/slack.js';
import type { Bot } from './bot.js';
import type { CheckState } from './health.js';
import type { HttpServer } from './httpServer.js';
import type { RateLimiter } from './rateLimiter.js';

export interface RunningAdapter {
  name: string;
  state(): CheckState;
  /** Take no more commands (disconnect a gateway or socket); answers in flight still go out. */
  stopIntake(): Promise<void>;
}

/** How each platform is started: the adapters' own entry points (tests swap in ones aimed at local fakes). */
export interface AdapterStarters {
  slack: typeof startSlack;
  discordGateway: typeof startDiscordGateway;
}

const DEFAULT_STARTERS: AdapterStarters = { slack: startSlack, discordGateway: startDiscordGateway };

export interface AdapterDeps {
  bot: Bot;
  logger: Logger;
  http: HttpServer;
  rateLimiter: RateLimiter;
}

async function startSlackAdapter(config: Config, deps: AdapterDeps, start: AdapterStarters['slack']): Promise<RunningAdapter> {
  const settings = slackSettings(config);
  const adapter = await start({ ...deps, settings });
  return { name: 'slack', state: () => adapter.state(), stopIntake: () => adapter.stop() };
}

async function startDiscordGatewayAdapter(config: Config, deps: AdapterDeps, start: AdapterStarters['discordGateway']): Promise<RunningAdapter> {
  const handle = await start({
    bot: deps.bot,
    logger: deps.logger,
    token: config.DISCORD_TOKEN!,
    applicationId: config.DISCORD_APPLICATION_ID!,
    ephemeralByDefault: config.DISCORD_EPHEMERAL,
    rateLimiter: deps.rateLimiter,
  });
  let stopped = false;
  return {
    name: 'discord-gateway',
    state: () => (handle.ready ? { ready: true, detail: 'gateway connected' } : { ready: false, detail: stopped ? 'stopped' : 'gateway reconnecting' }),
    stopIntake: async () => {
      stopped = true;
      await handle.stop();
    },
  };
}

function mountDiscordHttp(config: Config, deps: AdapterDeps): RunningAdapter {
  const handler = createDiscordInteractionsHandler({ bot: deps.bot, logger: deps.logger, publicKey: config.DISCORD_PUBLIC_KEY!, ephemeralByDefault: config.DISCORD_EPHEMERAL, rateLimiter: deps.rateLimiter });
  deps.http.route(DISCORD_INTERACTIONS_PATH, handler);
  // Served by the shared HTTP server: ready while it listens; intake stops when it closes.
  return { name: 'discord-http', state: () => ({ ready: deps.http.server.listening, detail: DISCORD_INTERACTIONS_PATH }), stopIntake: async () => undefined };
}

/** Starts every configured adapter; if one fails, the ones already started are stopped and the error is thrown. */
export async function startChatAdapters(config: Config, deps: AdapterDeps, starters: Partial<AdapterStarters> = {}): Promise<RunningAdapter[]> {
  const start = { ...DEFAULT_STARTERS, ...starters };
  const starting: Promise<RunningAdapter>[] = [];
  if (config.adapters.discord && discordHttpEnabled(config)) starting.push(Promise.resolve(mountDiscordHttp(config, deps)));
  if (config.adapters.discord && discordGatewayEnabled(config)) starting.push(startDiscordGatewayAdapter(config, deps, start.discordGateway));
  if (config.adapters.slack) starting.push(startSlackAdapter(config, deps, start.slack));
  const settled = await Promise.allSettled(starting);
  const started = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason as Error] : []));
  if (failed.length > 0) {
    await Promise.allSettled(started.map((adapter) => adapter.stopIntake()));
    throw new AggregateError(failed, failed.map((error) => error.message).join('; '));
  }
  return started;
}
