/**
 * Start-up: parse the configuration once, load and index the corpus, then start the adapters
 * the credentials ask for. With none, the terminal adapter answers (interactive, one-shot or batch).
 */
import 'dotenv/config';
import { createBot } from './app/bot.js';
import { CorpusDirectoryError, loadCorpusIndex } from './app/loadCorpusIndex.js';
import { createLogger } from './app/logger.js';
import { parseTerminalArgs, UsageError } from './adapters/terminal/args.js';
import { runTerminal } from './adapters/terminal/terminal.js';
import { ConfigError, parseConfig } from './config/index.js';

async function main(): Promise<number> {
  const args = parseTerminalArgs(process.argv.slice(2));
  const config = parseConfig(process.env);
  const corpusDir = args.corpus ?? config.IBID_CORPUS_DIR;
  // In the terminal, stdout belongs to answers; logs go to stderr and only say what matters.
  const terminalOnly = config.adapters.terminal;
  const logger = createLogger({
    level: config.LOG_LEVEL ?? (terminalOnly ? 'warn' : 'info'),
    pretty: terminalOnly || config.NODE_ENV === 'development',
  });
  const corpus = await loadCorpusIndex(corpusDir, logger);
  const bot = createBot({ corpus, logger });
  const color = args.color ?? (Boolean(process.stdout.isTTY) && !config.NO_COLOR && !args.json);
  return runTerminal(bot, { json: args.json, color, line: args.line, interactive: Boolean(process.stdin.isTTY) }, process);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof UsageError || error instanceof CorpusDirectoryError;
    process.stderr.write(`${known ? (error as Error).message : `ibid failed to start: ${error instanceof Error ? error.stack : String(error)}`}\n`);
    process.exitCode = 2;
  },
);
