/**
 * Numeric figures with what they count, read once per document at index time.
 * Deterministic, fast, and it never throws: a paragraph that trips an unexpected case is skipped.
 *
 * What counts as a figure (decided here, labelled the same way in tests/…/labels.json):
 * - counts, shares, money, measures, durations ("three weeks", kind `duration`) and ages ("aged 14",
 *   "Mohamed, 24": kind `age`, unit "age"), so `figure` can filter by kind;
 * - not years, decades, dates, times, ordinals, labels and issue numbers ("No. 191", "Issue 2561",
 *   "World War 2", "787 Dreamliner"), references ("1:28"), codes ("5G", "F-16") or scores ("2-2");
 * - not the word "one" alone ("one of the key cities", "one report", "no one", "one day") unless the
 *   sentence counts with it ("one person was killed", "just one area", "two sons and one daughter"): one.ts;
 * - a change "from X to Y" is two figures marked `from` and `to` in `forms`, not a range;
 * - orders of magnitude ("hundreds of thousands") are ranges [scale, 10 × scale) with no value;
 *   fractions of a whole ("one-quarter of", "one in three") are per cent.
 */
import { citationId } from '../../citation.js';
import type { CorpusDocument } from '../../corpus/types.js';
import type { Figure, Quotation } from '../types.js';
import { abbreviationsOf } from './attribution.js';
import { scanParagraph, type DraftFigure, type RejectedNumber } from './extract.js';

export { matchFigures, rankFigures, type FigureMatch } from './match.js';
export { groupFigures, type FigureGroup } from './group.js';
export type { RejectedNumber } from './extract.js';

/** The speaker of the attributed quotation a figure sits in, if any. */
function speakerOf(draft: DraftFigure, quotations: readonly Quotation[]): string | null {
  for (const q of quotations) {
    if (q.speaker === null || q.docId !== draft.docId) continue;
    const [start, end] = draft.range;
    const sameParagraph = q.paragraph === draft.paragraph && start >= q.range[0] && end <= q.range[1];
    // A quotation running over paragraph breaks covers the paragraphs after its first one.
    const laterParagraph = draft.paragraph > q.paragraph && draft.paragraph <= q.endParagraph;
    if (sameParagraph || laterParagraph) return q.speaker.name;
  }
  return null;
}

/** Figures and, for evaluation, the numbers rejected as years, dates, labels and so on. */
export function scanDocument(
  doc: CorpusDocument,
  quotations: readonly Quotation[] = [],
): { figures: Figure[]; rejected: RejectedNumber[] } {
  const figures: Figure[] = [];
  const rejected: RejectedNumber[] = [];
  let abbreviations: ReadonlyMap<string, string> = new Map();
  try {
    abbreviations = abbreviationsOf(doc.paragraphs.map((p) => p.text));
  } catch {
    // Abbreviations only improve attributions; figures come without them.
  }
  for (const paragraph of doc.paragraphs) {
    let drafts: DraftFigure[];
    try {
      drafts = scanParagraph(paragraph.text, { docId: doc.id, paragraph: paragraph.number, abbreviations }, rejected);
    } catch {
      continue;
    }
    drafts.forEach((draft, k) => {
      figures.push({ id: `${citationId(doc.id, paragraph.number)}#f${k + 1}`, ...draft, speaker: speakerOf(draft, quotations) });
    });
  }
  return { figures, rejected };
}

export function extractFigures(doc: CorpusDocument, quotations?: readonly Quotation[]): Figure[] {
  try {
    return scanDocument(doc, quotations ?? []).figures;
  } catch {
    return [];
  }
}
