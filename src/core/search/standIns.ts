/**
 * The index terms that may stand for a query word, as the user typed it half remembering:
 * spelling corrections, a split into two words, a join with the next word, a number typed in groups.
 */
import { isFuzzyEligible, type SimilarTerm, type Vocabulary } from './vocabulary.js';

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
  /** How many query slots one index term stands for: 2 for a join, up to 4 for a number written in groups. */
  slotSpan: number;
  quality: number;
}

/** How much a stand-in counts compared with the word as typed. */
export const QUALITY = { exact: 1, respaced: 0.95, oneEdit: 0.8, twoEdits: 0.6, realWordPenalty: 0.8 } as const;

const MAX_CORRECTIONS = 8;
const MAX_SPLITS = 3;
const MAX_JOIN_CORRECTIONS = 2;
const MAX_NUMBER_GROUPS = 4;
/** Longer "words" (a pasted hash, "aaaa…") get no stand-ins: splitting one costs O(length²). */
export const MAX_STAND_IN_LENGTH = 40;
/** Above this many non-stopwords in a query, words the index knows are taken as typed. */
export const REAL_WORD_FUZZY_MAX_SLOTS = 12;

export function maxEditsFor(term: string): number {
  if (term.length >= 8) return 2;
  return term.length >= 3 ? 1 : 0;
}

const editQuality = (distance: number): number => (distance <= 1 ? QUALITY.oneEdit : QUALITY.twoEdits);

type Add = (v: Variant) => void;

/**
 * Spelling corrections for one query word. A word the index does not know gets up to 2 edits
 * (8+ letters) or 1. A word it knows may still be a slip for another ("hugh" for "high"): 1 edit,
 * from 4 letters, and only in short queries; in a long pasted passage the other words carry it,
 * and each lookup costs.
 */
export function corrections(term: string, known: boolean, contentSlots: number, vocab: Vocabulary): SimilarTerm[] {
  if (term.length > MAX_STAND_IN_LENGTH) return [];
  if (!known) return vocab.similar(term, maxEditsFor(term)).slice(0, MAX_CORRECTIONS);
  if (term.length < 4 || contentSlots > REAL_WORD_FUZZY_MAX_SLOTS) return [];
  return vocab.similar(term, 1).slice(0, MAX_CORRECTIONS);
}

export function addCorrections(q: number, slot: QuerySlot, contentSlots: number, vocab: Vocabulary, add: Add): void {
  const known = vocab.idOf(slot.term) !== undefined;
  const penalty = known ? QUALITY.realWordPenalty : 1;
  for (const near of corrections(slot.term, known, contentSlots, vocab)) {
    add({ termId: near.termId, nextTermId: -1, slot: q, slotSpan: 1, quality: editQuality(near.distance) * penalty });
  }
}

/** "airstrike" -> "air" + "strike" when both are indexed words (they must then stand side by side). */
export function addSplits(q: number, slot: QuerySlot, vocab: Vocabulary, add: Add): void {
  if (!isFuzzyEligible(slot.term) || slot.term.length > MAX_STAND_IN_LENGTH) return;
  let splits = 0;
  for (let i = 2; i <= slot.term.length - 2 && splits < MAX_SPLITS; i++) {
    const left = vocab.idOf(slot.term.slice(0, i));
    const right = vocab.idOf(slot.term.slice(i));
    if (left === undefined || right === undefined) continue;
    add({ termId: left, nextTermId: right, slot: q, slotSpan: 1, quality: QUALITY.respaced });
    splits++;
  }
}

/** "pesh merga" -> "peshmerga"; with a correction ("pesh merg") only when a part is no word at all. */
export function addJoins(slots: QuerySlot[], vocab: Vocabulary, add: Add): void {
  for (let q = 0; q + 1 < slots.length; q++) {
    const a = slots[q]!.term;
    const b = slots[q + 1]!.term;
    if (a.length + b.length > MAX_STAND_IN_LENGTH) continue;
    const exact = vocab.idOf(a + b);
    if (exact !== undefined) {
      add({ termId: exact, nextTermId: -1, slot: q, slotSpan: 2, quality: QUALITY.respaced });
    } else if (vocab.idOf(a) === undefined || vocab.idOf(b) === undefined) {
      for (const near of vocab.similar(a + b, 1).slice(0, MAX_JOIN_CORRECTIONS)) {
        add({ termId: near.termId, nextTermId: -1, slot: q, slotSpan: 2, quality: QUALITY.respaced * editQuality(near.distance) });
      }
    }
  }
}

/** "82 499 208" -> 82499208 when the index has that number (thousands separators lost in typing). */
export function addNumberJoins(slots: QuerySlot[], vocab: Vocabulary, add: Add): void {
  for (let q = 0; q < slots.length; q++) {
    let joined = slots[q]!.term;
    if (!/^\d+$/.test(joined)) continue;
    for (let span = 2; span <= MAX_NUMBER_GROUPS && q + span <= slots.length; span++) {
      const next = slots[q + span - 1]!.term;
      if (!/^\d{3}$/.test(next)) break;
      joined += next;
      const termId = vocab.idOf(joined);
      if (termId !== undefined) add({ termId, nextTermId: -1, slot: q, slotSpan: span, quality: QUALITY.respaced });
    }
  }
}
