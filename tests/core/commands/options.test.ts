import { describe, expect, it } from 'vitest';
import { optionsOf, usageOf } from '../../../src/core/commands/options.js';
import { echoCommand } from './fakeCommands.js';

describe('optionsOf', () => {
  it('reads types, limits, descriptions and which option is positional from the zod arguments', () => {
    const options = optionsOf(echoCommand);
    expect(options.map((o) => [o.name, o.type, o.required, o.positional])).toEqual([
      ['words', 'string', true, true],
      ['source', 'string', false, false],
      ['limit', 'integer', false, false],
      ['loud', 'boolean', false, false],
    ]);
    expect(options.find((o) => o.name === 'limit')).toMatchObject({ min: 1, max: 10, description: 'How many results (1-10, default 3)' });
    expect(options.find((o) => o.name === 'words')).toMatchObject({ maxLength: 1000, description: 'What to say' });
  });

  it('writes a usage line', () => {
    expect(usageOf(echoCommand)).toBe('echo <words> [--source <string>] [--limit <integer>] [--loud <boolean>]');
  });
});
