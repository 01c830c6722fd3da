/**
 * "Share to channel": the private answer the button sits on, posted publicly with who shared it.
 * It is copied from the message Discord sends with the click, so it is exactly what the user saw.
 */
import { ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { encodeButton } from './customId.js';
import { safeMarkdown } from './escape.js';
import type { Actor, ClickedMessage } from './incoming.js';
import { LIMITS } from './limits.js';
import { guardEmbed, NO_MENTIONS, type OutgoingMessage } from './message.js';

/** Only the parts ibid sets; Discord adds others (type, proxy urls) that it would not accept back. */
function cleanEmbed(embed: APIEmbed): APIEmbed {
  const clean: APIEmbed = {};
  if (embed.title) clean.title = embed.title;
  if (embed.description) clean.description = embed.description;
  if (embed.url) clean.url = embed.url;
  if (embed.color !== undefined) clean.color = embed.color;
  if (embed.footer?.text) clean.footer = { text: embed.footer.text };
  if (embed.fields?.length) clean.fields = embed.fields.map(({ name, value, inline }) => ({ name, value, ...(inline !== undefined ? { inline } : {}) }));
  return clean;
}

/** ibid's own buttons except Share; anyone may still page or open context, privately. */
function keptRows(rows: readonly APIActionRowComponent<APIButtonComponent>[]): APIActionRowComponent<APIButtonComponent>[] {
  const share = encodeButton({ action: 'share' });
  return rows
    .map((row) => ({
      type: ComponentType.ActionRow as const,
      components: row.components.filter((button) => button.type === ComponentType.Button && 'custom_id' in button && button.custom_id.startsWith('ibid:') && button.custom_id !== share),
    }))
    .filter((row) => row.components.length > 0);
}

export function shareMessage(message: ClickedMessage, actor: Actor): OutgoingMessage {
  return {
    content: `Shared by **${safeMarkdown(actor.displayName)}**`,
    embeds: message.embeds.slice(0, LIMITS.embedsPerMessage).map(cleanEmbed).map(guardEmbed),
    components: keptRows(message.components),
    allowed_mentions: NO_MENTIONS,
    ephemeral: false,
    failed: false,
  };
}
