/**
 * The terminal adapter: one-shot (`ibid quote know your place`), interactive (a prompt when
 * stdin is a terminal) and batch (one command per line from a pipe). A thin `handle` around the bot.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../../core/answers.js';
import { isErrorAnswer } from '../../core/answers.js';
import type { Bot } from '../../app/bot.js';
import { renderAnswer } from './render.js';

export interface TerminalIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

export interface TerminalOptions {
  json: boolean;
  color: boolean;
  /** A command to answer once; '' reads commands from stdin. */
  line: string;
  /** Prompt interactively (stdin is a terminal) rather than read a batch. */
  interactive: boolean;
}

const ADAPTER = 'terminal';

function write(stream: Writable, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

function output(answer: Answer, options: TerminalOptions, io: TerminalIO): void {
  if (options.json) write(io.stdout, JSON.stringify(answer));
  else if (!isErrorAnswer(answer)) write(io.stdout, renderAnswer(answer, options));
  // Errors always reach stderr in words, so a script's log shows why it failed.
  if (isErrorAnswer(answer)) write(io.stderr, renderAnswer(answer, { color: options.color && !options.json }));
}

/** Answers one line; returns false when the answer was an error. */
async function answerLine(bot: Bot, line: string, options: TerminalOptions, io: TerminalIO): Promise<boolean> {
  const answer = await bot.handleLine(line, ADAPTER);
  output(answer, options, io);
  return !isErrorAnswer(answer);
}

function isBlankOrComment(line: string): boolean {
  return line.trim() === '' || line.trimStart().startsWith('#');
}

async function runBatch(bot: Bot, options: TerminalOptions, io: TerminalIO): Promise<number> {
  let failed = false;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (isBlankOrComment(line)) continue;
    if (!(await answerLine(bot, line, options, io))) failed = true;
  }
  return failed ? 1 : 0;
}

async function runInteractive(bot: Bot, options: TerminalOptions, io: TerminalIO): Promise<number> {
  const names = bot.commands.map((command) => command.name);
  const completer = (line: string): [string[], string] => {
    const hits = names.filter((name) => name.startsWith(line.replace(/^\//, '')));
    return [hits.length > 0 ? hits : names, line];
  };
  const rl = createInterface({ input: io.stdin, output: io.stdout, completer, terminal: true, historySize: 200 });
  const corpus = bot.corpus();
  write(io.stdout, `ibid: ${corpus.documents.length} documents, ${corpus.paragraphs.length} paragraphs. Type help, or quit to leave.`);
  rl.setPrompt('ibid> ');
  rl.prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (['quit', 'exit', '/quit', '/exit'].includes(trimmed)) break;
    if (!isBlankOrComment(trimmed)) {
      await answerLine(bot, trimmed, options, io);
      // A blank line keeps one answer from running into the next prompt.
      io.stdout.write('\n');
    }
    rl.prompt();
  }
  rl.close();
  return 0;
}

export async function runTerminal(bot: Bot, options: TerminalOptions, io: TerminalIO): Promise<number> {
  if (options.line.trim() !== '') return (await answerLine(bot, options.line, options, io)) ? 0 : 1;
  return options.interactive ? runInteractive(bot, options, io) : runBatch(bot, options, io);
}
