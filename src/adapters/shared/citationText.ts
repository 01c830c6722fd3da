/** How a citation reads in any adapter: only the known fields, in a fixed order, never invented. */
import type { Citation } from '../../core/answers.js';

/** "Spartacist Canada No. 191 · Imperialist Bloodbath in Mosul · Spring/Summer 2017 · ¶12" */
export function citationLine(citation: Citation): string {
  const parts = [citation.publication, citation.title, citation.author ? `by ${citation.author}` : null, citation.date, `¶${citation.paragraph}`];
  const known = parts.filter((part): part is string => Boolean(part));
  // A document with no known publication or title still has a file-derived id to point at.
  if (!citation.publication && !citation.title) known.unshift(citation.docId);
  return known.join(' · ');
}
