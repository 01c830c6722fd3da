import { describe, expect, it } from 'vitest';
import { SlashCommandTable } from '../../../src/adapters/slack/slashCommands.js';
import { commands } from './fixtures/commands.js';

describe('SlashCommandTable', () => {
  it('gives every registry command its own slash command except help and context, which /ibid takes', () => {
    const table = new SlashCommandTable(commands, '');
    expect(table.entries.map((entry) => entry.slash)).toEqual(['/quote', '/who-said', '/sources', '/boom', '/ibid']);
    expect(table.find('/IBID')?.command).toBeNull();
    expect(table.slashFor('quote')).toBe('/quote');
    expect(table.slashFor('context')).toBe('/ibid context');
  });

  it('prefixes every name, the umbrella included, and rewrites examples to match', () => {
    const table = new SlashCommandTable(commands, 'lib-');
    expect(table.umbrella).toBe('/lib-ibid');
    expect(table.exampleLine('quote know your place --limit 2')).toBe('/lib-quote know your place --limit 2');
    expect(table.exampleLine('help quote')).toBe('/lib-ibid help quote');
  });

  it('refuses a prefix that makes a name Slack would reject', () => {
    expect(() => new SlashCommandTable(commands, 'Big Prefix')).toThrow(/not a valid Slack command name/);
    expect(() => new SlashCommandTable(commands, 'x'.repeat(25))).toThrow(/at most 32 characters/);
  });
});
