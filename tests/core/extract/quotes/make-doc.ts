/** A small in-memory document for the focused quotation tests. */
import type { CorpusDocument } from '../../../../src/core/corpus/types.js';

export function makeDoc(...paragraphs: string[]): CorpusDocument {
  return {
    id: 'test-doc',
    file: 'test-doc.md',
    meta: { title: null, publication: null, author: null, date: null, url: null },
    sortDate: null,
    paragraphs: paragraphs.map((text, i) => ({ docId: 'test-doc', number: i + 1, text, section: null })),
  };
}
