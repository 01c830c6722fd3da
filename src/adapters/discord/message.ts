/**
 * A rendered page becomes a Discord message: embeds, the buttons (share, more, context), the
 * request in the last footer, and allowed_mentions that deliver no ping whatever the text says.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { CommandRequest } from '../../core/commands/parseLine.js';
import { encodeButton, type ButtonState } from './customId.js';
import { neutralizeMentions, truncate } from './escape.js';
import { readCitationIds, requestFooterText } from './footer.js';
import { LIMITS } from './limits.js';
import type { ContextLink } from './paginate.js';
import type { RenderedAnswer } from './render.js';

export const NO_MENTIONS = { parse: [] as never[], replied_user: false } as const;

export interface OutgoingMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: typeof NO_MENTIONS;
  ephemeral: boolean;
  /** An error answer: always shown privately, never put in place of results. */
  failed: boolean;
}

export interface MessageOptions {
  /** Which rendered page (0-based). */
  part: number;
  ephemeral: boolean;
  /** The command takes a `page` option, so "More results" can ask it for the next page. */
  pageable: boolean;
}

function button(label: string, state: ButtonState, style: ButtonStyle.Primary | ButtonStyle.Secondary): APIButtonComponent {
  return { type: ComponentType.Button, style, label: truncate(label, LIMITS.buttonLabel), custom_id: encodeButton(state) };
}

function rows(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
  const out: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length && out.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow) {
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return out;
}

/** Every string Discord renders, passed once more through the mention guard (idempotent). */
export function guardEmbed(embed: APIEmbed): APIEmbed {
  const guarded: APIEmbed = { ...embed };
  if (embed.title) guarded.title = neutralizeMentions(embed.title);
  if (embed.description) guarded.description = neutralizeMentions(embed.description);
  if (embed.footer) guarded.footer = { text: neutralizeMentions(embed.footer.text) };
  if (embed.author) guarded.author = { ...embed.author, name: neutralizeMentions(embed.author.name) };
  if (embed.fields) guarded.fields = embed.fields.map((field) => ({ ...field, name: neutralizeMentions(field.name), value: neutralizeMentions(field.value) }));
  return guarded;
}

function withRequestFooter(embeds: APIEmbed[], request: CommandRequest): APIEmbed[] {
  const last = embeds.at(-1);
  if (!last) return embeds;
  const text = [last.footer?.text, requestFooterText(request)].filter(Boolean).join('\n');
  return [...embeds.slice(0, -1), { ...last, footer: { text: truncate(text, LIMITS.footerText) } }];
}

function contextButtons(links: readonly ContextLink[], embeds: readonly APIEmbed[]): APIButtonComponent[] {
  const ids = readCitationIds(embeds);
  const seen = new Set<string>();
  const unique = links.filter((link) => !seen.has(link.id) && Boolean(seen.add(link.id))).slice(0, 2 * LIMITS.buttonsPerRow);
  return unique.map((link) => button(unique.length === 1 ? 'Show context' : `Context ${link.label}`, { action: 'context', id: link.id, index: ids.indexOf(link.id) }, ButtonStyle.Secondary));
}

export function answerMessage(rendered: RenderedAnswer, request: CommandRequest, options: MessageOptions): OutgoingMessage {
  const part = Math.min(Math.max(0, options.part), rendered.pages.length - 1);
  const page = rendered.pages[part]!;
  if (rendered.failed) return { embeds: page.embeds.map(guardEmbed), components: [], allowed_mentions: NO_MENTIONS, ephemeral: true, failed: true };
  const embeds = withRequestFooter(page.embeds, request).map(guardEmbed);
  const { page: _page, ...args } = request.args;
  const corePage = Number(request.args['page'] ?? 1) || 1;
  const actions: APIButtonComponent[] = [];
  if (options.ephemeral) actions.push(button('Share to channel', { action: 'share' }, ButtonStyle.Primary));
  if (part + 1 < rendered.pages.length) {
    actions.push(button(`Next page (${part + 2}/${rendered.pages.length})`, { action: 'more', command: request.name, page: corePage, part: part + 1, args }, ButtonStyle.Secondary));
  } else if (rendered.more > 0 && options.pageable) {
    actions.push(button('More results', { action: 'more', command: request.name, page: corePage + 1, part: 0, args }, ButtonStyle.Secondary));
  }
  const buttons = [...actions, ...contextButtons(page.contexts, embeds)];
  // Share and More on the first row, context buttons after: rows keep them apart.
  const components = [...rows(actions), ...rows(buttons.slice(actions.length))];
  return { embeds, components, allowed_mentions: NO_MENTIONS, ephemeral: options.ephemeral, failed: false };
}

/** A short private notice (rate limit, expired button), styled like an error. */
export function noticeMessage(title: string, text: string): OutgoingMessage {
  return { embeds: [guardEmbed({ title, description: text, color: 0xed4245 })], components: [], allowed_mentions: NO_MENTIONS, ephemeral: true, failed: true };
}
