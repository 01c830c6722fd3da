import { describe, expect, it } from 'vitest';
import { commandNameOf, parseArguments, parseCommandLine, tokenize } from '../../../src/core/commands/parseLine.js';
import { echoCommand, testCommands } from './fakeCommands.js';

describe('parseCommandLine', () => {
  it('takes the name with or without a slash, and the free text as the positional option', () => {
    expect(parseCommandLine('/ECHO know your place', testCommands)).toEqual({ name: 'echo', args: { words: 'know your place' } });
    expect(parseCommandLine('echo know your place', testCommands)).toEqual({ name: 'echo', args: { words: 'know your place' } });
  });

  it('reads --flag value, --flag=value and name:value for known options only', () => {
    expect(parseArguments(echoCommand, 'hospital airstrike --source "Socialist Worker" --limit 2').args).toEqual({ words: 'hospital airstrike', source: 'Socialist Worker', limit: '2' });
    expect(parseArguments(echoCommand, 'hospital --limit=4 source:revolution').args).toEqual({ words: 'hospital', limit: '4', source: 'revolution' });
    // "note:" is not an option, so it stays part of the query.
    expect(parseArguments(echoCommand, 'note: this --loud').args).toEqual({ words: 'note: this', loud: true });
  });

  it('keeps quoted groups together and drops the quote marks', () => {
    expect(tokenize('a "b c" “d e” f')).toEqual(['a', 'b c', 'd e', 'f']);
  });

  it('passes unknown commands through for the handler to report', () => {
    expect(parseCommandLine('  frobnicate x ', testCommands)).toEqual({ name: 'frobnicate', args: {} });
    expect(commandNameOf('')).toBe('');
  });

  it('marks free text for a command that takes none', () => {
    expect(parseCommandLine('boom now', testCommands)).toEqual({ name: 'boom', args: {}, unexpected: 'now' });
  });
});
