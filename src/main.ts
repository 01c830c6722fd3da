/**
 * Start-up: parse the configuration once, then run what the credentials ask for. With chat
 * credentials, the bot (Discord, Slack or both in one process, sharing the HTTP server); with
 * none, the terminal adapter (interactive, one-shot or batch).
 */
import 'dotenv/config';
import { createBot } from './app/bot.js';
import { CorpusDirectoryError, LiveCorpus } from './app/corpus/liveCorpus.js';
import { createLogger } from './app/logger.js';
import { startServer } from './app/server.js';
import { onShutdownSignals } from './app/shutdown.js';
import { NOTHING_TO_DO, stdinKind } from './app/stdinKind.js';
import { parseTerminalArgs, UsageError } from './adapters/terminal/args.js';
import { runTerminal } from './adapters/terminal/terminal.js';
import { ConfigError, maxFileBytes, parseConfig, secretsOf, type Config } from './config/index.js';

async function terminal(config: Config, args: ReturnType<typeof parseTerminalArgs>, corpusDir: string): Promise<number> {
  const stdin = stdinKind();
  if (args.line.trim() === '' && stdin === 'none') {
    process.stderr.write(`${NOTHING_TO_DO}\n`);
    return 2;
  }
  // In the terminal, stdout belongs to answers; logs go to stderr and only say what matters.
  const logger = createLogger({ level: config.LOG_LEVEL ?? 'warn', pretty: true, secrets: secretsOf(config) });
  const live = new LiveCorpus({ dir: corpusDir, logger, snapshotDir: config.IBID_SNAPSHOT_DIR, maxFileBytes: maxFileBytes(config), worker: false });
  const bot = createBot({ corpus: await live.start(), logger });
  const color = args.color ?? (Boolean(process.stdout.isTTY) && !config.NO_COLOR && !args.json);
  return runTerminal(bot, { json: args.json, color, line: args.line, interactive: stdin === 'tty' }, process);
}

async function bot(config: Config, corpusDir: string): Promise<number> {
  const logger = createLogger({ level: config.LOG_LEVEL ?? 'info', pretty: config.NODE_ENV === 'development', secrets: secretsOf(config) });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception: exiting');
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  const signalled = new Promise<NodeJS.Signals>((resolve) => onShutdownSignals(resolve, logger));
  try {
    const first = await Promise.race([startServer({ config, corpusDir, logger, handleSignals: false }), signalled]);
    if (typeof first === 'string') {
      logger.info({ signal: first }, 'stopped before start-up finished');
      return 0;
    }
    const signal = await signalled;
    // Whatever hangs past the deadline (a library that will not close) does not keep ibid up.
    setTimeout(() => process.exit(1), config.IBID_SHUTDOWN_TIMEOUT_SECONDS * 1000 + 2000).unref();
    return await first.shutdown(signal);
  } catch (error) {
    if (error instanceof CorpusDirectoryError) throw error;
    const causes = error instanceof AggregateError ? error.errors : [error];
    for (const cause of causes) logger.fatal({ err: cause }, `ibid could not start: ${(cause as Error).message}`);
    return 1;
  }
}

async function main(): Promise<{ code: number; server: boolean }> {
  const args = parseTerminalArgs(process.argv.slice(2));
  const config = parseConfig(process.env);
  const corpusDir = args.corpus ?? config.IBID_CORPUS_DIR;
  if (config.adapters.terminal) return { code: await terminal(config, args, corpusDir), server: false };
  return { code: await bot(config, corpusDir), server: true };
}

main().then(
  ({ code, server }) => {
    process.exitCode = code;
    // A stopped server leaves its libraries' sockets and timers behind: nothing is left to wait for.
    if (server) process.exit(code);
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof UsageError || error instanceof CorpusDirectoryError;
    process.stderr.write(`${known ? (error as Error).message : `ibid failed to start: ${error instanceof Error ? error.stack : String(error)}`}\n`);
    process.exitCode = 2;
  },
);
