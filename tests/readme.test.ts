import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../src/core/commands/handle.js';
import { parseCommandLine } from '../src/core/commands/parseLine.js';
import { commands } from '../src/core/commands/registry.js';
import { seedContext } from './support/seedCorpus.js';

/** The last column of the README's command table: one example per command. */
function readmeExamples(): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('## Commands'), readme.indexOf('### The terminal'));
  return [...table.matchAll(/^\|.*\| `([^`]+)` \|$/gm)].map((match) => match[1]!);
}

describe('the README', () => {
  it('has one example per command in its command table', () => {
    const names = readmeExamples().map((example) => parseCommandLine(example, commands).name);
    expect(names.sort()).toEqual(commands.map((command) => command.name).sort());
  });

  it('gives examples that answer without error on the bundled corpus', async () => {
    const context = await seedContext();
    for (const example of readmeExamples()) {
      const answer = await handleCommand(parseCommandLine(example, commands), context);
      expect('error' in answer ? answer.error : null, example).toBeNull();
    }
  });
});
