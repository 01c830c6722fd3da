/** Small documents for figure tests: one paragraph per string. */
import type { CorpusDocument } from '../../../../src/core/corpus/types.js';
import type { Figure } from '../../../../src/core/extract/types.js';
import { extractFigures } from '../../../../src/core/extract/figures/index.js';

export function docOf(paragraphs: string[], id = 'doc'): CorpusDocument {
  return {
    id,
    file: `${id}.md`,
    meta: { title: null, publication: null, author: null, date: null, url: null },
    sortDate: null,
    paragraphs: paragraphs.map((text, k) => ({ docId: id, number: k + 1, text, section: null })),
  };
}

export function figuresIn(text: string): Figure[] {
  return extractFigures(docOf([text]));
}

/** The one figure in `text`; fails the test when there are none or several. */
export function onlyFigure(text: string): Figure {
  const figures = figuresIn(text);
  if (figures.length !== 1) throw new Error(`expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(figures.map((f) => f.text))}`);
  return figures[0]!;
}

/** value, low, high, unit: the amount alone, for compact assertions. */
export function amount(f: Figure): [number | null, number | null, number | null, string | null] {
  return [f.value, f.low, f.high, f.unit];
}
