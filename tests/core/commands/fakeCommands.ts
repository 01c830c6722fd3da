/** Small commands for testing the command machinery without a corpus. */
import { z } from 'zod';
import { defineCommand, type AnyCommand } from '../../../src/core/commands/definition.js';
import { limitArg, queryArg, sourceArg } from '../../../src/core/commands/sharedArgs.js';

export const echoCommand = defineCommand({
  name: 'echo',
  description: 'Says the words back.',
  args: z.object({ words: queryArg.describe('What to say'), source: sourceArg, limit: limitArg, loud: z.boolean().optional().describe('Shout') }),
  positional: 'words',
  examples: ['echo hello'],
  run: ({ words, limit }) => ({ command: 'quote', query: words, source: null, results: [], more: limit }),
});

export const boomCommand = defineCommand({
  name: 'boom',
  description: 'Always fails.',
  args: z.object({}),
  examples: ['boom'],
  run: () => {
    throw new Error('kaboom');
  },
});

export const testCommands = [echoCommand, boomCommand] as AnyCommand[];
