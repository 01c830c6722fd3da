/**
 * What a number counts: the noun phrase it modifies ("5,805 civilians", "28% of Iraqi families",
 * "$480m in banknotes", "a city of 1.3 million"), or, when the phrase is left out ("up to 30 more"),
 * the noun of the figure before it in the same sentence.
 */
import type { Mention } from './lexer.js';
import { isCapitalized, joinTokens, type Token } from './tokens.js';
import { DESCRIPTIVE, IRREGULAR_PLURALS, NP_STOPS, PLACE_NOUNS, POPULATION_NOUNS, QUANTITY_NOUNS } from './lexicon/nouns.js';
import { EVENT_VERBS } from './lexicon/events.js';
import { RATE_PERIODS } from './lexicon/units.js';
import { VERBS } from './lexicon/verbs.js';

export type CountsRule = 'after' | 'of' | 'preposition' | 'noun-of' | 'place-of' | 'hyphen-unit' | 'modifies' | 'out-of' | 'ellipsis';

export interface Counted {
  /** The counted phrase as written: "Iraqi families", "U.S. air strikes". */
  text: string | null;
  /** Lowercase, descriptive words dropped: "families", "air strikes". */
  noun: string | null;
  /** Token span of the phrase when it follows the number (for the figure's text); null otherwise. */
  span: [number, number] | null;
  rule: CountsRule | null;
  /** "day" in "50 airstrikes a day". */
  per: string | null;
  /** Token index after everything read (phrase and rate). */
  end: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'them', 'whom', 'which']);
const MAX_NP_WORDS = 5;

export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (NP_STOPS.has(w)) return false;
  // Demonyms in -is are plurals ("Iraqis", "Israelis"), unlike "crisis" or "analysis".
  if (/^[A-Z][a-z]{3,}is$/.test(word)) return true;
  return /[a-z]{2}s$/.test(w) && !/(ss|us|is|ics|ness)$/.test(w) && !/['’]s$/.test(w);
}

function isPossessive(token: Token): boolean {
  return /['’]s?$/.test(token.text) || /['’]s$/.test(token.text);
}

/** Reads a noun phrase at `j`; returns [start, end) of its words, or null. */
export function readNounPhrase(tokens: readonly Token[], j: number, afterOf = false): [number, number] | null {
  let i = j;
  if (afterOf) {
    while (tokens[i] !== undefined && (DETERMINERS.has(tokens[i]!.lower) || isPossessive(tokens[i]!))) i++;
  }
  const start = i;
  let end = i;
  while (end < tokens.length && end - start < MAX_NP_WORDS) {
    const t = tokens[end]!;
    // All-caps words are names ("US special forces"), never the pronoun or article they spell.
    const stop = NP_STOPS.has(t.lower) && !/^[A-Z]{2,}$/.test(t.text);
    if (t.kind !== 'word' || stop || (EVENT_VERBS[t.lower] !== undefined && end > start)) break;
    // A participle right after a head noun is the event, not part of the phrase ("munitions hurled").
    if (end > start && /(ed|ing)$/.test(t.lower) && isPluralNoun(tokens[end - 1]!.text)) break;
    end++;
    // The first plural is the head unless another plural follows ("arms dealers").
    if (isPluralNoun(t.text) && !isPluralNoun(tokens[end]?.text ?? '')) break;
  }
  if (end === start) return null;
  // "hundreds of U.S., Canadian and …": a modifier cut off by a list is not the head.
  if (/^(?:[A-Za-z]\.){2,}$/.test(tokens[end - 1]!.text)) return null;
  // A lone participle is not a noun ("were killed", "the 1 million expected to be…").
  const only = tokens[start]!.lower;
  if (end - start === 1 && !IRREGULAR_PLURALS.has(only) && (EVENT_VERBS[only] !== undefined || /(ed|ing)$/.test(only))) return null;
  return [start, end];
}

