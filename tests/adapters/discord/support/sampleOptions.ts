/** Slash-command options for any registry command, so the tests cover whatever the registry holds. */
import { ApplicationCommandOptionType } from 'discord.js';
import type { AnyCommand } from '../../../../src/core/commands/definition.js';
import { optionsOf, type OptionType } from '../../../../src/core/commands/options.js';
import type { OptionValue } from './interactions.js';

/** Values the fixture corpus can answer; any other required option gets a plain word. */
const SAMPLES: Record<string, Record<string, string | number>> = {
  quote: { words: 'we will evacuate you' },
  'who-said': { words: 'we will evacuate you' },
  'quotes-by': { person: 'Bashar' },
  figure: { topic: 'civilians killed' },
  context: { id: 'revolution-2017-07-24-liberation-of-mosul#p2' },
};

const TYPES: Record<OptionType, number> = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  number: ApplicationCommandOptionType.Number,
  boolean: ApplicationCommandOptionType.Boolean,
};

export function sampleOptions(command: AnyCommand): OptionValue[] {
  const samples = SAMPLES[command.name] ?? {};
  return optionsOf(command)
    .filter((option) => option.required || samples[option.name] !== undefined)
    .map((option) => ({ name: option.name, type: TYPES[option.type], value: samples[option.name] ?? (option.type === 'string' ? 'Mosul' : option.type === 'boolean' ? true : (option.min ?? 1)) }));
}
