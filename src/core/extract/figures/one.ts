/**
 * When the word "one" is a figure. Alone it is mostly a pronoun or an article in disguise ("one of
 * the key cities", "no one", "according to one report", "one day"), so it counts only where the
 * sentence is counting:
 * - a limiter bounds it: "just one area", "at least one of the victims", "more than one vehicle";
 * - the thing it counts takes an event: "one person was killed", "killing one civilian";
 * - it stands in a list of counts: "one man and two women", "two sons and one daughter";
 * - a unit follows it: "one mile", "one year", "one US fluid ounce" (but not the idiom "one day").
 */
import type { Mention } from './lexer.js';
import type { Token } from './tokens.js';
import { readNounPhrase } from './counted.js';
import { eventAfter, eventBefore } from './event.js';
import { isNumberWord } from './number-words.js';
import { MEASURE_UNITS } from './lexicon/units.js';

const LIMITERS = ['just', 'only', 'at least', 'more than', 'exactly', 'precisely', 'a mere', 'no more than', 'at most', 'fewer than', 'as few as'];
// Words before "one" that make it a pronoun: "no one", "each one", "the same one", "this one".
const PRONOUN_BEFORE = new Set(['no', 'each', 'every', 'any', 'the', 'this', 'that', 'which', 'same', 'another', 'little', 'loved', 'wrong', 'right', 'new', 'old', 'big', 'small']);
const MAX_UNIT_GAP = 2;
// "one day", "at one point", "one second …": idioms more often than amounts.
const IDIOM_UNITS = new Set(['day', 'point', 'second', 'minute']);

function limited(tokens: readonly Token[], start: number): boolean {
  return LIMITERS.some((phrase) => {
    const words = phrase.split(' ');
    return words.every((w, k) => tokens[start - words.length + k]?.lower === w);
  });
}

const isCount = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'num' || (isNumberWord(t.lower) && t.lower !== 'one'));

/** "one man and two women" / "two sons and one daughter". */
function inList(tokens: readonly Token[], start: number, phraseEnd: number): boolean {
  const joiner = (t: Token | undefined): boolean => t !== undefined && (t.lower === 'and' || t.lower === 'or' || t.text === ',');
  if (joiner(tokens[phraseEnd]) && isCount(tokens[phraseEnd + 1])) return true;
  if (!joiner(tokens[start - 1])) return false;
  for (let i = start - 2; i >= Math.max(0, start - 5); i--) if (isCount(tokens[i])) return true;
  return false;
}

/** "One US fluid ounce", "one mile": a unit within a couple of words. */
function unitAfter(tokens: readonly Token[], end: number): boolean {
  for (let i = end; i < end + 1 + MAX_UNIT_GAP && i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (tokens[i]!.kind !== 'word') return false;
    if (w.length > 2 && MEASURE_UNITS[w] !== undefined) return !IDIOM_UNITS.has(MEASURE_UNITS[w]!);
  }
  return false;
}

export function isCountedOne(tokens: readonly Token[], m: Mention): boolean {
  const before = tokens[m.start - 1]?.lower ?? '';
  if (PRONOUN_BEFORE.has(before) || /['’]s$/.test(before)) return false;
  if (m.unitKind === 'measure' || m.unitKind === 'time') return !IDIOM_UNITS.has(m.unit ?? '');
  const next = tokens[m.end];
  if (limited(tokens, m.start)) return next !== undefined && (next.lower === 'of' || readNounPhrase(tokens, m.end) !== null);
  const phrase = readNounPhrase(tokens, m.end);
  if (phrase === null) return false;
  if (eventAfter(tokens, phrase[1]) !== null || eventBefore(tokens, m.start) !== null) return true;
  return inList(tokens, m.start, phrase[1]) || unitAfter(tokens, m.end);
}
