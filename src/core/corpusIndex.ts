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
  /** What the figures count, most common first (for figure's autocomplete), computed once per index. */
  figureTopics: readonly string[];
}

/** Distinct values, the most frequent first (ties alphabetical): what autocomplete offers. */
function byFrequency(values: Iterable<string | null | undefined>): string[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
}

export function buildCorpusIndex(loaded: LoadedCorpus): CorpusIndex {
  const quotationsByDoc = loaded.documents.map((doc) => extractQuotations(doc));
  const figures = loaded.documents.flatMap((doc, i) => extractFigures(doc, quotationsByDoc[i]));
  return assembleCorpusIndex({ ...loaded, quotations: quotationsByDoc.flat(), figures });
}

/** What extraction produced for a loaded corpus, in document order. */
export interface ExtractedCorpus extends LoadedCorpus {
  quotations: Quotation[];
  figures: Figure[];
}

/**
 * The index from parts computed elsewhere (per document in a worker thread, or read from a
 * snapshot); `buildIndex` may restore the search indexes instead of building them.
 */
export function assembleCorpusIndex(parts: ExtractedCorpus, buildIndex: <T>(items: readonly T[], textOf: (item: T) => string, which: 'paragraphs' | 'quotations') => SearchIndex<T> = buildSearchIndex): CorpusIndex {
  const paragraphs = parts.documents.flatMap((doc) => doc.paragraphs);
  return {
    documents: parts.documents,
    problems: parts.problems,
    byId: new Map(parts.documents.map((doc) => [doc.id, doc])),
    paragraphs,
    paragraphIndex: buildIndex(paragraphs, paragraphText, 'paragraphs'),
    quotations: parts.quotations,
    quotationIndex: buildIndex(parts.quotations, quotationText, 'quotations'),
    speakers: byFrequency(parts.quotations.map((quotation) => quotation.speaker?.name)),
    figures: parts.figures,
    figureTopics: byFrequency(parts.figures.map((figure) => figure.counts)),
  };
}

/** What each search index reads from its items. */
export const paragraphText = (paragraph: Paragraph): string => paragraph.text;
export const quotationText = (quotation: Quotation): string => quotation.text;

/** The paragraph a quotation, figure or hit points at. */
export function paragraphOf(corpus: CorpusIndex, docId: string, number: number): { doc: CorpusDocument; paragraph: Paragraph } | null {
  const doc = corpus.byId.get(docId);
  const paragraph = doc?.paragraphs[number - 1];
  return doc && paragraph && paragraph.number === number ? { doc, paragraph } : null;
}
