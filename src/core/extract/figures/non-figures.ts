/**
 * Numbers that are not figures: years, dates, times, ordinals, labels and references
 * ("No. 191", "Issue 2561", "World War 2", "BAsics 1:28"), codes ("5G") and scores ("2-2").
 * Returns why, so the evaluation can count each kind of rejection.
 */
import type { Mention } from './lexer.js';
import { isCapitalized, type Token } from './tokens.js';
import { APPROXIMATORS } from './lexicon/qualifiers.js';
import { LABEL_MARKERS, MONTHS, TIME_SUFFIXES, YEAR_CONTEXT } from './lexicon/non-figures.js';
import { isNumberWord } from './number-words.js';
import { isPluralNoun } from './counted.js';
import { isCountedOne } from './one.js';
import { NP_STOPS, QUANTITY_NOUNS } from './lexicon/nouns.js';

export type Rejection = 'year' | 'date' | 'time' | 'label' | 'reference' | 'code' | 'ordinal' | 'decade' | 'score' | 'one' | 'overflow';

const ALWAYS_LABELS = new Set([
  'no', 'nos', 'issue', 'vol', 'volume', 'p', 'pp', 'page', 'pages', 'para', 'paragraph', 'chapter', 'ch', 'section',
  'article', 'art', 'clause', 'verse', 'number', 'category', 'grade', 'level', 'tier', 'phase', 'stage', 'type', 'class',
]);

/** Words that may stand capitalised right before a count without making it a label. */
function startsCount(token: Token): boolean {
  const w = token.lower;
  return APPROXIMATORS[w] !== undefined || isNumberWord(w) || /^(the|a|an|and|but|only|just|another|all|these|those|its|his|her|their|our|with|by|of|for|from|in|on|at|to|some|over|nearly|about|around|almost|roughly|since|after|before|between|under|while|when|of|than|least|most|every|each|per|nearly|approximately)$/.test(w);
}

/**
 * A bare number followed by a capitalised name that is not a plural and not followed by the noun
 * it would modify: "787 Dreamliner", "575 Wilbraham Road", "11 Pro Max", "90049 ZIP Code".
 */
function isNameAfter(tokens: readonly Token[], end: number): boolean {
  let i = end;
  // An acronym right after a number is more often a unit ("0.5 WAR", "300 MW") than a name.
  if (/^[A-Z]{2,}$/.test(tokens[i]?.text ?? '')) return false;
  while (isCapitalized(tokens[i]) && !tokens[i]!.text.includes('.')) i++;
  if (i === end || isPluralNoun(tokens[i - 1]!.text)) return false;
  const next = tokens[i];
  if (next === undefined || next.kind === 'sym') return true;
  if (next.kind === 'num') return false;
  return NP_STOPS.has(next.lower) || /(ing|ed)$/.test(next.lower);
}

function isMonth(token: Token | undefined): boolean {
  return token !== undefined && isCapitalized(token) && MONTHS.has(token.lower);
}

/** The word before a mention, skipping an abbreviation's period ("No. 191", "Oct. 31"). */
function wordBefore(tokens: readonly Token[], index: number): Token | undefined {
  const prev = tokens[index - 1];
  if (prev?.text === '.' && !prev.spaced) return tokens[index - 2];
  return prev;
}

function isYearLike(m: Mention, tokens: readonly Token[]): boolean {
  const a = m.atoms[0]!;
  if (a.digits === null || !/^\d{4}$/.test(a.digits) || a.scale !== null || a.unit !== null) return false;
  const n = Number(a.digits);
  const before = wordBefore(tokens, a.start);
  if (before !== undefined && (before.lower === 'a.d.' || before.lower === 'b.c.' || before.lower === 'ad')) return true;
  if (n < 1500 || n > 2199) return false;
  // "an average of 1500", "a total of 1800"
  if (before?.lower === 'of' && QUANTITY_NOUNS.has(tokens[a.start - 2]?.lower ?? '')) return false;
  if (m.unitKind !== null && m.unitKind !== 'time') return false;
  if (before !== undefined && APPROXIMATORS[before.lower] !== undefined && !YEAR_CONTEXT.has(before.lower)) return false;
  // "2000 soldiers": a plain lowercase plural right after reads as a count.
  const after = tokens[m.end];
  if (after?.kind === 'word' && /^[a-z]/.test(after.text) && isPluralNoun(after.text) && before?.lower !== 'the') return false;
  return true;
}

export function rejectionOf(m: Mention, tokens: readonly Token[], sentenceStart: number): Rejection | null {
  const first = m.atoms[0]!;
  // Amounts too large for a number (a run of 400 digits) cannot be shown or compared.
  if ([m.value, m.low, m.high].some((v) => v !== null && !Number.isFinite(v))) return 'overflow';
  if (isYearLike(m, tokens)) return 'year';
  if (m.glued === 'score') return 'score';
  if (m.glued !== null) return m.glued as Rejection;

  const before = wordBefore(tokens, m.start);
  const after = tokens[m.end];
  const isSmallInt = first.digits !== null && /^\d{1,2}$/.test(first.digits);
  // "February 19", "Oct. 31", "10 March", "(28 February)"
  if (isSmallInt && m.unit === null && (isMonth(before) || isMonth(after))) return 'date';
  // "9/11", "24/7", "3/4/2019": numbers glued by a slash are dates or names (a fraction before "of" was read already).
  const slashed = (t: Token | undefined, n: Token | undefined): boolean => (t?.text === '/' || t?.text === '⁄') && !t.spaced && n?.kind === 'num';
  if (m.unit === null && first.digits !== null && (slashed(after, tokens[m.end + 1]) && !tokens[m.end + 1]!.spaced || slashed(tokens[m.start - 1], tokens[m.start - 2]) && !tokens[m.start]!.spaced)) return 'date';
  if (first.digits !== null && (after?.text === ':' && !after.spaced && tokens[m.end + 1]?.kind === 'num')) return 'reference';
  if (first.digits !== null && before?.text === ':' && !tokens[m.start]!.spaced && tokens[m.start - 2]?.kind === 'num') return 'reference';
  if (after !== undefined && m.unit === null && TIME_SUFFIXES.has(after.lower) && after.lower !== 'h') return 'time';

  if (before !== undefined && before.kind === 'word' && first.forms[0] === 'digits' && m.unitKind !== 'currency') {
    if (ALWAYS_LABELS.has(before.lower)) return 'label';
    if (LABEL_MARKERS.has(before.lower) && isCapitalized(before)) return 'label';
    // A capitalised name right before a bare number: "World War 2", "Game 2", "SC 191", "Big 12", "iPhone 11".
    const nameBefore = (isCapitalized(before) && before.start > sentenceStart && !startsCount(before)) || /^[a-z]+[A-Z]/.test(before.text);
    if (nameBefore && m.unit === null && !MONTHS.has(before.lower)) return 'label';
  }
  if (m.unit === null && first.digits !== null && isNameAfter(tokens, m.end)) return 'label';
  // "one" alone is mostly not a figure ("one of the key cities", "one report", "one day before"): see one.ts.
  const plainOne = first.forms[0] === 'words' && m.atoms.length === 1 && m.value === 1 && first.scale === null;
  if (plainOne && m.unitKind !== 'currency' && m.unitKind !== 'percent' && !isCountedOne(tokens, m)) return 'one';
  return null;
}
