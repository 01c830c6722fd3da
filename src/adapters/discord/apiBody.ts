/** An outgoing message as Discord API JSON (interaction responses and webhook edits). */
import { MessageFlags } from 'discord.js';
import type { OutgoingMessage } from './message.js';

export function apiMessageData(message: OutgoingMessage) {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: message.allowed_mentions,
    ...(message.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
