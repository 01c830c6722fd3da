/**
 * The unit written right after a number: "%", "per cent", "dollars", "-pound", "miles",
 * "years old". Returns how far it reaches so the counted noun is read after it.
 */
import type { Token } from './tokens.js';
import {
  CURRENCY_WORDS,
  GLUED_CURRENCY_SUFFIXES,
  DOLLAR_NATIONS,
  MEASURE_UNITS,
  PERCENT_WORDS,
  PER_UNITS,
  TIME_UNITS,
  UNIT_PREFIXES,
} from './lexicon/units.js';

export type UnitKind = 'percent' | 'currency' | 'measure' | 'time' | 'age';

export interface UnitRead {
  unit: string | null;
  kind: UnitKind | null;
  start: number;
  end: number;
  hyphenated: boolean;
  /** Set when the glued letters show the number is a code ("5G", "1Early"), not an amount. */
  rejected: string | null;
}

const SINGLE_LETTER_UNITS = new Set(['g', 'C', 'F', 'l', 'L', 'W', 'V']);
const MICRO_UNITS = new Set(['m', 'g', 'l', 'L', 's', 'W', 'V', 'A', 'mol']);

function found(unit: string, kind: UnitKind, start: number, end: number, hyphenated = false): UnitRead {
  return { unit, kind, start, end, hyphenated, rejected: null };
}

function measureKind(unit: string): UnitKind {
  return TIME_UNITS.has(unit) ? 'time' : 'measure';
}

/** "years old", "year-old", "years of age" after a number make it an age. */
function readAge(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i]?.lower;
  if (t === 'year-old' || t === 'years-old') return i + 1;
  if ((t === 'year' || t === 'years') && tokens[i + 1]?.lower === 'old') return i + 2;
  if (t === 'years' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'age') return i + 3;
  return null;
}

export function readUnit(tokens: readonly Token[], i: number, currency: string | null): UnitRead | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const w = t.lower;
  if (t.text === '%') return found('%', 'percent', i, i + 1);
  if (w === 'per' && tokens[i + 1]?.lower === 'cent') return found('%', 'percent', i, i + 2);
  if (PERCENT_WORDS.has(w)) return found('%', 'percent', i, i + 1);
  if (w === 'percentage' && /^points?$/.test(tokens[i + 1]?.lower ?? '')) return found('percentage point', 'percent', i, i + 2);

  // Hyphenated onto the number: "500-1,000-pound bombs", "350-kilometer border", "15-year-old".
  if (t.text === '-' && !t.spaced && tokens[i + 1]?.kind === 'word' && !tokens[i + 1]!.spaced) {
    const age = readAge(tokens, i + 1);
    if (age !== null) return found('age', 'age', i + 1, age, true);
    const unit = MEASURE_UNITS[tokens[i + 1]!.lower];
    if (unit !== undefined) return found(unit, measureKind(unit), i + 1, i + 2, true);
    return null;
  }
  // "352 μm", "2.4 µm": the tokenizer splits the micro sign (Greek mu or U+00B5) from its unit.
  const micro = tokens[i + 1];
  if ((t.text === 'μ' || t.text === 'µ') && micro !== undefined && !micro.spaced && MICRO_UNITS.has(micro.text)) {
    return found(`µ${micro.text}`, 'measure', i, i + 2);
  }
  if (t.kind !== 'word') return null;

  const age = readAge(tokens, i);
  if (age !== null) return found('age', 'age', i, age);
  if (currency === null) {
    if (w === 'pounds' || (w === 'pound' && tokens[i + 1]?.lower === 'sterling')) {
      return found('£', 'currency', i, tokens[i + 1]?.lower === 'sterling' ? i + 2 : i + 1);
    }
    const nation = DOLLAR_NATIONS[w];
    if (nation !== undefined && /^dollars?$/.test(tokens[i + 1]?.lower ?? '')) return found(nation, 'currency', i, i + 2);
    const money = CURRENCY_WORDS[w];
    if (money !== undefined && (t.spaced || w.length > 1)) return found(money, 'currency', i, i + 1);
  } else if (CURRENCY_WORDS[w] !== undefined && w !== 'cents') {
    return found(currency, 'currency', i, i + 1);
  }

  // "32m2", "5km²": glued square units.
  const squared = tokens[i + 1];
  if (!t.spaced && /^(m|km|cm|mm|ft)$/.test(w) && squared !== undefined && !squared.spaced && (squared.text === '2' || squared.text === '²')) {
    return found(`sq ${MEASURE_UNITS[w] ?? w}`, 'measure', i, i + 2);
  }
  if (!t.spaced && currency === null && GLUED_CURRENCY_SUFFIXES[t.text] !== undefined) return found(GLUED_CURRENCY_SUFFIXES[t.text]!, 'currency', i, i + 1);
  const prefix = UNIT_PREFIXES[w];
  if (prefix !== undefined) {
    const secondWord = tokens[i + 1]?.lower ?? '';
    const second = secondWord === 'm' ? 'm' : MEASURE_UNITS[secondWord];
    if (second !== undefined) return found(`${prefix} ${second}`, 'measure', i, i + 2);
  }
  // Two-word units first: "60 basis point improvement".
  const pair = tokens[i + 1]?.kind === 'word' ? MEASURE_UNITS[`${w} ${tokens[i + 1]!.lower}`] : undefined;
  if (pair !== undefined) return found(pair, measureKind(pair), i, i + 2);
  const unit = MEASURE_UNITS[w];
  // Single letters are units only when glued and in their usual case: "25C", "5g" (but "5G" is a network).
  const letterOk = w.length > 1 || (!t.spaced && SINGLE_LETTER_UNITS.has(t.text));
  if (unit !== undefined && letterOk && w !== 'pound') {
    if (unit === 'degree' && /^(celsius|fahrenheit|c|f)$/.test(tokens[i + 1]?.lower ?? '')) {
      return found(MEASURE_UNITS[tokens[i + 1]!.lower]!, 'measure', i, i + 2);
    }
    if (w === 'km' && tokens[i + 1]?.text === '/' && tokens[i + 2]?.lower === 'h') return found('km/h', 'measure', i, i + 3);
    const perUnit = tokens[i + 1]?.lower === 'per' ? PER_UNITS[`${unit}/${MEASURE_UNITS[tokens[i + 2]?.lower ?? ''] ?? ''}`] : undefined;
    if (perUnit !== undefined) return found(perUnit, 'measure', i, i + 3);
    return found(unit, measureKind(unit), i, i + 1);
  }
  // Other letters glued to digits ("5G", "1Early", "180Besides") make the number part of a code.
  if (!t.spaced) return { unit: null, kind: null, start: i, end: i + 1, hyphenated: false, rejected: 'code' };
  return null;
}
