/**
 * Quotation extraction and speaker attribution, once per document at index time.
 *
 * 1. marks.ts pairs quotation marks into spans (nested, across paragraph breaks);
 * 2. blocks.ts finds block quotations set off without marks;
 * 3. names.ts indexes the people and abbreviations the document names;
 * 4. attribute.ts reads each span's cue (cues.ts) and resolves the speaker (resolve.ts);
 * 5. scare quotes, nicknames and titles are dropped (classify.ts says why).
 *
 * Deterministic, linear in the document's length for ordinary prose, and never throws.
 */
import { citationId } from '../../citation.js';
import type { CorpusDocument } from '../../corpus/types.js';
import type { Quotation } from '../types.js';
import { attributeAll, type Attributed } from './attribute.js';
import { findBlocks } from './blocks.js';
import { SCARE_MAX_WORDS, isNickname, isTitleCase, wordCount } from './classify.js';
import { cueBefore } from './cues.js';
import { findMarkedSpans } from './marks.js';
import { buildNames } from './names.js';
import { SpanIndex } from './regions.js';
import type { Attribution, QuoteSpan } from './spans.js';

export interface QuotationDetail {
  quotation: Quotation;
  span: QuoteSpan;
  attribution: Attribution | null;
}

/** The quoted words of a span; a quotation over several paragraphs joins them with a blank line. */
function spanText(texts: readonly string[], s: QuoteSpan): string {
  if (s.startPara === s.endPara) return texts[s.startPara]!.slice(s.start, s.end);
  const parts = [texts[s.startPara]!.slice(s.start).trimEnd()];
  for (let p = s.startPara + 1; p <= s.endPara; p++) {
    const text = texts[p]!;
    // A continuation paragraph's reopening mark encloses the quotation; it is not part of it.
    const reopen = s.mark !== 'block' ? (/^\s*[“„«"]/.exec(text)?.[0].length ?? 0) : 0;
    parts.push(text.slice(reopen, p === s.endPara ? s.end : text.length).trim());
  }
  return parts.join('\n\n');
}

/** Weak cues do not make a title-cased phrase anybody's words ("…,” Carson said on “Meet the Press.”). */
const WEAK_RULES = new Set(['reported-speech', 'participle', 'colon-intro', 'continues']);

function keep(a: Attributed, text: string): boolean {
  if (a.notQuotation || text.trim() === '') return false;
  if (a.speaker === null) return wordCount(text) > SCARE_MAX_WORDS && !isTitleCase(text);
  return !(isTitleCase(text) && WEAK_RULES.has(a.attribution?.rule ?? ''));
}

/** Everything extraction knows about each quotation, including where the speaker is named (for evaluation). */
export function extractQuotationDetails(doc: CorpusDocument): QuotationDetail[] {
  const texts = doc.paragraphs.map((p) => p.text);
  const { spans: marked } = findMarkedSpans(texts);
  const nicknames = new Set(marked.filter((s) => isNickname(texts, s)).map((s) => s.id));
  const preliminary = new SpanIndex(texts, marked, nicknames);
  const introCue = (para: number, anchor: number) => cueBefore(preliminary.regionFor(null, para), anchor);
  const firstId = marked.reduce((m, s) => Math.max(m, s.id), -1) + 1;
  const { blocks, absorbed } = findBlocks(texts, marked, introCue, firstId);

  // Marks that belong to a block are its own; quotations inside a block are nested in it.
  const spans: QuoteSpan[] = marked.filter((s) => !absorbed.has(s.id)).map((s) => ({ ...s }));
  const blockOfPara = new Map<number, number>();
  for (const b of blocks) for (let p = b.span.startPara; p <= b.span.endPara; p++) blockOfPara.set(p, b.span.id);
  for (const s of spans) {
    if (s.parent !== null && absorbed.has(s.parent)) s.parent = null;
    const block = blockOfPara.get(s.startPara);
    if (block !== undefined && blockOfPara.get(s.endPara) === block && s.parent === null) s.parent = block;
  }
  spans.push(...blocks.map((b) => b.span));
  const index = new SpanIndex(texts, spans, nicknames);
  const { holes, skipped } = index.allHoles();
  const names = buildNames(texts, holes, skipped);
  const attributed = attributeAll(index, names, blocks);

  const details: QuotationDetail[] = [];
  const perParagraph = new Map<number, number>();
  for (const a of attributed) {
    const text = spanText(texts, a.span);
    if (!keep(a, text)) continue;
    const s = a.span;
    const paragraph = doc.paragraphs[s.startPara]!.number;
    const k = (perParagraph.get(paragraph) ?? 0) + 1;
    perParagraph.set(paragraph, k);
    const startText = texts[s.startPara]!;
    details.push({
      quotation: {
        id: `${citationId(doc.id, paragraph)}#q${k}`,
        docId: doc.id,
        paragraph,
        endParagraph: doc.paragraphs[s.endPara]!.number,
        text,
        range: [s.start, s.startPara === s.endPara ? s.end : startText.trimEnd().length],
        speaker: a.speaker,
        rule: a.speaker ? (a.attribution?.rule ?? null) : null,
      },
      span: s,
      attribution: a.attribution,
    });
  }
  return details;
}

/** Every quotation in the document with its speaker (null when the text does not make it clear). */
export function extractQuotations(doc: CorpusDocument): Quotation[] {
  try {
    return extractQuotationDetails(doc).map((d) => d.quotation);
  } catch {
    // Extraction is a bonus on top of the index: a document it cannot read simply has no quotations.
    return [];
  }
}
