/**
 * The corpus ready to answer commands: documents, the paragraph search index, and what
 * extraction found (quotations, speakers, figures), all computed once per load. A reload
 * builds a new one and swaps it whole.
 */
import type { CorpusDocument, LoadedCorpus, LoadProblem, Paragraph } from './corpus/types.js';
import { extractFigures } from './extract/figures/index.js';
import { extractQuotations } from './extract/quotes/index.js';
import type { Figure, Quotation } from './extract/types.js';
import { buildSearchIndex } from './search/index.js';
import type { SearchIndex } from './search/types.js';

export interface CorpusIndex {
  documents: readonly CorpusDocument[];
  problems: readonly LoadProblem[];
  byId: ReadonlyMap<string, CorpusDocument>;
  /** Every paragraph of every document, in document order; the search index's items. */
  paragraphs: readonly Paragraph[];
  paragraphIndex: SearchIndex<Paragraph>;
  quotations: readonly Quotation[];
  quotationIndex: SearchIndex<Quotation>;
  /** Distinct speaker names and descriptions, most quoted first (for quotes-by and autocomplete). */
  speakers: readonly string[];
  figures: readonly Figure[];
}

function speakersByCount(quotations: readonly Quotation[]): string[] {
  const counts = new Map<string, number>();
  for (const quotation of quotations) {
    if (quotation.speaker) counts.set(quotation.speaker.name, (counts.get(quotation.speaker.name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

export function buildCorpusIndex(loaded: LoadedCorpus): CorpusIndex {
  const paragraphs = loaded.documents.flatMap((doc) => doc.paragraphs);
  const quotationsByDoc = loaded.documents.map((doc) => extractQuotations(doc));
  const quotations = quotationsByDoc.flat();
  const figures = loaded.documents.flatMap((doc, i) => extractFigures(doc, quotationsByDoc[i]));
  return {
    documents: loaded.documents,
    problems: loaded.problems,
    byId: new Map(loaded.documents.map((doc) => [doc.id, doc])),
    paragraphs,
    paragraphIndex: buildSearchIndex(paragraphs, (paragraph) => paragraph.text),
    quotations,
    quotationIndex: buildSearchIndex(quotations, (quotation) => quotation.text),
    speakers: speakersByCount(quotations),
    figures,
  };
}

/** The paragraph a quotation, figure or hit points at. */
export function paragraphOf(corpus: CorpusIndex, docId: string, number: number): { doc: CorpusDocument; paragraph: Paragraph } | null {
  const doc = corpus.byId.get(docId);
  const paragraph = doc?.paragraphs[number - 1];
  return doc && paragraph && paragraph.number === number ? { doc, paragraph } : null;
}
