import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../../src/core/commands/handle.js';
import type { CommandContext } from '../../../src/core/commands/definition.js';
import type { CorpusIndex } from '../../../src/core/corpusIndex.js';
import { testCommands } from './fakeCommands.js';

const context: CommandContext = { corpus: {} as CorpusIndex, commands: testCommands };

describe('handleCommand', () => {
  it('validates and coerces arguments before running', async () => {
    expect(await handleCommand({ name: 'echo', args: { words: '  hi  ', limit: '4' } }, context)).toMatchObject({ query: 'hi', more: 4 });
  });

  it('turns bad arguments into one clear error listing every problem', async () => {
    const answer = await handleCommand({ name: 'echo', args: { words: '   ', limit: '99' } }, context);
    expect(answer).toMatchObject({ command: 'echo', error: { code: 'invalid_arguments' } });
    expect('error' in answer && answer.error.details).toEqual(['words: needs some words to look for', 'limit: must be at most 10']);
  });

  it('refuses a 10 KB query with a clear message instead of searching', async () => {
    const answer = await handleCommand({ name: 'echo', args: { words: 'x'.repeat(10_240) } }, context);
    expect('error' in answer && answer.error.message).toContain('too long');
  });

  it('names the commands when one is unknown', async () => {
    const answer = await handleCommand({ name: 'nope', args: {} }, context);
    expect(answer).toMatchObject({ error: { code: 'unknown_command' } });
    expect('error' in answer && answer.error.message).toContain('echo, boom');
  });

  it('reports free text typed to a command that takes none, instead of dropping it', async () => {
    const answer = await handleCommand({ name: 'boom', args: {}, unexpected: 'right now' }, context);
    expect(answer).toMatchObject({ command: 'boom', error: { code: 'invalid_arguments', message: 'boom takes no free text ("right now").' } });
  });

  it('never throws: a failing command becomes an internal error answer', async () => {
    const answer = await handleCommand({ name: 'boom', args: {} }, context);
    expect(answer).toEqual({ command: 'boom', error: { code: 'internal', message: 'Something went wrong while answering boom.', details: ['kaboom'] } });
  });
});
