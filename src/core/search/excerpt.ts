/**
 * Turns a scored item into what a chat message shows: the sentence(s) holding the best match,
 * cut at word boundaries to at most MAX_EXCERPT characters with "…" where cut, and the matched
 * words as highlight ranges into that excerpt.
 */
import type { Highlight } from '../answers.js';
import { sentenceRanges } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';

export const MAX_EXCERPT = 300;
export const ELLIPSIS = '…';

export interface MatchSpan {
  /** Token position in the item. */
  position: number;
  /** Number of tokens (2 for a split such as "air strike"). */
  span: number;
}

export interface Excerpt {
  excerpt: string;
  highlights: Highlight[];
  range: [number, number];
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** Moves a cut start forward past a partly cut word; a cut end back before one. */
function snapStart(text: string, start: number, limit: number): number {
  if (start === 0 || isSpace(text[start - 1])) return start;
  let i = start;
  while (i < limit && !isSpace(text[i])) i++;
  while (i < limit && isSpace(text[i])) i++;
  return i < limit ? i : start;
}

function snapEnd(text: string, end: number, limit: number): number {
  if (end >= text.length || isSpace(text[end])) return end;
  let i = end;
  while (i > limit && !isSpace(text[i - 1])) i--;
  while (i > limit && isSpace(text[i - 1])) i--;
  return i > limit ? i : end;
}

/** The window of at most `max` characters within [from, to) that best shows [focusStart, focusEnd). */
function window(text: string, from: number, to: number, focusStart: number, focusEnd: number, max: number): [number, number] {
  if (to - from <= max) return [from, to];
  if (focusEnd - focusStart >= max) return [focusStart, snapEnd(text, focusStart + max, focusStart)];
  const slack = max - (focusEnd - focusStart);
  let start = Math.max(from, focusStart - Math.floor(slack / 2));
  const end = Math.min(to, start + max);
  start = Math.max(from, end - max);
  return [snapStart(text, start, focusStart), snapEnd(text, end, focusEnd)];
}

export function buildExcerpt(text: string, tokens: Token[], chain: MatchSpan[], others: MatchSpan[]): Excerpt {
  const tokenRange = (m: MatchSpan): [number, number] => {
    const first = tokens[m.position];
    const last = tokens[Math.min(tokens.length - 1, m.position + m.span - 1)];
    return [first?.start ?? 0, last?.end ?? 0];
  };
  const focus = chain.length > 0 ? [tokenRange(chain[0]!)[0], tokenRange(chain[chain.length - 1]!)[1]] : [0, 0];
  const [focusStart, focusEnd] = focus as [number, number];

  const sentences = sentenceRanges(text);
  const first = sentences.find(([, e]) => e > focusStart) ?? [0, text.length];
  const last = [...sentences].reverse().find(([s]) => s < focusEnd) ?? first;
  const [start, end] = window(text, first[0], last[1], focusStart, focusEnd, MAX_EXCERPT);

  const prefix = start > first[0] ? ELLIPSIS : '';
  const suffix = end < last[1] ? ELLIPSIS : '';
  const excerpt = prefix + text.slice(start, end) + suffix;

  const spans = [...chain, ...others]
    .map(tokenRange)
    .filter(([s, e]) => s >= start && e <= end && e > s)
    .sort((a, b) => a[0] - b[0]);
  const highlights: Highlight[] = [];
  for (const [s, e] of spans) {
    const previous = highlights[highlights.length - 1];
    const hs = s - start + prefix.length;
    const he = e - start + prefix.length;
    // One highlight for "air strike": neighbours separated by white space only merge.
    if (previous && hs <= previous[1] + 1 && /^\s*$/.test(excerpt.slice(previous[1], hs))) previous[1] = Math.max(previous[1], he);
    else if (!previous || hs >= previous[1]) highlights.push([hs, he]);
  }
  return { excerpt, highlights, range: [start, end] };
}
