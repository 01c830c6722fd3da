/** The gateway side of the shared flow: discord.js interactions in, discord.js responses out. */
import { ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type AutocompleteInteraction, type BaseInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { Actor, Incoming, Responder } from './incoming.js';
import type { OutgoingMessage } from './message.js';

function actorOf(interaction: BaseInteraction): Actor {
  const member = interaction.member;
  // Without the members intent the member is often raw API data rather than a GuildMember.
  const nickname = member ? ('displayName' in member ? member.displayName : member.nick) : null;
  return { id: interaction.user.id, displayName: nickname ?? interaction.user.displayName };
}

export function incomingFromDiscordJs(interaction: Interaction): Incoming | null {
  if (interaction.isChatInputCommand()) {
    const args: Record<string, unknown> = {};
    for (const option of interaction.options.data) if (option.value !== undefined) args[option.name] = option.value;
    return { kind: 'command', name: interaction.commandName, args, actor: actorOf(interaction) };
  }
  if (interaction.isButton()) {
    const components = interaction.message.components
      .map((row) => row.toJSON())
      .filter((row): row is APIActionRowComponent<APIButtonComponent> => row.type === ComponentType.ActionRow);
    return {
      kind: 'button',
      customId: interaction.customId,
      message: { embeds: interaction.message.embeds.map((embed) => embed.toJSON()), components, ephemeral: interaction.message.flags.has(MessageFlags.Ephemeral) },
      actor: actorOf(interaction),
    };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return { kind: 'autocomplete', name: interaction.commandName, option: focused.name, typed: String(focused.value), actor: actorOf(interaction) };
  }
  return null;
}

function body(message: OutgoingMessage) {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [], repliedUser: false },
  };
}

const ephemeralFlag = (message: OutgoingMessage) => (message.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {});

export function discordJsResponder(interaction: ChatInputCommandInteraction | ButtonInteraction | AutocompleteInteraction): Responder {
  const repliable = () => {
    if (interaction.isAutocomplete()) throw new Error('an autocomplete interaction only takes choices');
    return interaction;
  };
  const component = () => {
    if (!interaction.isButton()) throw new Error('only a button interaction can update its message');
    return interaction;
  };
  return {
    reply: async (message) => void (await repliable().reply({ ...body(message), ...ephemeralFlag(message) })),
    update: async (message) => void (await component().update(body(message))),
    defer: async (mode, ephemeral) => {
      if (mode === 'update') await component().deferUpdate();
      else await repliable().deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    editOriginal: async (message) => void (await repliable().editReply(body(message))),
    followUp: async (message) => void (await repliable().followUp({ ...body(message), ...ephemeralFlag(message) })),
    deleteOriginal: async () => repliable().deleteReply(),
    autocomplete: async (choices) => {
      if (!interaction.isAutocomplete()) throw new Error('only an autocomplete interaction takes choices');
      await interaction.respond(choices);
    },
  };
}
