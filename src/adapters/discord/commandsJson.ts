/**
 * Slash command definitions generated from the core's registry: whatever commands it holds,
 * with their typed options, bounds and autocomplete. Discord refuses the whole set when one name
 * or description breaks its rules, so a bad definition fails here, by name, before registering.
 */
import { ApplicationCommandOptionType, ApplicationCommandType, type APIApplicationCommandBasicOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { AnyCommand } from '../../core/commands/definition.js';
import { optionsOf, type OptionInfo } from '../../core/commands/options.js';
import { LIMITS } from './limits.js';

/** Discord's rule for command and option names (lowercase where the script has case). */
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

export class CommandDefinitionError extends Error {}

function check(what: string, name: string, description: string, maxDescription: number): void {
  if (!NAME.test(name) || name !== name.toLowerCase()) throw new CommandDefinitionError(`${what} "${name}": names must be 1-32 lowercase letters, digits, - or _`);
  if (description.length < 1 || description.length > maxDescription) throw new CommandDefinitionError(`${what} "${name}": the description must be 1-${maxDescription} characters (it has ${description.length})`);
}

function optionJson(command: AnyCommand, option: OptionInfo): APIApplicationCommandBasicOption {
  check(`Option ${command.name}.${option.name}`, option.name, option.description, LIMITS.optionDescription);
  const base = { name: option.name, description: option.description, required: option.required };
  const autocomplete = Boolean(command.complete?.[option.name]);
  switch (option.type) {
    case 'integer':
    case 'number': {
      const bounds = { ...(option.min !== undefined ? { min_value: option.min } : {}), ...(option.max !== undefined ? { max_value: option.max } : {}) };
      return option.type === 'integer' ? { ...base, ...bounds, type: ApplicationCommandOptionType.Integer } : { ...base, ...bounds, type: ApplicationCommandOptionType.Number };
    }
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'string':
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        ...(option.maxLength !== undefined ? { max_length: Math.min(option.maxLength, 6000) } : {}),
        ...(autocomplete ? { autocomplete: true } : {}),
      };
  }
}

export function slashCommand(command: AnyCommand): RESTPostAPIChatInputApplicationCommandsJSONBody {
  check('Command', command.name, command.description, LIMITS.commandDescription);
  if (command.name.length > LIMITS.commandName) throw new CommandDefinitionError(`Command "${command.name}" is longer than ${LIMITS.commandName} characters`);
  // Discord wants required options before optional ones.
  const options = optionsOf(command).sort((a, b) => Number(b.required) - Number(a.required));
  if (options.length > 25) throw new CommandDefinitionError(`Command "${command.name}" has ${options.length} options; Discord allows 25`);
  return { type: ApplicationCommandType.ChatInput, name: command.name, description: command.description, options: options.map((option) => optionJson(command, option)) };
}

export function slashCommands(commands: readonly AnyCommand[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map(slashCommand);
}
