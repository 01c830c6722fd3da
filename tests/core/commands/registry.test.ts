import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../../src/core/commands/handle.js';
import { optionsOf } from '../../../src/core/commands/options.js';
import { parseCommandLine } from '../../../src/core/commands/parseLine.js';
import { commands } from '../../../src/core/commands/registry.js';
import { seedContext } from '../../support/seedCorpus.js';

describe('the command registry', () => {
  it('holds every command once, with names and descriptions within Discord’s limits', () => {
    const names = commands.map((c) => c.name);
    expect(names).toEqual(['quote', 'who-said', 'quotes-by', 'figure', 'sources', 'context', 'help']);
    for (const command of commands) {
      expect(command.name).toMatch(/^[a-z][a-z-]{0,31}$/);
      expect(command.description.length, command.name).toBeLessThanOrEqual(100);
      for (const option of optionsOf(command)) {
        expect(option.name).toMatch(/^[a-z][a-z-]{0,31}$/);
        expect(option.description.length, `${command.name}.${option.name}`).toBeLessThanOrEqual(100);
      }
      expect(command.examples.length, command.name).toBeGreaterThan(0);
    }
  });

  it('gives examples that parse to their own command and answer without error on the bundled corpus', async () => {
    const context = await seedContext();
    for (const command of commands) {
      for (const example of command.examples) {
        const request = parseCommandLine(example, commands);
        expect(request.name, example).toBe(command.name);
        const answer = await handleCommand(request, context);
        expect('error' in answer ? answer.error : null, example).toBeNull();
      }
    }
  });

  it('lets help describe every command from the same definitions', async () => {
    const answer = await handleCommand({ name: 'help', args: {} }, await seedContext());
    expect('commands' in answer && answer.commands.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    const one = await handleCommand({ name: 'help', args: { command: '/quote' } }, await seedContext());
    expect(one).toMatchObject({ commands: [{ name: 'quote', usage: 'quote <words> [--source <string>] [--limit <integer>] [--page <integer>]' }] });
    expect(await handleCommand({ name: 'help', args: { command: 'nope' } }, await seedContext())).toMatchObject({ error: { code: 'unknown_command' } });
  });
});