/** Lowercase, with capitalised modifiers, -ly adverbs and descriptive adjectives dropped. */
function normaliseNoun(tokens: readonly Token[], [s, e]: [number, number]): string {
  const words = tokens.slice(s, e);
  const kept = words.filter((t, k) => {
    if (k === words.length - 1) return true;
    return !isCapitalized(t) && !/ly$/.test(t.lower) && !DESCRIPTIVE.has(t.lower);
  });
  return kept.map((t) => t.lower).join(' ');
}

function readRate(tokens: readonly Token[], j: number): [string, number] | null {
  const a = tokens[j]?.lower;
  const period = tokens[j + 1]?.lower;
  if ((a === 'a' || a === 'an' || a === 'per' || a === 'each' || a === 'every') && period !== undefined && RATE_PERIODS.has(period)) {
    return [period, j + 2];
  }
  return null;
}

/** `next` is where reading continues: after the phrase when it follows the number. */
function result(tokens: readonly Token[], span: [number, number] | null, rule: CountsRule | null, next: number): Counted {
  let per: string | null = null;
  let end = next;
  const rate = readRate(tokens, end);
  if (rate !== null) [per, end] = rate;
  const follows = rule === 'after' || rule === 'of' || rule === 'preposition' || rule === 'hyphen-unit' || rule === 'modifies';
  return {
    text: span ? joinTokens(tokens, ...span) : null,
    noun: span ? normaliseNoun(tokens, span) : null,
    span: follows ? span : null,
    rule: span ? rule : null,
    per,
    end,
  };
}

// Words after a measure that describe it rather than name a thing: "40 miles west", "90 miles wide".
const NOT_MEASURED = new Set([
  'wide', 'long', 'high', 'deep', 'tall', 'old', 'thick', 'west', 'east', 'north', 'south', 'away', 'ahead', 'behind',
  'apart', 'later', 'earlier', 'ago', 'before', 'after', 'off', 'more', 'less', 'higher', 'lower', 'down', 'up',
  'early', 'late', 'long', 'short', 'each', 'apiece', 'overall', 'total', 'combined', 'respectively',
]);

/**
 * The noun a measure, share or amount describes when it stands before it: "a 750 meter swim",
 * "a 1.6 liter engine", "a 25% duty". English puts such units in the singular, so a plural unit
 * ("two days strict Sharia law") is not read this way.
 */
function nounAfterUnit(tokens: readonly Token[], m: Mention, j: number): [number, number] | null {
  // The unit's last word carries the plural: "two days strict Sharia law", "a 60 basis point improvement".
  const unitWord = m.unitStart !== null ? tokens[m.end - 1] : undefined;
  if (unitWord !== undefined && unitWord.kind === 'word' && /[a-z]{3,}s$/.test(unitWord.text)) return null;
  const first = tokens[j];
  if (first === undefined || first.kind !== 'word' || NOT_MEASURED.has(first.lower) || /ly$/.test(first.lower)) return null;
  if (EVENT_VERBS[first.lower] !== undefined || /(ing|ed)$/.test(first.lower) && !isPluralNoun(tokens[j + 1]?.text ?? '')) return null;
  // "Just 1 percent see the economy growing": without an article the amount is the subject and
  // a verb follows it; with one the same word is a noun ("a 25% cut").
  const led = tokens.slice(Math.max(0, m.start - 3), m.start).some((t) => DETERMINERS.has(t.lower));
  if (!led && (first.verb === true || VERBS.has(first.lower))) return null;
  return readNounPhrase(tokens, j);
}

/** The token after a short parenthesis opening at `open` ("(13 kilometers)"), or `open` when there is none. */
function afterParenthesis(tokens: readonly Token[], open: number): number {
  for (let i = open + 1; i < tokens.length && i <= open + 8; i++) if (tokens[i]!.text === ')') return i + 1;
  return open;
}

