/**
 * Turns an answer's blocks (one per result, section or list) into pages of embeds that each fit
 * one Discord message: at most 10 embeds, 4096 characters per description, 6000 in all. A block
 * too long for one embed continues in the next; nothing is dropped.
 */
import type { APIEmbed } from 'discord.js';
import { safePlain, truncate } from './escape.js';
import { LIMITS } from './limits.js';
import { splitMarkdown } from './split.js';

/** A citation a "Show context" button can open, with the number it has on the page. */
export interface ContextLink {
  label: string;
  id: string;
}

export interface Block {
  /** Markdown-safe already. */
  title?: string;
  url?: string;
  /** Markdown-safe already; split across embeds when long. */
  description: string;
  /** Plain text lines under the embed (citation, id); made safe here. */
  footer?: string[];
  contexts?: ContextLink[];
}

export interface Page {
  embeds: APIEmbed[];
  contexts: ContextLink[];
}

export interface PaginateOptions {
  color: number;
  /** Characters each page keeps free for the request footer added to its last embed. */
  reserve: number;
}

function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0) + fields;
}

function footerText(lines: string[] | undefined): string | undefined {
  if (!lines || lines.length === 0) return undefined;
  return truncate(lines.map(safePlain).join('\n'), LIMITS.footerText);
}

/** One block as one or more embeds; continuations say so in their title. */
function embedsOf(block: Block, options: PaginateOptions): APIEmbed[] {
  const title = block.title ? truncate(block.title, LIMITS.embedTitle) : undefined;
  const footer = footerText(block.footer);
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - options.reserve - (title?.length ?? 0) - (footer?.length ?? 0) - 16);
  const chunks = splitMarkdown(block.description, room);
  return chunks.map((description, i) => {
    const embed: APIEmbed = { color: options.color, description };
    if (i === 0 && title) embed.title = title;
    if (i > 0 && title) embed.title = truncate(`${title} (continued)`, LIMITS.embedTitle);
    if (i === 0 && block.url) embed.url = block.url;
    if (i === chunks.length - 1 && footer) embed.footer = { text: footer };
    return embed;
  });
}

export function paginate(blocks: readonly Block[], options: PaginateOptions): Page[] {
  const pages: Page[] = [];
  let current: Page = { embeds: [], contexts: [] };
  let used = 0;
  const budget = LIMITS.embedTotal - options.reserve;
  for (const block of blocks) {
    const embeds = embedsOf(block, options);
    embeds.forEach((embed, i) => {
      const size = embedLength(embed);
      if (current.embeds.length > 0 && (current.embeds.length >= LIMITS.embedsPerMessage || used + size > budget)) {
        pages.push(current);
        current = { embeds: [], contexts: [] };
        used = 0;
      }
      current.embeds.push(embed);
      used += size;
      // A block's buttons go on the page where the block starts.
      if (i === 0) current.contexts.push(...(block.contexts ?? []));
    });
  }
  if (current.embeds.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}
