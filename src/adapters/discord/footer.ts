/**
 * The plain-text footers ibid writes under its embeds, and how it reads them back. A button whose
 * state is too long for its custom_id finds the request (and citation ids) here, in the message
 * Discord hands back with the click, so it needs no memory and survives restarts.
 *
 *   Spartacist Canada · Imperialist Bloodbath in Mosul · 2017 · ¶12   ← citation line
 *   id: spartacist-canada-191#p12                                       ← citation id
 *   /quote                                                              ← the request (last embed only)
 *   words: know your place
 */
import type { APIEmbed } from 'discord.js';
import type { CommandRequest } from '../../core/commands/parseLine.js';
import type { OptionInfo } from '../../core/commands/options.js';
import { restoreMentions, safePlain } from './escape.js';

export const ID_PREFIX = 'id: ';

/** The line that starts the request section: the command's name with its slash. */
const REQUEST_START = /^\/[a-z][\w-]*$/;

/** The longest value a request line shows; queries are capped at 1000 by the core. */
const MAX_VALUE = 1000;

function requestFooterLines(request: CommandRequest): string[] {
  const lines = [`/${request.name}`];
  for (const [name, value] of Object.entries(request.args)) {
    if (value === undefined || value === null || value === '') continue;
    lines.push(`${name}: ${String(value).replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE)}`);
  }
  return lines;
}

/** The request footer as it will appear (mentions neutralised), for reserving room. */
export function requestFooterText(request: CommandRequest): string {
  return requestFooterLines(request).map(safePlain).join('\n');
}

function footerLines(embed: APIEmbed): string[] {
  return (embed.footer?.text ?? '').split('\n').map(restoreMentions);
}

function typed(value: string, option: OptionInfo | undefined): unknown {
  if (option?.type === 'integer' || option?.type === 'number') return Number(value);
  if (option?.type === 'boolean') return value === 'true';
  return value;
}

/** The request written under the message's last embed, with values typed as the command declares them. */
export function readRequestFooter(embeds: readonly APIEmbed[], options: readonly OptionInfo[]): CommandRequest | null {
  for (const embed of [...embeds].reverse()) {
    const lines = footerLines(embed);
    const start = lines.findIndex((line) => REQUEST_START.test(line));
    if (start < 0) continue;
    const args: Record<string, unknown> = {};
    for (const line of lines.slice(start + 1)) {
      const match = /^([a-z][\w-]*): (.*)$/.exec(line);
      const option = options.find((candidate) => candidate.name === match?.[1]);
      if (match && option) args[option.name] = typed(match[2]!, option);
    }
    return { name: lines[start]!.slice(1), args };
  }
  return null;
}

/** Citation ids shown in the message's footers, in order (those in request lines excluded). */
export function readCitationIds(embeds: readonly APIEmbed[]): string[] {
  const ids: string[] = [];
  for (const embed of embeds) {
    for (const line of footerLines(embed)) {
      if (REQUEST_START.test(line)) break;
      if (line.startsWith(ID_PREFIX)) ids.push(line.slice(ID_PREFIX.length));
    }
  }
  return ids;
}
