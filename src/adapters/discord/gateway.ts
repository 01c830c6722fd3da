/**
 * The gateway bot: a real discord.js Client with only the Guilds intent (no privileged intents:
 * slash commands need none). Every interaction goes through the shared flow.
 */
import { Client, Events, GatewayIntentBits, Options, type ClientOptions, type Interaction, type RESTOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { Bot } from '../../app/bot.js';
import type { RateLimiter } from '../../app/rateLimiter.js';
import { incomingFromDiscordJs, discordJsResponder } from './discordJsTransport.js';
import { flowOptions, handleIncoming } from './flow.js';

export interface DiscordGatewayOptions {
  bot: Bot;
  logger: Logger;
  token: string;
  applicationId: string;
  /** Answers private unless shared (default true). */
  ephemeralByDefault?: boolean;
  rateLimiter: RateLimiter;
  deferAfterMs?: number;
  /** Tests point REST (and, through GET /gateway/bot, the gateway) at a local fake. */
  rest?: Partial<RESTOptions>;
  ws?: ClientOptions['ws'];
}

export interface DiscordGatewayHandle {
  readonly client: Client;
  /** True while the gateway session is up (false while reconnecting and after stop). */
  readonly ready: boolean;
  stop(): Promise<void>;
}

export async function startDiscordGateway(options: DiscordGatewayOptions): Promise<DiscordGatewayHandle> {
  const logger = options.logger.child({ adapter: 'discord' });
  const flow = flowOptions(options, logger);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    // Every interaction caches its user and clicked message; bounded so a busy server cannot grow memory without end.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 50,
      UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
    ...(options.rest ? { rest: options.rest } : {}),
    ...(options.ws ? { ws: options.ws } : {}),
  });

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const incoming = incomingFromDiscordJs(interaction);
    if (!incoming || !(interaction.isChatInputCommand() || interaction.isButton() || interaction.isAutocomplete())) return;
    handleIncoming(flow, incoming, discordJsResponder(interaction)).catch((error: unknown) => {
      // Usually an expired token (the 3 s or 15 min window passed): nothing left to answer.
      logger.error({ err: error, kind: incoming.kind }, 'discord: could not respond to an interaction');
    });
  });
  client.on(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, applicationId: options.applicationId }, 'discord: gateway ready'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'discord: gateway disconnected for good'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'discord: gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'discord: gateway resumed'));
  client.on(Events.ShardError, (error, shard) => logger.warn({ err: error, shard }, 'discord: gateway error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord: client error'));

  await client.login(options.token);
  return {
    client,
    get ready() {
      return client.isReady();
    },
    async stop() {
      await client.destroy();
    },
  };
}
