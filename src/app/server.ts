/**
 * ibid as a long-running bot: one HTTP server (health, Slack, Discord's interactions endpoint),
 * the corpus indexed in the background and watched, the chat adapters, and a graceful shutdown.
 * The HTTP server listens first, so /healthz answers while a large corpus is still indexing.
 */
import type { Logger } from 'pino';
import { maxFileBytes, type Config } from '../config/index.js';
import type { AnyCommand } from '../core/commands/definition.js';
import { createBot, type Bot } from './bot.js';
import { startChatAdapters, type AdapterStarters, type RunningAdapter } from './chatAdapters.js';
import { LiveCorpus } from './corpus/liveCorpus.js';
import { watchCorpus, type CorpusWatcher } from './corpus/watch.js';
import { mountHealth, Readiness } from './health.js';
import { createHttpServer } from './httpServer.js';
import { InFlight } from './inFlight.js';
import { RateLimiter } from './rateLimiter.js';
import { onShutdownSignals, shutDown } from './shutdown.js';

export interface ServerOptions {
  config: Config;
  corpusDir: string;
  logger: Logger;
  /** Shut down on SIGTERM/SIGINT (default true; tests call shutdown() instead). */
  handleSignals?: boolean;
  /** Tests only: another command registry, other adapter starters (pointed at local fakes). */
  commands?: readonly AnyCommand[];
  starters?: Partial<AdapterStarters>;
}

export interface RunningServer {
  port: number;
  bot: Bot;
  corpus: LiveCorpus;
  /** Runs the graceful shutdown once (later calls get the same result): the exit code. */
  shutdown(reason: string): Promise<number>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { config, corpusDir, logger } = options;
  const readiness = new Readiness();
  const http = createHttpServer(logger);
  mountHealth(http, readiness);
  const inFlight = new InFlight();
  inFlight.watchOutgoing();

  let bot: Bot | null = null;
  const live = new LiveCorpus({ dir: corpusDir, logger, snapshotDir: config.IBID_SNAPSHOT_DIR, maxFileBytes: maxFileBytes(config), worker: true, onSwap: (index) => bot?.replaceCorpus(index) });
  readiness.add('corpus', () => (live.index ? { ready: true, detail: `${live.index.documents.length} documents` } : { ready: false, detail: 'indexing' }));
  const address = await http.listen(config.PORT, config.HOST);
  logger.info({ host: config.HOST, port: address.port }, 'HTTP server listening (/healthz, /readyz)');

  let adapters: RunningAdapter[] = [];
  try {
    const corpus = await live.start();
    bot = inFlight.track(createBot({ corpus, logger, ...(options.commands ? { commands: options.commands } : {}) }));
    const rateLimiter = new RateLimiter({ burst: config.IBID_RATE_LIMIT_BURST, perMinute: config.IBID_RATE_LIMIT_PER_MINUTE });
    adapters = await startChatAdapters(config, { bot, logger, http, rateLimiter }, options.starters);
    for (const adapter of adapters) readiness.add(adapter.name, () => adapter.state());
  } catch (error) {
    await http.close();
    inFlight.stopWatching();
    throw error;
  }
  let watcher: CorpusWatcher | null = null;
  if (config.IBID_WATCH) {
    watcher = watchCorpus(corpusDir, { debounceMs: config.IBID_WATCH_DEBOUNCE_MS, pollSeconds: config.IBID_WATCH_POLL_SECONDS, logger, onChange: (why) => void live.reload(why) });
  }
  logger.info({ adapters: adapters.map((adapter) => adapter.name), watching: config.IBID_WATCH }, 'ibid is ready');

  let stopping: Promise<number> | null = null;
  const shutdown = (reason: string): Promise<number> => {
    stopping ??= shutDown(
      {
        stopIntake: [
          { name: 'readiness', run: () => readiness.drain() },
          { name: 'corpus watch', run: () => watcher?.close() },
          ...adapters.map((adapter) => ({ name: adapter.name, run: () => adapter.stopIntake() })),
        ],
        drain: async (deadlineMs) => {
          const until = Date.now() + deadlineMs;
          // Requests already received (Discord's HTTP interactions wait for their answer) finish first.
          await http.drain(deadlineMs);
          // A reload still running is abandoned with its worker thread: the next start redoes it.
          return inFlight.waitIdle(Math.max(0, until - Date.now()));
        },
        close: [{ name: 'outgoing watch', run: () => inFlight.stopWatching() }],
      },
      logger,
      config.IBID_SHUTDOWN_TIMEOUT_SECONDS * 1000,
      reason,
    );
    return stopping;
  };
  if (options.handleSignals ?? true) onShutdownSignals((signal) => void shutdown(signal), logger);
  return { port: address.port, bot, corpus: live, shutdown };
}
