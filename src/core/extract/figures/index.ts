/**
 * Numeric figures with what they count, read once per document at index time.
 * Deterministic, fast, and it never throws: a paragraph that trips an unexpected case is skipped.
 */
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
      figures.push({ id: `${doc.id}#p${paragraph.number}#f${k + 1}`, ...draft, speaker: speakerOf(draft, quotations) });
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
