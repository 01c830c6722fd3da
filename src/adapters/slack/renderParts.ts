/** Pieces every Slack answer is built from: units of blocks, excerpts, citations. */
import type { Citation, ExcerptResult } from '../../core/answers.js';
import { citationLine } from '../shared/citationText.js';
import { button, context, LIMITS, section, type Block, type Button } from './blocks.js';
import { ACTION_IDS, encodeState } from './buttonState.js';
import { escapeText, linkOrText } from './escape.js';
import { chunkRuns, chunkText, highlightRuns, packLines, runsToMrkdwn, type Run } from './mrkdwn.js';
import type { SlashCommandTable } from './slashCommands.js';

/** A group of blocks kept on one page when it can be: one result, one source, one paragraph. */
export interface Unit {
  blocks: Block[];
  /** A divider goes before it when it follows another unit: true between results, false within one passage. */
  separate: boolean;
}

export interface RenderContext {
  slash: SlashCommandTable;
}

/** Sections for any amount of text: one per 3,000 characters, the first one carrying the accessory. */
export function sections(chunks: readonly string[], accessory?: Button): Block[] {
  return chunks.map((chunk, i) => section(chunk, i === 0 ? accessory : undefined));
}

/** Context blocks for mrkdwn lines, each line split to fit, ten elements a block. */
export function contextBlocks(lines: readonly string[]): Block[] {
  const elements = lines.flatMap((line) => packLines([line], LIMITS.textChars));
  const blocks: Block[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.contextElements) blocks.push(context(...elements.slice(i, i + LIMITS.contextElements)));
  return blocks;
}

/**
 * The excerpt as a Slack block quote (the grey bar; quotation marks would double the ones many
 * excerpts already carry), matched words in bold, split to fit. `lead` (a speaker, a figure)
 * goes on its own line above.
 */
function excerptChunks(result: Pick<ExcerptResult, 'excerpt' | 'highlights'>, lead: Run[] = []): string[] {
  const quoted = chunkRuns(highlightRuns(result.excerpt, result.highlights), LIMITS.textChars - 2).map((chunk) => `> ${chunk}`);
  const head = runsToMrkdwn(lead).trim();
  if (!head) return quoted;
  const [first = '', ...rest] = quoted;
  return head.length + 1 + first.length <= LIMITS.textChars ? [`${head}\n${first}`, ...rest] : [...packLines([head], LIMITS.textChars), ...quoted];
}

/** `label` linked to `url` when it is a web link; a link too long for one text object is shown unlinked rather than cut. */
export function linkIfItFits(url: string | null, label: string): string {
  const linked = linkOrText(url, label);
  return linked.length <= LIMITS.textChars ? linked : label;
}

/** The citation, linked to the source when its url is known. */
export function citationMrkdwn(citation: Citation): string {
  return linkIfItFits(citation.url, escapeText(citationLine(citation)));
}

/** `docId#p12`, the id `/ibid context` takes, as inline code. */
export function idMrkdwn(id: string): string {
  return `\`${escapeText(id.replace(/`/g, "'"))}\``;
}

function contextButton(id: string, index: number): Button | undefined {
  const value = encodeState({ request: { name: 'context', args: { id } }, part: 0 });
  return value ? button('Show context', `${ACTION_IDS.context}_${index}`, value) : undefined;
}

/** One excerpt result: its text (with a "Show context" button) and its citation. */
export function excerptUnit(result: ExcerptResult, index: number, lead: Run[] = []): Unit {
  return {
    blocks: [...sections(excerptChunks(result, lead), contextButton(result.citation.id, index)), ...contextBlocks([citationMrkdwn(result.citation), idMrkdwn(result.citation.id)])],
    separate: true,
  };
}

/** A unit of plain prose (a note, a hint), escaped. */
export function noteUnit(text: string, separate = true): Unit {
  return { blocks: sections(chunkText(text, LIMITS.textChars)), separate };
}

/** A unit of mrkdwn lines we wrote around escaped pieces, packed into sections at line breaks. */
export function linesUnit(lines: readonly string[], separate = true): Unit {
  return { blocks: sections(packLines(lines, LIMITS.textChars)), separate };
}

/** What the user asked, echoed in a headline; a pasted page is shortened there, visibly. */
export function quoted(text: string, max = 300): string {
  const shown = text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
  return `“${escapeText(shown)}”`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
