/**
 * First stage: which items are worth re-ranking. Each non-stopword query slot adds its weight
 * (times the quality of the stand-in found) to every item whose postings contain one of its
 * stand-ins; the items with the most weight go on to the re-ranker.
 *
 * Cost control, without losing any item that could reach the score threshold:
 * - slots are read rarest first; once the slots not yet read (and the stopwords, and stand-ins left
 *   to the re-ranker) could not lift an unseen item to the threshold on their own, reading stops:
 *   every item that can qualify has been seen, and the re-ranker scores the rest exactly;
 * - stand-ins that are stopwords ("ben" -> "been") are never read from postings (the re-ranker
 *   still credits them), since their postings cover much of the corpus.
 */
import { isStopword } from '../text/stopwords.js';
import type { IndexData } from './postings.js';
import type { AnalysedQuery, Variant } from './query.js';

/** Re-rank at least this many items, more when they tie with the last one, up to MAX_CANDIDATES. */
const CANDIDATES = 200;
const MAX_CANDIDATES = 2000;

interface SlotPlan {
  slot: number;
  variants: Variant[];
  /** Postings to read. */
  cost: number;
  /** The most this slot can add to an item. */
  gain: number;
}

export class CandidateFinder {
  private readonly weight: Float32Array;
  private readonly slotStamp: Int32Array;
  private readonly slotGain: Float32Array;
  private readonly touched: Uint32Array;
  private readonly kept: Uint32Array;
  private readonly scratch: Float32Array;
  private stamp = 0;

  constructor(private readonly data: IndexData) {
    const n = data.itemStart.length - 1;
    this.weight = new Float32Array(n);
    this.slotStamp = new Int32Array(n);
    this.slotGain = new Float32Array(n);
    this.touched = new Uint32Array(n);
    this.kept = new Uint32Array(n);
    this.scratch = new Float32Array(n);
  }

  /** Item indexes to re-rank, best first-stage weight first. */
  find(query: AnalysedQuery, minScore: number, filter?: (itemIndex: number) => boolean): number[] {
    const { plans, slack: unplanned } = this.plan(query);
    const stopwordWeight = query.totalWeight - query.contentWeight;
    // The most an item can still gain from slots whose postings were not (all) read.
    let unread = unplanned + plans.reduce((sum, p) => sum + p.gain, 0);
    let touchedCount = 0;
    const { postingStart, postingItems } = this.data;
    for (const { slot, variants, gain: maxGain } of plans) {
      // Unseen items can no longer reach the threshold: stop adding items.
      if (touchedCount > 0 && unread + stopwordWeight < minScore * query.totalWeight) break;
      unread -= maxGain;
      if (++this.stamp === 0x7fffffff) {
        this.slotStamp.fill(0);
        this.stamp = 1;
      }
      const slotWeight = query.slots[slot]!.weight;
      for (const v of variants) {
        const gain = slotWeight * v.quality;
        const termId = this.probeTerm(v);
        for (let i = postingStart[termId]!, end = postingStart[termId + 1]!; i < end; i++) {
          const item = postingItems[i]!;
          if (this.slotStamp[item] !== this.stamp) {
            // First stand-in of this slot in this item.
            if (this.weight[item] === 0) this.touched[touchedCount++] = item;
            this.slotStamp[item] = this.stamp;
            this.slotGain[item] = gain;
            this.weight[item]! += gain;
          } else if (gain > this.slotGain[item]!) {
            this.weight[item]! += gain - this.slotGain[item]!;
            this.slotGain[item] = gain;
          }
        }
      }
    }

    // Score <= coverage <= (weight found + everything not read) / total weight.
    const needed = minScore * query.totalWeight - unread - stopwordWeight;
    let kept = 0;
    for (let i = 0; i < touchedCount; i++) {
      const item = this.touched[i]!;
      if (this.weight[item]! >= needed && (!filter || filter(item))) this.kept[kept++] = item;
    }
    const result = this.best(kept);
    for (let i = 0; i < touchedCount; i++) this.weight[this.touched[i]!] = 0;
    return result;
  }

  /**
   * Non-stopword slots with stand-ins to read from postings, rarest first; `slack` is the most an
   * item can gain through stand-ins left to the re-ranker (corrections that are stopwords,
   * "ben" -> "been", and splits into a stopword: their postings are huge).
   */
  private plan(query: AnalysedQuery): { plans: SlotPlan[]; slack: number } {
    const { postingStart, vocab } = this.data;
    const bySlot = query.slots.map(() => [] as Variant[]);
    for (const v of query.variants) {
      for (let s = 0; s < v.slotSpan; s++) bySlot[v.slot + s]!.push(v);
    }
    const plans: SlotPlan[] = [];
    let slack = 0;
    bySlot.forEach((all, slot) => {
      const weight = query.slots[slot]!.weight;
      if (query.slots[slot]!.stopword || all.length === 0) return;
      let readBest = 0;
      let unreadBest = 0;
      let cost = 0;
      const read: Variant[] = [];
      for (const v of all) {
        const probe = this.probeTerm(v);
        if (isStopword(vocab.terms[probe]!)) {
          unreadBest = Math.max(unreadBest, v.quality);
          continue;
        }
        read.push(v);
        readBest = Math.max(readBest, v.quality);
        cost += postingStart[probe + 1]! - postingStart[probe]!;
      }
      slack += weight * unreadBest;
      if (read.length > 0) plans.push({ slot, variants: read, cost, gain: weight * readBest });
    });
    return { plans: plans.sort((a, b) => a.cost - b.cost), slack };
  }

  /** A split ("air strike") is read through its rarer half. */
  private probeTerm(v: Variant): number {
    if (v.nextTermId < 0) return v.termId;
    const { postingStart } = this.data;
    const a = postingStart[v.termId + 1]! - postingStart[v.termId]!;
    const b = postingStart[v.nextTermId + 1]! - postingStart[v.nextTermId]!;
    return a <= b ? v.termId : v.nextTermId;
  }

  /** The best of the first `count` entries of `kept`. */
  private best(count: number): number[] {
    const weight = this.weight;
    const byWeight = (a: number, b: number): number => weight[b]! - weight[a]! || a - b;
    const items = this.kept.subarray(0, count);
    if (count <= CANDIDATES) return Array.from(items).sort(byWeight);
    // Selection, not a full sort: a one-word query can touch a third of a 100k-item index.
    const values = this.scratch.subarray(0, count);
    for (let i = 0; i < count; i++) values[i] = weight[items[i]!]!;
    const cut = kthLargest(values, CANDIDATES);
    const above: number[] = [];
    for (let i = 0; i < count; i++) if (weight[items[i]!]! > cut) above.push(items[i]!);
    for (let i = 0; i < count && above.length < MAX_CANDIDATES; i++) if (weight[items[i]!] === cut) above.push(items[i]!);
    return above.sort(byWeight);
  }
}

/** The k-th largest value (1-based) by quickselect; reorders `values`. */
export function kthLargest(values: Float32Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}
