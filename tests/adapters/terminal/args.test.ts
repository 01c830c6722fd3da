import { describe, expect, it } from 'vitest';
import { parseTerminalArgs, UsageError } from '../../../src/adapters/terminal/args.js';

describe('parseTerminalArgs', () => {
  it('separates ibid flags from the command line', () => {
    expect(parseTerminalArgs(['quote', 'know', 'your', 'place', '--json', '--corpus', 'dir'])).toEqual({ json: true, corpus: 'dir', color: undefined, line: 'quote know your place' });
  });

  it('re-quotes shell arguments that hold spaces, so option values stay whole', () => {
    expect(parseTerminalArgs(['quote', 'airstrike', '--source', 'Socialist Worker', '--corpus=x']).line).toBe('quote airstrike --source "Socialist Worker"');
  });

  it('needs a directory after --corpus', () => {
    expect(() => parseTerminalArgs(['--corpus'])).toThrow(UsageError);
  });
});
