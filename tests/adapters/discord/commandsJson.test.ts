import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { toChoices } from '../../../src/adapters/discord/autocomplete.js';
import { CommandDefinitionError, slashCommand, slashCommands } from '../../../src/adapters/discord/commandsJson.js';
import { defineCommand, type AnyCommand } from '../../../src/core/commands/definition.js';
import { commands } from '../../../src/core/commands/registry.js';

describe('slash commands generated from the registry', () => {
  const json = slashCommands(commands);

  it('has one slash command per registry command, in order', () => {
    expect(json.map((command) => command.name)).toEqual(commands.map((command) => command.name));
  });

  it('stays within Discord limits: names ≤ 32, descriptions ≤ 100, options ≤ 25', () => {
    for (const command of json) {
      expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.options!.length).toBeLessThanOrEqual(25);
      for (const option of command.options ?? []) {
        expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('lists required options first, as Discord demands', () => {
    for (const command of json) {
      const required = (command.options ?? []).map((option) => Boolean(option.required));
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it('types options and carries their bounds and autocomplete', () => {
    const quote = json.find((command) => command.name === 'quote')!;
    expect(quote.options).toContainEqual({ name: 'words', description: 'Words you remember from the passage (typos are fine)', required: true, type: 3, max_length: 1000 });
    expect(quote.options).toContainEqual({ name: 'limit', description: 'How many results (1-10, default 3)', required: false, type: 4, min_value: 1, max_value: 10 });
    expect(quote.options).toContainEqual(expect.objectContaining({ name: 'source', type: 3, autocomplete: true }));
    // Every option a command completes is marked for autocomplete, and no other.
    for (const definition of commands) {
      const generated = json.find((command) => command.name === definition.name)!;
      const flagged = (generated.options ?? []).filter((option) => 'autocomplete' in option && option.autocomplete).map((option) => option.name);
      expect(flagged.sort()).toEqual(Object.keys(definition.complete ?? {}).sort());
    }
  });

  it('refuses a definition Discord would reject, naming it', () => {
    const long = defineCommand({ name: 'wordy', description: 'x'.repeat(101), args: z.object({}), examples: [], run: () => ({ command: 'help', commands: [] }) });
    expect(() => slashCommand(long as AnyCommand)).toThrow(CommandDefinitionError);
    expect(() => slashCommand(long as AnyCommand)).toThrow(/wordy/);
    const badOption = defineCommand({ name: 'ok', description: 'Fine.', args: z.object({ Bad: z.string().describe('x') }), examples: [], run: () => ({ command: 'help', commands: [] }) });
    expect(() => slashCommand(badOption as AnyCommand)).toThrow(/ok\.Bad/);
  });
});

describe('autocomplete choices', () => {
  it('offers at most 25 distinct choices of at most 100 characters', () => {
    const values = [...Array.from({ length: 40 }, (_, i) => `Source ${i}`), 'Source 1', 'y'.repeat(150), '  '];
    const choices = toChoices(values);
    expect(choices.length).toBe(25);
    expect(new Set(choices.map((choice) => choice.value)).size).toBe(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(toChoices(['y'.repeat(150)])[0]!.value).toBe(`${'y'.repeat(99)}…`);
    expect(toChoices(['  ', ''])).toEqual([]);
  });

  it('shows mentions in choice names inertly', () => {
    expect(toChoices(['@everyone news'])[0]!.name).not.toMatch(/@everyone/);
  });
});
