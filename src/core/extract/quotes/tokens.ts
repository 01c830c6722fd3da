/**
 * Words, punctuation and sentence starts within a stretch of a paragraph, with other quotations
 * ("holes") either seen as one opaque token or skipped. Offsets always point into the paragraph.
 */
import { ABBREVIATIONS } from '../../text/abbreviations.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
}

/** [start, end) of a quotation inside the paragraph, marks included. */
export type Hole = readonly [number, number];


const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’\-.](?=[\p{L}\p{N}]))*/uy;

/** Keeps the full stop of "U.S.", "R." and "Mr." with the word. */
function withAbbreviationDot(text: string, word: string, end: number): number {
  if (text[end] !== '.') return end;
  const bare = word.toLowerCase();
  if (/^(\p{L}\.)*\p{L}$/u.test(word) || ABBREVIATIONS.has(bare)) return end + 1;
  return end;
}

/**
 * Finds the hole at increasing positions in amortised constant time: holes sorted by start, a
 * pointer past those already behind. (Callers only move forward, and jump over a hole whole.)
 */
class HoleCursor {
  private readonly sorted: Hole[];
  private next = 0;

  constructor(holes: readonly Hole[]) {
    this.sorted = holes.length > 1 ? [...holes].sort((a, b) => a[0] - b[0]) : [...holes];
  }

  at(p: number): Hole | undefined {
    while (this.next < this.sorted.length && this.sorted[this.next]![1] <= p) this.next++;
    for (let k = this.next; k < this.sorted.length && this.sorted[k]![0] <= p; k++) {
      if (this.sorted[k]![1] > p) return this.sorted[k];
    }
    return undefined;
  }
}

/**
 * Tokens of text[from, to). A hole becomes one 'quote' token; a skipped stretch (a nickname such as
 * “Mad Dog” inside a name) disappears, so "James “Mad Dog” Mattis" reads as "James Mattis".
 */
export function tokenize(text: string, from: number, to: number, holes: readonly Hole[] = [], skipped: readonly Hole[] = []): Token[] {
  const tokens: Token[] = [];
  const gaps = new HoleCursor(skipped);
  const quotes = new HoleCursor(holes);
  let p = from;
  while (p < to) {
    const gap = gaps.at(p);
    if (gap) {
      p = gap[1];
      continue;
    }
    const hole = quotes.at(p);
    if (hole) {
      tokens.push({ text: text.slice(hole[0], Math.min(hole[1], to)), start: hole[0], end: Math.min(hole[1], to), kind: 'quote' });
      p = hole[1];
      continue;
    }
    const c = text[p]!;
    if (/\s/.test(c)) {
      p++;
      continue;
    }
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (m) {
      const end = Math.min(withAbbreviationDot(text, m[0], p + m[0].length), to);
      tokens.push({ text: text.slice(p, end), start: p, end, kind: 'word' });
      p = end;
      continue;
    }
    tokens.push({ text: c, start: p, end: p + 1, kind: 'punct' });
    p++;
  }
  return tokens;
}

const CLOSERS = /[”’"')\]»]/;
const OPENERS = /[\p{Lu}\p{N}“‘"'«]/u;

/** Does a sentence end right after the character at `p` (a . ! ? or …)? */
function endsSentenceAt(text: string, p: number, to: number): number | null {
  const c = text[p];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return null;
  let q = p + 1;
  while (q < to && CLOSERS.test(text[q]!)) q++;
  if (q >= to) return null;
  if (!/\s/.test(text[q]!)) return null;
  while (q < to && /\s/.test(text[q]!)) q++;
  if (q >= to || !OPENERS.test(text[q]!)) return null;
  if (c === '.') {
    const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, p - 20), p))?.[1] ?? '';
    // "in the U.S. He says": after a dotted abbreviation, a pronoun or an article still starts a sentence.
    const dotted = /\p{L}\.\p{L}$/u.test(before) && /^(He|She|They|It|We|I|The|This|That|But|And|In|On|At|A|An)\b/.test(text.slice(q, q + 5));
    if (!dotted && (/^\p{Lu}$/u.test(before) || /\p{L}\.\p{L}$/u.test(before) || ABBREVIATIONS.has(before.toLowerCase()))) return null;
  }
  return q;
}

/**
 * Start offsets of the sentences in text[from, to). A sentence end inside a hole does not count,
 * except at the hole's own end: “…optimistic.” He described… ends a sentence after the mark.
 */
export function sentenceStarts(text: string, from: number, to: number, holes: readonly Hole[]): number[] {
  const starts = [from];
  const cursor = new HoleCursor(holes);
  let p = from;
  while (p < to) {
    const hole = cursor.at(p);
    if (hole) {
      // The quoted words' last character decides whether the sentence ends with the quotation.
      let last = Math.min(hole[1], to) - 1;
      while (last > hole[0] && CLOSERS.test(text[last]!)) last--;
      const next = endsSentenceAt(text, last, to);
      if (next !== null && next >= hole[1]) starts.push(next);
      p = hole[1];
      continue;
    }
    const next = endsSentenceAt(text, p, to);
    if (next !== null) {
      starts.push(next);
      p = next;
      continue;
    }
    p++;
  }
  return starts;
}

/** The [start, end) of the sentence holding offset `at` (`starts`: sentenceStarts of the same stretch, if known). */
export function sentenceAround(text: string, from: number, to: number, holes: readonly Hole[], at: number, known?: readonly number[]): [number, number] {
  const starts = known ?? sentenceStarts(text, from, to, holes);
  // The last start at or before `at` (starts are increasing).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  if (starts[lo] === undefined || starts[lo]! > at) return [from, starts[0] ?? to];
  return [starts[lo]!, starts[lo + 1] ?? to];
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word) || /^(al|el|ad|as|ash|bin|ibn)-\p{Lu}/u.test(word);