/** `qualifierStart` is where the approximator before the number starts (for "population of up to"). */
export function readCounted(tokens: readonly Token[], m: Mention, qualifierStart: number, end: number): Counted {
  const kind = m.unitKind;
  // Durations and measures ("three weeks later", "40 miles west") count nothing, unless the unit
  // is hyphenated onto a noun: "a nine-month assault", "500-1,000-pound crater bombs".
  if (kind === 'time' || kind === 'measure' || kind === 'age') {
    if (m.unitHyphenated) {
      const np = readNounPhrase(tokens, end);
      return result(tokens, np, 'hyphen-unit', end);
    }
    // "275 pound-feet of torque", "8 miles (13 kilometers) of new tunnels": what the measure is of
    // (a duration counts nothing: "two weeks of an offensive" is how long, not what).
    const of = tokens[end]?.text === '(' ? afterParenthesis(tokens, end) : end;
    if (kind === 'measure' && tokens[of]?.lower === 'of') {
      const np = readNounPhrase(tokens, of + 1, true);
      if (np !== null) return { ...result(tokens, np, 'of', np[1]), span: of === end ? np : null };
    }
    const modified = nounAfterUnit(tokens, m, end);
    return modified !== null ? result(tokens, modified, 'modifies', modified[1]) : result(tokens, null, null, end);
  }
  let j = end;
  // "millions of dollars' worth of arms"
  if ((tokens[j]?.text === '’' || tokens[j]?.text === "'") && tokens[j + 1]?.lower === 'worth') j += 1;
  if (tokens[j]?.lower === 'worth' && tokens[j + 1]?.lower === 'of') j += 1;
  if (tokens[j]?.text === '-' && !tokens[j]!.spaced && tokens[j + 1]?.lower === 'strong') j += 2;

  if (tokens[j]?.lower === 'of') {
    const np = readNounPhrase(tokens, j + 1, true);
    if (np !== null) return result(tokens, np, 'of', np[1]);
  } else if (kind !== 'percent' && kind !== 'currency') {
    const np = readNounPhrase(tokens, j);
    if (np !== null) return result(tokens, np, 'after', np[1]);
  }
  // "a 25% duty", "a $700000 award": the amount describes the noun after it.
  if ((kind === 'percent' || kind === 'currency') && tokens[j]?.lower !== 'of') {
    const modified = nounAfterUnit(tokens, m, j);
    if (modified !== null) return result(tokens, modified, 'modifies', modified[1]);
  }
  // Money and shares: "$480m in banknotes", "$14billion on the Iraqi security forces".
  if (kind === 'currency' && /^(in|on|for)$/.test(tokens[j]?.lower ?? '')) {
    const np = readNounPhrase(tokens, j + 1, true);
    if (np !== null && tokens[np[0]]?.kind === 'word') return result(tokens, np, 'preposition', np[1]);
  }
  // "92 out of 328 seats": the phrase belongs to the second number.
  if (tokens[j]?.lower === 'out' && tokens[j + 1]?.lower === 'of' && tokens[j + 2]?.kind === 'num') {
    const np = readNounPhrase(tokens, j + 3);
    if (np !== null) return { ...result(tokens, np, 'out-of', j), span: null };
  }
  // "population of 1.3 million", "income of up to $1.3 million", "a city of 1.3 million".
  if (tokens[qualifierStart - 1]?.lower === 'of') {
    const noun = tokens[qualifierStart - 2];
    if (noun !== undefined && (QUANTITY_NOUNS.has(noun.lower) || PLACE_NOUNS.has(noun.lower) || POPULATION_NOUNS.has(noun.lower))) {
      const span: [number, number] = [qualifierStart - 2, qualifierStart - 1];
      const counted = result(tokens, span, PLACE_NOUNS.has(noun.lower) ? 'place-of' : 'noun-of', j);
      if (PLACE_NOUNS.has(noun.lower) || POPULATION_NOUNS.has(noun.lower)) return { ...counted, noun: 'population' };
      return counted;
    }
  }
  return result(tokens, null, null, j);
}
