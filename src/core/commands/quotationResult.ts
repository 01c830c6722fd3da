/** Turns a quotation (and, when it came from a search, the hit) into an answer result. */
import type { Highlight, QuotationResult } from '../answers.js';
import { citationFor } from '../citation.js';
import { paragraphOf, type CorpusIndex } from '../corpusIndex.js';
import type { Quotation } from '../extract/types.js';
import type { SearchHit } from '../search/types.js';

export function quotationResult(corpus: CorpusIndex, quotation: Quotation, hit?: SearchHit<Quotation>): QuotationResult | null {
  const found = paragraphOf(corpus, quotation.docId, quotation.paragraph);
  if (!found) return null;
  const [quoteStart, quoteEnd] = quotation.range;
  // The hit's range is within the quotation's text; the answer's range is within the cited paragraph.
  const within: [number, number] = hit ? hit.range : [0, quotation.text.length];
  const limit = found.paragraph.text.length;
  const range: [number, number] = [Math.min(limit, quoteStart + within[0]), Math.min(limit, quoteEnd, quoteStart + within[1])];
  const highlights: Highlight[] = hit ? hit.highlights : [];
  return {
    excerpt: hit ? hit.excerpt : quotation.text,
    highlights,
    range,
    score: hit ? hit.score : 1,
    citation: citationFor(found.doc, found.paragraph),
    speaker: quotation.speaker?.name ?? null,
    role: quotation.speaker?.role ?? null,
    channel: quotation.speaker?.channel ?? null,
    quote: quotation.text,
    quotationId: quotation.id,
  };
}
