import { z } from 'zod';
import { defineCommand } from './definition.js';
import { findCommand, unknownCommand } from './handle.js';
import { optionsOf, usageOf } from './options.js';

export const helpCommand = defineCommand({
  name: 'help',
  description: 'How to use ibid: every command with an example.',
  args: z.object({
    command: z.string().trim().max(40).optional().describe('Only this command'),
  }),
  positional: 'command',
  examples: ['help', 'help quote'],
  run({ command }, { commands }) {
    const chosen = command ? findCommand(commands, command) : undefined;
    if (command && !chosen) return unknownCommand('help', command, commands);
    return {
      command: 'help',
      commands: (chosen ? [chosen] : commands).map((definition) => ({
        name: definition.name,
        description: definition.description,
        usage: usageOf(definition),
        options: optionsOf(definition).map(({ name, description, type, required, positional }) => ({ name, description, type, required, positional })),
        examples: definition.examples,
      })),
    };
  },
});
