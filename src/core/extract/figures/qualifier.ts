/**
 * Approximators and bounds around a number, kept as written: "as many as", "at least another",
 * "close to", "aged 14 or over", and the hedge after the noun ("may have been").
 */
import { joinTokens, type Token } from './tokens.js';
import { APPROXIMATORS, HEDGE_PATTERN, TRAILING_APPROXIMATORS, type Bound } from './lexicon/qualifiers.js';

export interface QualifierRead {
  /** Token index where the qualifier starts (the mention's start when there is none). */
  start: number;
  /** Token index just after a trailing approximator ("or so"), else the mention's end. */
  end: number;
  phrases: string[];
  bound: Bound | null;
  approximate: boolean;
}

const MAX_WORDS = 4;

function phraseEndingAt(tokens: readonly Token[], end: number, table: typeof APPROXIMATORS): number | null {
  for (let n = MAX_WORDS; n >= 1; n--) {
    const start = end - n;
    if (start < 0) continue;
    const slice = tokens.slice(start, end);
    if (slice.some((t) => t.kind !== 'word')) continue;
    if (table[slice.map((t) => t.lower).join(' ')] !== undefined) return start;
  }
  return null;
}

export function readQualifier(tokens: readonly Token[], mentionStart: number, mentionEnd: number): QualifierRead {
  const phrases: string[] = [];
  let bound: Bound | null = null;
  let approximate = false;
  let start = mentionStart;
  // Up to two stacked phrases: "at least another 500", "an estimated some" is rare but harmless.
  for (let round = 0; round < 2; round++) {
    const found = phraseEndingAt(tokens, start, APPROXIMATORS);
    if (found === null) break;
    const entry = APPROXIMATORS[tokens.slice(found, start).map((t) => t.lower).join(' ')]!;
    const phrase = joinTokens(tokens, found, start);
    start = found;
    if (!entry.approximate) continue;
    phrases.unshift(phrase);
    bound ??= entry.bound;
    approximate = true;
    // Only a plain word like "another" lets a second phrase stack before it ("at least another 500").
    break;
  }
  // "~25", "≈ 32m2"
  if (phrases.length === 0 && (tokens[start - 1]?.text === '~' || tokens[start - 1]?.text === '≈')) {
    phrases.push(tokens[start - 1]!.text);
    bound = 'about';
    approximate = true;
    start -= 1;
  }
  let end = mentionEnd;
  const trailing = [tokens[end]?.lower, tokens[end + 1]?.lower].join(' ');
  const trail = TRAILING_APPROXIMATORS[trailing];
  if (trail !== undefined) {
    phrases.push(joinTokens(tokens, end, end + 2));
    bound ??= trail.bound;
    approximate = true;
    end += 2;
  } else if (tokens[end]?.text === '+' && !tokens[end]!.spaced) {
    phrases.push('+');
    bound ??= 'min';
    approximate = true;
    end += 1;
  }
  return { start, end, phrases, bound, approximate };
}

/** The hedge right after the counted noun: "may have been", "are said to have". */
export function readHedge(textAfter: string): string | null {
  const match = HEDGE_PATTERN.exec(textAfter.slice(0, 60));
  if (match === null || match.index > 12) return null;
  return match[0].trim();
}
