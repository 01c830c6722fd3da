/** The HTTP side's reading of a raw interaction (API JSON) into the shared flow's terms. */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  MessageFlags,
  type APIActionRowComponent,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIButtonComponent,
  type APIInteraction,
  type APIUser,
} from 'discord.js';
import type { Actor, Incoming } from './incoming.js';

function actorOf(interaction: APIInteraction): Actor | null {
  const user: APIUser | undefined = interaction.member?.user ?? interaction.user;
  if (!user) return null;
  return { id: user.id, displayName: interaction.member?.nick ?? user.global_name ?? user.username };
}

function basicOptions(options: readonly unknown[] | undefined): APIApplicationCommandInteractionDataBasicOption[] {
  const nested = [ApplicationCommandOptionType.Subcommand, ApplicationCommandOptionType.SubcommandGroup];
  return ((options ?? []) as APIApplicationCommandInteractionDataBasicOption[]).filter((option) => !nested.includes(option.type));
}

export function incomingFromApi(interaction: APIInteraction): Incoming | null {
  const actor = actorOf(interaction);
  if (!actor) return null;
  if (interaction.type === InteractionType.ApplicationCommand && interaction.data.type === ApplicationCommandType.ChatInput) {
    const args: Record<string, unknown> = {};
    for (const option of basicOptions(interaction.data.options)) if ('value' in option) args[option.name] = option.value;
    return { kind: 'command', name: interaction.data.name, args, actor };
  }
  if (interaction.type === InteractionType.MessageComponent && interaction.data.component_type === ComponentType.Button) {
    const message = interaction.message;
    const components = (message.components ?? []).filter((row): row is APIActionRowComponent<APIButtonComponent> => row.type === ComponentType.ActionRow);
    return {
      kind: 'button',
      customId: interaction.data.custom_id,
      message: { embeds: message.embeds ?? [], components, ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0 },
      actor,
    };
  }
  if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    const focused = basicOptions(interaction.data.options).find((option) => 'focused' in option && option.focused);
    if (!focused || !('value' in focused)) return null;
    return { kind: 'autocomplete', name: interaction.data.name, option: focused.name, typed: String(focused.value), actor };
  }
  return null;
}
