/** How a citation reads in any adapter: only the known fields, in a fixed order, never invented. */
import type { Citation, QuotationResult, SourcesAnswer } from '../../core/answers.js';

/** "Spartacist Canada No. 191 · Imperialist Bloodbath in Mosul · Spring/Summer 2017 · ¶12" */
export function citationLine(citation: Citation): string {
  const parts = [citation.publication, citation.title, citation.author ? `by ${citation.author}` : null, citation.date, `¶${citation.paragraph}`];
  const known = parts.filter((part): part is string => Boolean(part));
  // A document with no known publication or title still has a file-derived id to point at.
  if (!citation.publication && !citation.title) known.unshift(citation.docId);
  return known.join(' · ');
}

/** "Spartacist Canada No. 191 · by Jane Doe · 2017": what is known of a document, before escaping. */
export function sourceLine(source: Pick<SourcesAnswer['sources'][number], 'publication' | 'title' | 'author' | 'date'>): string {
  const known = [source.publication, source.title, source.author && `by ${source.author}`, source.date].filter(Boolean).join(' · ');
  return known || 'nothing known beyond the file name';
}

/** ", a UN official (to Reuters)": what follows a speaker's name, empty when neither is known. */
export function speakerDetail(result: Pick<QuotationResult, 'role' | 'channel'>): string {
  return `${result.role ? `, ${result.role}` : ''}${result.channel ? ` (to ${result.channel})` : ''}`;
}
