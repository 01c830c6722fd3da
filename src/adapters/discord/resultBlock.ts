/** The embed block every cited result shares: numbered title linking to the source, excerpt, citation. */
import type { Citation, ExcerptResult } from '../../core/answers.js';
import { citationLine } from '../shared/citationText.js';
import { safeMarkdown } from './escape.js';
import { highlightMarkdown } from './highlight.js';
import { ID_PREFIX } from './footer.js';
import type { Block } from './paginate.js';

/** Only http(s) URLs: Discord rejects the whole message for an invalid embed url. */
export function safeUrl(url: string | null): string | undefined {
  if (!url || url.length > 2000) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function sourceName(citation: Citation): string {
  return citation.title ?? citation.publication ?? citation.docId;
}

/** Citation line and id, the plain-text footer of a result. */
export function citationFooter(citation: Citation): string[] {
  return [citationLine(citation).slice(0, 400), `${ID_PREFIX}${citation.id}`];
}

/**
 * The excerpt as a Discord block quote (the grey bar), not inside quote marks: excerpts often
 * begin or end with the source's own quote marks, and wrapping them again reads “…”” .
 * Corpus text cannot open a block quote of its own: escapeMarkdown escapes ">".
 */
export function quoted(result: ExcerptResult): string {
  return highlightMarkdown(result.excerpt, result.highlights)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** One result: "2. Title" (linked), the excerpt with matched words bold, citation below. */
export function resultBlock(result: ExcerptResult, n: number, heading?: string, lead?: string): Block {
  return {
    title: `${n}. ${safeMarkdown(heading ?? sourceName(result.citation))}`,
    url: safeUrl(result.citation.url),
    description: lead ? `${lead}\n${quoted(result)}` : quoted(result),
    footer: citationFooter(result.citation),
    contexts: [{ label: String(n), id: result.citation.id }],
  };
}
