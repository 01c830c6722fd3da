/**
 * Query analysis: the user's words become slots (one per query word, in order), and each slot
 * gets the index terms that may stand for it:
 * - the word itself;
 * - spelling corrections within 1 edit (2 for words of 8+ letters), nearest and most frequent first;
 * - a split into two indexed words that must stand side by side ("airstrike" -> "air strike");
 * - a join with the next word ("pesh merga" -> "peshmerga"), covering both slots.
 * Work is capped: only the first MAX_SLOTS words (MAX_CONTENT_SLOTS non-stopwords) are used, so a
 * pasted 10 KB query costs no more than a long sentence.
 */
import { forEachTerm } from '../text/tokenize.js';
import { isStopword } from '../text/stopwords.js';
import { isFuzzyEligible, type SimilarTerm, type Vocabulary } from './vocabulary.js';

export const MAX_SLOTS = 64;
export const MAX_CONTENT_SLOTS = 32;
const MAX_CORRECTIONS = 8;
/** Above this many non-stopwords, known words are taken as typed. */
const REAL_WORD_FUZZY_MAX_SLOTS = 12;
const MAX_SPLITS = 3;

/** How much a stand-in counts compared with the word as typed. */
export const QUALITY = { exact: 1, respaced: 0.95, oneEdit: 0.8, twoEdits: 0.6, realWordPenalty: 0.8 } as const;
/** Slot weights: function words barely count; a word the index has never seen counts like a fairly common one. */
export const STOPWORD_WEIGHT = 0.4;
const UNKNOWN_WORD_WEIGHT = 1.5;
const MIN_CONTENT_WEIGHT = 1;

export interface QuerySlot {
  term: string;
  stopword: boolean;
  weight: number;
}

export interface Variant {
  termId: number;
  /** The second index term of a split, which must follow `termId` directly; -1 otherwise. */
  nextTermId: number;
  slot: number;
  /** 2 when one index term stands for this slot and the next (a join). */
  slotSpan: 1 | 2;
  quality: number;
}

export interface AnalysedQuery {
  slots: QuerySlot[];
  variants: Variant[];
  totalWeight: number;
  contentWeight: number;
}

export function maxEditsFor(term: string): number {
  if (term.length >= 8) return 2;
  return term.length >= 3 ? 1 : 0;
}

/**
 * Spelling corrections for one query word. A word the index does not know gets up to 2 edits
 * (8+ letters) or 1. A word it knows may still be a slip for another ("hugh" for "high"): 1 edit,
 * from 4 letters, and only in short queries; in a long pasted passage the other words carry it,
 * and each lookup costs.
 */
function corrections(term: string, known: boolean, contentSlots: number, vocab: Vocabulary): SimilarTerm[] {
  if (!known) return vocab.similar(term, maxEditsFor(term)).slice(0, MAX_CORRECTIONS);
  if (term.length < 4 || contentSlots > REAL_WORD_FUZZY_MAX_SLOTS) return [];
  return vocab.similar(term, 1).slice(0, MAX_CORRECTIONS);
}

const editQuality = (distance: number): number => (distance <= 1 ? QUALITY.oneEdit : QUALITY.twoEdits);

function readSlots(query: string): QuerySlot[] {
  const slots: QuerySlot[] = [];
  let content = 0;
  forEachTerm(query, (term) => {
    // One letter on its own ("a", a stray "s") carries no meaning; numbers do.
    const stopword = isStopword(term) || (term.length === 1 && !/\d/.test(term));
    slots.push({ term, stopword, weight: 0 });
    if (!stopword) content++;
    return slots.length < MAX_SLOTS && content < MAX_CONTENT_SLOTS;
  });
  return slots;
}

export function analyseQuery(query: string, vocab: Vocabulary, itemCount: number): AnalysedQuery {
  const slots = readSlots(query);
  const variants: Variant[] = [];
  const idf = (termId: number): number => Math.log(1 + itemCount / Math.max(1, vocab.df[termId] ?? 1));
  const add = (v: Omit<Variant, 'nextTermId'> & { nextTermId?: number }): void => {
    variants.push({ nextTermId: -1, ...v });
  };
  /** df of the term that best represents each slot, for its weight. */
  const representative: Array<number | undefined> = slots.map(() => undefined);

  const contentSlots = slots.filter((slot) => !slot.stopword).length;
  slots.forEach((slot, q) => {
    const exact = vocab.idOf(slot.term);
    if (exact !== undefined) {
      add({ termId: exact, slot: q, slotSpan: 1, quality: QUALITY.exact });
      representative[q] = exact;
    }
    if (slot.stopword) return;
    const penalty = exact === undefined ? 1 : QUALITY.realWordPenalty;
    for (const near of corrections(slot.term, exact !== undefined, contentSlots, vocab)) {
      add({ termId: near.termId, slot: q, slotSpan: 1, quality: editQuality(near.distance) * penalty });
      representative[q] ??= near.termId;
    }
    let splits = 0;
    for (let i = 2; i <= slot.term.length - 2 && splits < MAX_SPLITS && isFuzzyEligible(slot.term); i++) {
      const left = vocab.idOf(slot.term.slice(0, i));
      const right = vocab.idOf(slot.term.slice(i));
      if (left === undefined || right === undefined) continue;
      add({ termId: left, nextTermId: right, slot: q, slotSpan: 1, quality: QUALITY.respaced });
      representative[q] ??= vocab.df[left]! < vocab.df[right]! ? left : right;
      splits++;
    }
  });

  for (let q = 0; q + 1 < slots.length; q++) {
    const a = slots[q]!.term;
    const b = slots[q + 1]!.term;
    const joined = a + b;
    const exact = vocab.idOf(joined);
    const joins: Array<{ termId: number; quality: number }> = [];
    if (exact !== undefined) joins.push({ termId: exact, quality: QUALITY.respaced });
    else if (vocab.idOf(a) === undefined || vocab.idOf(b) === undefined) {
      // "pesh merg" -> "peshmerga": only worth a correction when a part is not a word at all.
      for (const near of vocab.similar(joined, 1).slice(0, 2)) {
        joins.push({ termId: near.termId, quality: QUALITY.respaced * editQuality(near.distance) });
      }
    }
    for (const j of joins) {
      add({ termId: j.termId, slot: q, slotSpan: 2, quality: j.quality });
      representative[q] ??= j.termId;
      representative[q + 1] ??= j.termId;
    }
  }

  let totalWeight = 0;
  let contentWeight = 0;
  slots.forEach((slot, q) => {
    const rep = representative[q];
    if (slot.stopword) slot.weight = STOPWORD_WEIGHT;
    else slot.weight = rep === undefined ? UNKNOWN_WORD_WEIGHT : Math.max(MIN_CONTENT_WEIGHT, idf(rep));
    totalWeight += slot.weight;
    if (!slot.stopword) contentWeight += slot.weight;
  });
  return { slots, variants, totalWeight, contentWeight };
}
