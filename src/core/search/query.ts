/**
 * Query analysis: the user's words become slots (one per query word, in order), each with the
 * index terms that may stand for it (see standIns.ts) and a weight: rare words weigh more (idf),
 * function words little. Work is capped: only the first MAX_SLOTS words (MAX_CONTENT_SLOTS
 * non-stopwords) are used, so a pasted 10 KB query costs no more than a long sentence.
 */
import { isStopword } from '../text/stopwords.js';
import { forEachTerm } from '../text/tokenize.js';
import { addCorrections, addJoins, addNumberJoins, addSplits, QUALITY, type QuerySlot, type Variant } from './standIns.js';
import type { Vocabulary } from './vocabulary.js';

export type { QuerySlot, Variant } from './standIns.js';

export const MAX_SLOTS = 64;
export const MAX_CONTENT_SLOTS = 32;
export const STOPWORD_WEIGHT = 0.4;
/** Even a very common content word outweighs a stopword. */
const MIN_CONTENT_WEIGHT = 1;

export interface AnalysedQuery {
  slots: QuerySlot[];
  variants: Variant[];
  totalWeight: number;
  contentWeight: number;
}

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
  const add = (v: Variant): void => void variants.push(v);
  const contentSlots = slots.filter((slot) => !slot.stopword).length;
  slots.forEach((slot, q) => {
    const exact = vocab.idOf(slot.term);
    if (exact !== undefined) add({ termId: exact, nextTermId: -1, slot: q, slotSpan: 1, quality: QUALITY.exact });
    if (slot.stopword) return;
    addCorrections(q, slot, contentSlots, vocab, add);
    addSplits(q, slot, vocab, add);
  });
  addJoins(slots, vocab, add);
  addNumberJoins(slots, vocab, add);

  const idf = (termId: number): number => Math.log(1 + itemCount / Math.max(1, vocab.df[termId] ?? 1));
  // A word the index has never seen is as telling as its rarest word: a passage without it is
  // probably not the one meant (typos were corrected above, so this is a word the corpus lacks).
  const unknownWeight = Math.log(1 + itemCount);
  let totalWeight = 0;
  let contentWeight = 0;
  slots.forEach((slot, q) => {
    // The first stand-in covering the slot is the likeliest reading: the word itself, else the nearest correction.
    const first = variants.find((v) => v.slot <= q && q < v.slot + v.slotSpan);
    // "thsi" is most likely "this": a mistyped stopword is still a stopword. But "wnat" may be
    // "what" or "want": only when every nearest correction is a stopword. (A word the index knows is
    // never mistyped here: its exact stand-in was added first for its slot, so `first` is exact.)
    if (first && first.quality < QUALITY.exact) {
      const nearest = variants.filter((v) => v.slot === q && v.slotSpan === 1 && v.nextTermId < 0 && v.quality === first.quality);
      if (nearest.length > 0 && nearest.every((v) => isStopword(vocab.terms[v.termId]!))) slot.stopword = true;
    }
    const rarity = first === undefined ? unknownWeight : Math.max(idf(first.termId), first.nextTermId < 0 ? 0 : idf(first.nextTermId));
    slot.weight = slot.stopword ? STOPWORD_WEIGHT : Math.max(MIN_CONTENT_WEIGHT, rarity);
    totalWeight += slot.weight;
    if (!slot.stopword) contentWeight += slot.weight;
  });
  return { slots, variants, totalWeight, contentWeight };
}
