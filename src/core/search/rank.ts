/**
 * Second stage: score one item against the query by reading its words in order.
 *
 * score = COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * phrase, in [0, 1]:
 * - coverage: the weighted share of query slots found anywhere in the item (best stand-in each);
 * - phrase: the best in-order chain of matches, each link counting fully when the words stand as
 *   far apart in the item as in the query, less for every word dropped or added in between.
 * A verbatim phrase scores 1; the same words scattered over the paragraph score at most
 * COVERAGE_SHARE plus their best local chain, so exact phrases rank first.
 */
import { isStopword } from '../text/stopwords.js';
import type { IndexData } from './postings.js';
import type { AnalysedQuery } from './query.js';
import { QUALITY } from './standIns.js';

export const COVERAGE_SHARE = 0.4;
/** Words the item may have (or the query may lack) between two linked matches. */
const MAX_GAP = 3;
/** Credit for a link whose gap differs by 0, 1, 2, 3 words between item and query. */
const LINK_CREDIT = [1, 0.75, 0.55, 0.4];
/** Enough for any real paragraph; a giant item is scored on its first matches only. */
const MAX_MATCHES = 4096;

export interface MatchDetail {
  /** Token positions of the best chain's matches, in order (each with its span of 1 or 2 tokens). */
  chain: Array<{ position: number; span: number }>;
  /** Token positions of other matches of non-stopword slots (for highlighting nearby). */
  others: Array<{ position: number; span: number }>;
}

/** Re-ranking runs for hundreds of items per query: it allocates nothing, to keep GC pauses out of latency. */

export class Ranker {
  /** Head of the list of query variants for each term id (-1: the term is not in the query). */
  private readonly head: Int32Array;
  private nextVariant: Int32Array = new Int32Array(0);
  private query: AnalysedQuery | null = null;
  private readonly mPos = new Int32Array(MAX_MATCHES);
  private readonly mVariant = new Int32Array(MAX_MATCHES);
  private readonly best = new Float64Array(MAX_MATCHES);
  private readonly back = new Int32Array(MAX_MATCHES);
  private slotBest = new Float64Array(0);

  constructor(private readonly data: IndexData) {
    this.head = new Int32Array(data.vocab.size).fill(-1);
  }

  prepare(query: AnalysedQuery): void {
    this.release();
    this.query = query;
    this.nextVariant = new Int32Array(query.variants.length);
    query.variants.forEach((v, i) => {
      this.nextVariant[i] = this.head[v.termId]!;
      this.head[v.termId] = i;
    });
    this.slotBest = new Float64Array(query.slots.length);
  }

  release(): void {
    if (this.query) for (const v of this.query.variants) this.head[v.termId] = -1;
    this.query = null;
  }

  private count = 0;
  private bestEnd = -1;

  /** The item's score; `detail()` then explains it (call it before scoring another item). */
  score(item: number): number {
    const query = this.query!;
    const { variants, slots } = query;
    const tokens = this.data.tokens;
    const from = this.data.itemStart[item]!;
    const to = this.data.itemStart[item + 1]!;
    this.slotBest.fill(0);
    let count = 0;
    for (let p = from; p < to && count < MAX_MATCHES; p++) {
      for (let v = this.head[tokens[p]!]!; v >= 0 && count < MAX_MATCHES; v = this.nextVariant[v]!) {
        const variant = variants[v]!;
        if (variant.nextTermId >= 0 && (p + 1 >= to || tokens[p + 1] !== variant.nextTermId)) continue;
        this.mPos[count] = p - from;
        this.mVariant[count++] = v;
        for (let s = 0; s < variant.slotSpan; s++) {
          if (variant.quality > this.slotBest[variant.slot + s]!) this.slotBest[variant.slot + s] = variant.quality;
        }
      }
    }
    let covered = 0;
    let contentCovered = 0;
    for (let q = 0; q < slots.length; q++) {
      const slot = slots[q]!;
      covered += slot.weight * this.slotBest[q]!;
      if (!slot.stopword) contentCovered += slot.weight * this.slotBest[q]!;
    }
    // Function words alone never make a match.
    this.count = count;
    this.bestEnd = -1;
    if (contentCovered === 0) return 0;

    const bestValue = this.chain(count);
    const coverage = covered / query.totalWeight;
    const phrase = bestValue / query.totalWeight;
    return Math.min(1, COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * phrase);
  }

  private spanOf(v: number): number {
    return this.query!.variants[v]!.nextTermId >= 0 ? 2 : 1;
  }

  /** Best in-order chain by dynamic programming over matches (they come sorted by position). */
  private chain(count: number): number {
    const { variants, slots } = this.query!;
    let bestEnd = -1;
    let bestValue = 0;
    for (let j = 0; j < count; j++) {
      const vj = variants[this.mVariant[j]!]!;
      let gain = 0;
      for (let s = 0; s < vj.slotSpan; s++) gain += slots[vj.slot + s]!.weight;
      gain *= vj.quality;
      let value = gain;
      let back = -1;
      const pj = this.mPos[j]!;
      for (let i = j - 1; i >= 0; i--) {
        const pi = this.mPos[i]!;
        if (pi < pj - MAX_GAP - 2) break;
        const vi = variants[this.mVariant[i]!]!;
        const gapP = pj - (pi + this.spanOf(this.mVariant[i]!));
        const gapQ = vj.slot - (vi.slot + vi.slotSpan);
        if (gapP < 0 || gapQ < 0 || gapP > MAX_GAP || gapQ > MAX_GAP) continue;
        const linked = this.best[i]! + gain * LINK_CREDIT[Math.abs(gapP - gapQ)]!;
        if (linked > value) {
          value = linked;
          back = i;
        }
      }
      this.best[j] = value;
      this.back[j] = back;
      if (value > bestValue) {
        bestValue = value;
        bestEnd = j;
      }
    }
    this.bestEnd = bestEnd;
    return bestValue;
  }

  /** Which matches made the last score: the best chain, and the other non-stopword matches. */
  detail(): MatchDetail {
    const { count, bestEnd } = this;
    const chain: MatchDetail['chain'] = [];
    const inChain = new Set<number>();
    for (let j = bestEnd; j >= 0; j = this.back[j]!) {
      chain.unshift({ position: this.mPos[j]!, span: this.spanOf(this.mVariant[j]!) });
      inChain.add(j);
    }
    const others: MatchDetail['others'] = [];
    for (let j = 0; j < count; j++) {
      const v = this.query!.variants[this.mVariant[j]!]!;
      // Outside the chain, only confident matches are highlighted: not a stopword standing in for a
      // typo, nor a guess that a known word was a slip for another ("farm" for "form").
      const confident = v.quality >= QUALITY.oneEdit && !isStopword(this.data.vocab.terms[v.termId]!);
      if (!inChain.has(j) && !this.query!.slots[v.slot]!.stopword && confident) {
        others.push({ position: this.mPos[j]!, span: this.spanOf(this.mVariant[j]!) });
      }
    }
    return { chain, others };
  }
}
