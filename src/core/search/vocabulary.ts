/**
 * The index's vocabulary: term ids, document frequencies, and a trigram index that finds the
 * terms within a small edit distance of a (mistyped) query term.
 *
 * Why trigrams rather than symmetric deletes: deletes of distance 2 multiply the vocabulary by
 * ~50 strings per long term (hundreds of MB at 100k paragraphs); trigram postings are typed arrays
 * of about (length + 2) entries per term. Pigeonhole makes the lookup cheap: one edit destroys at
 * most 4 of a term's trigrams (3 for a substitution, 4 for a swap of neighbours), so any term within
 * k edits shares at least one of the query's 4k + 1 rarest trigrams. Only those postings are read, then each candidate is verified by edit distance.
 */
import { boundedEditDistance } from './distance.js';

/** Trigram alphabet: padding, a-z, 0-9, and one bucket for everything else (verification is exact anyway). */
const SYMBOLS = 38;
const symbolOf = (code: number): number => {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  return 37;
};

/** Which letters a term uses (a-z, digits and the rest share the top bits). */
function letterMask(term: string): number {
  let mask = 0;
  for (let i = 0; i < term.length; i++) {
    const s = symbolOf(term.charCodeAt(i));
    mask |= 1 << (s <= 26 ? s - 1 : 26 + (s % 6));
  }
  return mask >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Distinct trigram keys of "␀␀term␀␀". */
function trigramsOf(term: string): number[] {
  const keys = new Set<number>();
  let a = 0;
  let b = 0;
  for (let i = 0; i <= term.length + 1; i++) {
    const c = i < term.length ? symbolOf(term.charCodeAt(i)) : 0;
    keys.add((a * SYMBOLS + b) * SYMBOLS + c);
    a = b;
    b = c;
  }
  return [...keys];
}

/** Fuzzy matching is for words; numbers must match exactly (130000 is not 13000). */
export const isFuzzyEligible = (term: string): boolean => term.length >= 3 && !/\d/.test(term);

export interface SimilarTerm {
  termId: number;
  distance: number;
}

export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  /** Number of items containing each term (filled by the index builder). */
  df: Uint32Array = new Uint32Array(0);
  private gramStart = new Uint32Array(0);
  private gramTerms = new Uint32Array(0);
  private lengths = new Uint8Array(0);
  /** Letter sets: one edit changes at most two letters' presence, a cheap test before edit distance. */
  private masks = new Uint32Array(0);
  /** Per-term stamp so a lookup visits each candidate once without clearing a set. */
  private seen = new Uint32Array(0);
  private stamp = 0;

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  get size(): number {
    return this.terms.length;
  }

  /** Builds the trigram postings; call once after every term has been added. */
  buildFuzzyIndex(): void {
    const keyCount = SYMBOLS * SYMBOLS * SYMBOLS;
    const counts = new Uint32Array(keyCount + 1);
    this.lengths = Uint8Array.from(this.terms, (t) => Math.min(255, t.length));
    this.masks = Uint32Array.from(this.terms, letterMask);
    const gramsByTerm: Array<number[] | null> = this.terms.map((t) => (isFuzzyEligible(t) ? trigramsOf(t) : null));
    for (const grams of gramsByTerm) if (grams) for (const g of grams) counts[g + 1]!++;
    for (let k = 1; k <= keyCount; k++) counts[k]! += counts[k - 1]!;
    this.gramStart = counts.slice();
    const fill = counts;
    this.gramTerms = new Uint32Array(this.gramStart[keyCount]!);
    // Filled in order of term length, so each posting list is sorted by length and a lookup reads
    // only the terms of plausible length (binary search for the first one).
    const byLength = [...this.terms.keys()].sort((a, b) => this.lengths[a]! - this.lengths[b]! || a - b);
    for (const termId of byLength) {
      const grams = gramsByTerm[termId];
      if (grams) for (const g of grams) this.gramTerms[fill[g]!++] = termId;
    }
    this.seen = new Uint32Array(this.terms.length);
  }

  /** Vocabulary terms within `maxDistance` edits of `term` (not the term itself), nearest first. */
  similar(term: string, maxDistance: number): SimilarTerm[] {
    if (maxDistance <= 0 || !isFuzzyEligible(term)) return [];
    const grams = trigramsOf(term).sort((x, y) => this.postingLength(x) - this.postingLength(y));
    const probe = grams.slice(0, Math.min(grams.length, 4 * maxDistance + 1));
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const found: SimilarTerm[] = [];
    const mask = letterMask(term);
    const maxMaskDifference = 2 * maxDistance;
    const shortest = term.length - maxDistance;
    const longest = term.length + maxDistance;
    for (const g of probe) {
      const end = this.gramStart[g + 1]!;
      for (let i = this.firstOfLength(g, shortest); i < end; i++) {
        const id = this.gramTerms[i]!;
        if (this.lengths[id]! > longest) break;
        if (this.seen[id] === this.stamp) continue;
        this.seen[id] = this.stamp;
        if (popcount(mask ^ this.masks[id]!) > maxMaskDifference) continue;
        const candidate = this.terms[id]!;
        if (candidate === term) continue;
        const distance = boundedEditDistance(term, candidate, maxDistance);
        if (distance <= maxDistance) found.push({ termId: id, distance });
      }
    }
    return found.sort((x, y) => x.distance - y.distance || this.df[y.termId]! - this.df[x.termId]!);
  }

  /** Index of the first term of at least `length` characters in the gram's posting list. */
  private firstOfLength(gram: number, length: number): number {
    let lo = this.gramStart[gram]!;
    let hi = this.gramStart[gram + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lengths[this.gramTerms[mid]!]! < length) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private postingLength(gram: number): number {
    return this.gramStart[gram + 1]! - this.gramStart[gram]!;
  }
}
