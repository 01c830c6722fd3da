/**
 * The corpus ready to answer commands: documents, the paragraph search index, and what
 * extraction found. Built once per load; a reload builds a new one and swaps it whole.
 */
import type { CorpusDocument, LoadedCorpus, LoadProblem, Paragraph } from './corpus/types.js';
import { buildSearchIndex } from './search/index.js';
import type { SearchIndex } from './search/types.js';

export interface CorpusIndex {
  documents: readonly CorpusDocument[];
  problems: readonly LoadProblem[];
  byId: ReadonlyMap<string, CorpusDocument>;
  /** Every paragraph of every document, in document order; the search index's items. */
  paragraphs: readonly Paragraph[];
  paragraphIndex: SearchIndex<Paragraph>;
}

export function buildCorpusIndex(loaded: LoadedCorpus): CorpusIndex {
  const paragraphs = loaded.documents.flatMap((doc) => doc.paragraphs);
  return {
    documents: loaded.documents,
    problems: loaded.problems,
    byId: new Map(loaded.documents.map((doc) => [doc.id, doc])),
    paragraphs,
    paragraphIndex: buildSearchIndex(paragraphs, (paragraph) => paragraph.text),
  };
}
