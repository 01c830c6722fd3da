import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminal, type TerminalIO, type TerminalOptions } from '../../../src/adapters/terminal/terminal.js';
import { createBot } from '../../../src/app/bot.js';
import { silentLogger } from '../../../src/app/logger.js';
import { AnswerSchema } from '../../../src/core/answers.js';
import { seedCorpusIndex } from '../../support/seedCorpus.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Drives the terminal adapter with in-memory streams and the real bot over the bundled corpus. */
async function run(options: Partial<TerminalOptions>, input: string[] = []): Promise<Run> {
  const bot = createBot({ corpus: await seedCorpusIndex(), logger: silentLogger() });
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const io: TerminalIO = { stdin, stdout, stderr };
  const done = runTerminal(bot, { json: false, color: false, line: '', interactive: false, ...options }, io);
  for (const line of input) stdin.write(`${line}\n`);
  stdin.end();
  const code = await done;
  return { code, stdout: out, stderr: err };
}

describe('terminal adapter', () => {
  it('answers one command and prints a readable, cited answer', async () => {
    const result = await run({ line: 'quote know your place' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('know your place');
    expect(result.stdout).toContain('Spartacist Canada No. 191 · Imperialist Bloodbath in Mosul · Spring/Summer 2017 · ¶17');
    expect(result.stderr).toBe('');
  });

  it('prints exactly one JSON document that matches the answer schema with --json', async () => {
    const result = await run({ line: '/quote know your place', json: true });
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = AnswerSchema.parse(JSON.parse(lines[0]!));
    expect(answer).toMatchObject({ command: 'quote', query: 'know your place' });
  });

  it('fails with a non-zero code and a clear message on stderr', async () => {
    const result = await run({ line: 'quote' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('needs some words to look for');
    const json = await run({ line: 'frobnicate', json: true });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'unknown_command' } });
    expect(json.stderr).toContain('There is no command "frobnicate"');
  });

  it('answers a batch in order, one JSON document per line, skipping blanks and comments', async () => {
    const result = await run({ json: true }, ['sources', '', '# a comment', 'quote hospital airstrike', 'who-said know your place']);
    const answers = result.stdout.trim().split('\n').map((line) => AnswerSchema.parse(JSON.parse(line)));
    expect(answers.map((a) => a.command)).toEqual(['sources', 'quote', 'who-said']);
    expect(result.code).toBe(0);
  });

  it('keeps going after a bad line in a batch, and reports the failure in its exit code', async () => {
    const result = await run({}, ['quote', 'sources']);
    expect(result.stdout).toContain('spartacist-canada-191-imperialist-bloodbath-in-mosul');
    expect(result.stderr).toContain('needs some words');
    expect(result.code).toBe(1);
  });

  it('runs an interactive prompt until quit, with or without a leading slash', async () => {
    const result = await run({ interactive: true }, ['help quote', '/sources', 'quit', 'sources']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ibid: 5 documents');
    expect(result.stdout).toContain('ibid> ');
    expect(result.stdout).toContain('quote <words>');
    // "quit" ends the session: the sources after it are never answered, so the list appears once.
    expect(result.stdout.match(/spartacist-canada-191-imperialist-bloodbath-in-mosul \(/g)).toHaveLength(1);
  });

  it('highlights matched words with colour only when asked', async () => {
    const plain = await run({ line: 'quote know your place' });
    const coloured = await run({ line: 'quote know your place', color: true });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(coloured.stdout).toContain('\u001b[1m\u001b[33mknow');
  });
});
