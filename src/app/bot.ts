/**
 * The whole bot without any platform: the current corpus, the command registry and one
 * `handle` that every adapter feeds. Tests drive it directly, like Errbot's test backend.
 */
import type { Logger } from 'pino';
import type { Answer } from '../core/answers.js';
import { isErrorAnswer } from '../core/answers.js';
import type { AnyCommand, CommandContext } from '../core/commands/definition.js';
import { handleCommand } from '../core/commands/handle.js';
import { parseCommandLine, type CommandRequest } from '../core/commands/parseLine.js';
import { commands as registry } from '../core/commands/registry.js';
import type { CorpusIndex } from '../core/corpusIndex.js';

export interface Bot {
  readonly commands: readonly AnyCommand[];
  /** The corpus answering now; a reload replaces it between commands. */
  corpus(): CorpusIndex;
  replaceCorpus(next: CorpusIndex): void;
  /** Structured arguments, as chat platforms deliver them. */
  handle(request: CommandRequest, adapter: string): Promise<Answer>;
  /** A typed line, as the terminal and Slack's text deliver it. */
  handleLine(line: string, adapter: string): Promise<Answer>;
}

/** How many results an answer carries, for the one log line per command. */
function resultCount(answer: Answer): number {
  if (isErrorAnswer(answer)) return 0;
  if ('results' in answer) return answer.results.length;
  if ('sources' in answer) return answer.sources.length;
  if ('paragraphs' in answer) return answer.paragraphs.length;
  return answer.commands.length;
}

export function createBot(options: { corpus: CorpusIndex; logger: Logger; commands?: readonly AnyCommand[] }): Bot {
  let current = options.corpus;
  const commands = options.commands ?? registry;
  const logger = options.logger;

  async function handle(request: CommandRequest, adapter: string): Promise<Answer> {
    const started = performance.now();
    const context: CommandContext = { corpus: current, commands };
    const answer = await handleCommand(request, context);
    // An unknown command's "name" is whatever was typed first: it stays out of the log like the query.
    const command = isErrorAnswer(answer) && answer.error.code === 'unknown_command' ? '(unknown)' : answer.command;
    const fields = { command, adapter, latencyMs: Math.round((performance.now() - started) * 10) / 10, results: resultCount(answer) };
    // The query text stays out of info-level logs: people search their reading, not for the log's reader.
    if (isErrorAnswer(answer)) logger.warn({ ...fields, error: answer.error.code, details: answer.error.details }, 'command failed');
    else logger.info(fields, 'command answered');
    logger.debug({ command: answer.command, adapter, args: request.args }, 'command arguments');
    return answer;
  }

  return {
    commands,
    corpus: () => current,
    replaceCorpus(next) {
      current = next;
    },
    handle,
    handleLine: (line, adapter) => handle(parseCommandLine(line, commands), adapter),
  };
}
