/**
 * Registers ibid's slash commands with Discord: for one guild (takes effect at once, good for
 * development) or globally (every server the bot is in). A PUT replaces the whole set, so
 * commands removed from the registry disappear too.
 */
import { ApplicationIntegrationType, InteractionContextType, Routes, type REST } from 'discord.js';
import type { AnyCommand } from '../../core/commands/definition.js';
import { slashCommands } from './commandsJson.js';

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  /** Register for this guild only; without it, globally. */
  guildId?: string;
  commands: readonly AnyCommand[];
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const commands = slashCommands(options.commands);
  if (options.guildId) {
    await options.rest.put(Routes.applicationGuildCommands(options.applicationId, options.guildId), { body: commands });
    return { scope: 'guild', names: commands.map((command) => command.name) };
  }
  // Globally: usable in servers that installed the bot and in DMs with it.
  const global = commands.map((command) => ({
    ...command,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  }));
  await options.rest.put(Routes.applicationCommands(options.applicationId), { body: global });
  return { scope: 'global', names: commands.map((command) => command.name) };
}
