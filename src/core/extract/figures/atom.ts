/**
 * One number as written, with what is glued to it: "$480m", "1.3 million", "28%", "70 per cent",
 * "hundreds of thousands", "350-kilometer", "one-quarter". Ranges are joined later (lexer.ts).
 */
import { digitValue, type Token } from './tokens.js';
import { parseNumberWords } from './number-words.js';
import { FRACTIONS, MAGNITUDE_PLURALS, SCALE_SUFFIXES, SCALE_WORDS, VAGUE_MULTIPLIERS } from './lexicon/number-words.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES } from './lexicon/units.js';
import { readUnit, type UnitKind } from './unit.js';

export type Form = 'digits' | 'words' | 'scale' | 'magnitude' | 'fraction' | 'vague';

export interface Atom {
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  /** The number before any scale: 5 in "5 million", so "4 to 5 million" can share the scale. */
  base: number;
  scale: number | null;
  unit: string | null;
  unitKind: UnitKind | null;
  /** Token index where the unit was read (hyphenated "-pound" or spaced "miles"); null when none. */
  unitStart: number | null;
  /** True when the unit word was hyphenated onto the number: "350-kilometer border". */
  unitHyphenated: boolean;
  forms: Form[];
  /** The raw digits token, for the year and label checks. */
  digits: string | null;
  /** Set when something glued to the number shows it is not a figure ("5am", "1990s", "22nd", "S23"). */
  glued: string | null;
}

/** Reads a currency written before the number; returns [currency, index of the number]. */
function readCurrencyPrefix(tokens: readonly Token[], i: number): [string | null, number] {
  const t = tokens[i];
  if (t === undefined) return [null, i];
  const symbol = CURRENCY_SYMBOLS[t.text];
  const next = tokens[i + 1];
  // "$US55,931,000", "$A82,615,680": the code glued after the symbol.
  if (symbol === '$' && next?.kind === 'word' && !next.spaced && tokens[i + 2]?.kind === 'num' && !tokens[i + 2]!.spaced) {
    const prefixed = DOLLAR_PREFIXES[next.lower];
    if (prefixed !== undefined) return [prefixed, i + 2];
  }
  if (symbol !== undefined) return [symbol, i + 1];
  if (t.kind === 'word' && next?.text === '$') {
    const prefixed = DOLLAR_PREFIXES[t.lower];
    if (prefixed !== undefined && /^[A-Z]+$/.test(t.text)) return [prefixed, i + 2];
  }
  // "Rs 200", "USD10m", "RM23.50"
  if (t.kind === 'word' && /^[A-Z][A-Za-z]{1,2}$/.test(t.text) && next?.kind === 'num') {
    const code = CURRENCY_CODES[t.lower];
    if (code !== undefined) return [code, i + 1];
  }
  return [null, i];
}

interface Core {
  end: number;
  /** Scale already read inside the core ("three million"). */
  scale: number | null;
  value: number | null;
  low: number | null;
  high: number | null;
  forms: Form[];
  digits: string | null;
}

const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', 'latter', 'former', 'opening', 'closing', 'middle', 'other']);

/**
 * "the first quarter of 2019", "the second half of the game", "the final third of the pitch": a
 * part named by its place, not a share. "third", "quarter", "fifth" and "tenth" are shares only
 * after "a", "an" or "one" ("a third of the vote"); "half" unless "the" or an ordinal precedes it.
 */
function isPartName(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.lower;
  if (word.includes('-')) return false;
  const before = tokens[i - 1]?.lower ?? '';
  if (word !== 'half') return !/^(a|an|one)$/.test(before);
  return before === 'the' || ORDINAL_WORDS.has(before) || /['’]s?$/.test(tokens[i - 1]?.text ?? '');
}

function readCore(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === 'num') return { end: i + 1, scale: null, value: digitValue(t.text), low: null, high: null, forms: ['digits'], digits: t.text };
  if (t.kind !== 'word') return null;

  // "tens of thousands", "hundreds of thousands", "thousands", "millions"
  const magnitude = MAGNITUDE_PLURALS[t.lower] ?? (t.lower === 'tens' ? 10 : undefined);
  if (magnitude !== undefined) {
    let scale = magnitude;
    let end = i + 1;
    const deeper = tokens[i + 2];
    if (tokens[i + 1]?.lower === 'of' && deeper !== undefined && MAGNITUDE_PLURALS[deeper.lower] !== undefined && deeper.lower !== 'dozens') {
      scale *= MAGNITUDE_PLURALS[deeper.lower]!;
      end = i + 3;
    } else if (t.lower === 'tens') return null;
    return { end, scale, value: null, low: scale, high: scale * 10, forms: ['magnitude'], digits: null };
  }
  // "several thousand", "a few hundred"
  const vagueKey = t.lower === 'a' && tokens[i + 1]?.lower === 'few' ? 'a few' : t.lower;
  const vague = VAGUE_MULTIPLIERS[vagueKey];
  if (vague !== undefined) {
    const scaleToken = tokens[i + (vagueKey === 'a few' ? 2 : 1)];
    const scale = SCALE_WORDS[scaleToken?.lower ?? ''];
    if (scaleToken !== undefined && scale !== undefined && scale >= 100 && scaleToken.lower.length > 3) {
      const end = i + (vagueKey === 'a few' ? 3 : 2);
      return { end, scale, value: null, low: vague[0] * scale, high: vague[1] * scale, forms: ['vague'], digits: null };
    }
    return null;
  }
  const fraction = FRACTIONS[t.lower];
  // "half" only as "half of" ("half a million" is read as words below); "one-quarter" stands alone too.
  if (fraction !== undefined && (tokens[i + 1]?.lower === 'of' || t.lower.includes('-')) && !isPartName(tokens, i)) {
    return { end: i + 1, scale: null, value: fraction, low: null, high: null, forms: ['fraction'], digits: null };
  }
  const words = parseNumberWords(tokens, i);
  if (words === null) return null;
  return { end: words.end, scale: words.scale, value: words.value, low: null, high: null, forms: ['words'], digits: null };
}

/** Letters glued right after digits that show the number is a time, decade, ordinal or a code. */
function gluedReason(tokens: readonly Token[], core: Core): string | null {
  const after = tokens[core.end];
  if (core.digits === null || after === undefined || after.spaced || after.kind !== 'word') return null;
  const w = after.lower;
  if (w === 'am' || w === 'pm' || w === 'a.m.' || w === 'p.m.') return 'time';
  if (w === 's' || w === "'s") return 'decade';
  if (w === 'st' || w === 'nd' || w === 'rd' || w === 'th') return 'ordinal';
  return null;
}

/** "×10−30", "x 10^5": a power of ten after the digits (scientific notation). */
function readExponent(tokens: readonly Token[], i: number): { power: number; end: number } | null {
  const times = tokens[i];
  if (times?.text !== '×' && times?.lower !== 'x') return null;
  if (tokens[i + 1]?.text !== '10') return null;
  let j = i + 2;
  if (tokens[j]?.text === '^' && !tokens[j]!.spaced) j++;
  const sign = tokens[j]?.text === '−' || tokens[j]?.text === '-' ? -1 : 1;
  if (sign < 0 && !tokens[j]!.spaced) j++;
  const power = tokens[j];
  if (power?.kind !== 'num' || power.spaced || !/^\d{1,3}$/.test(power.text) || j === i + 2) return null;
  return { power: sign * Number(power.text), end: j + 1 };
}

/** "minus 387", "minus-5", "$-50.8bn", "−1.4": the sign before a number. */
function readSign(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t?.lower === 'minus' && tokens[i + 1]?.kind === 'num') return i + 1;
  if (t?.lower === 'minus' && tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'num') return i + 2;
  if ((t?.text === '-' || t?.text === '−') && tokens[i + 1]?.kind === 'num' && !tokens[i + 1]!.spaced && (t.spaced || CURRENCY_SYMBOLS[tokens[i - 1]?.text ?? ''] !== undefined)) return i + 1;
  return i;
}

export function readAtom(tokens: readonly Token[], i: number): Atom | null {
  const [currency, afterCurrency] = readCurrencyPrefix(tokens, i);
  const coreStart = readSign(tokens, afterCurrency);
  const negative = coreStart > afterCurrency;
  const core = readCore(tokens, coreStart);
  if (core === null) return null;
  // Letters glued before digits: "S23", "mk5", "ai2html" are codes, not amounts; so are "TA-35" and "F-16".
  const before = tokens[coreStart - 1];
  const glue = core.digits !== null && !tokens[coreStart]!.spaced && currency === null && !negative;
  const codeWord = tokens[coreStart - 2];
  const codeDash = before?.text === '-' && codeWord?.kind === 'word' && /[A-Z]/.test(codeWord.text) && !before.spaced;
  const gluedBefore = glue && (before?.kind === 'word' || codeDash);
  let glued = gluedBefore ? 'code' : gluedReason(tokens, core);

  const exponent = core.digits !== null ? readExponent(tokens, core.end) : null;
  if (exponent !== null) {
    core.value = Number(`${core.digits!.replace(/,/g, '')}e${exponent.power}`);
    core.end = exponent.end;
  }
  let value = core.value !== null && negative ? -core.value : core.value;
  const low = core.low;
  const high = core.high;
  let scale: number | null = core.scale;
  let end = core.end;
  const forms = [...core.forms];
  const base = scale !== null && value !== null ? value / scale : value ?? low ?? 0;
  // Scales after digits: "$480m", "$14billion" (glued) or "1.3 million" (spaced).
  const next = tokens[end];
  let metresAt: number | null = null;
  if (core.digits !== null && next?.kind === 'word' && glued === null) {
    const gluedScale = !next.spaced ? SCALE_SUFFIXES[next.lower] : undefined;
    const spacedScale = next.spaced && (next.lower.length > 3 || next.lower === 'mn' || next.lower === 'bn') ? SCALE_WORDS[next.lower] : undefined;
    // "32m2" is an area, not 32 million.
    const squared = !next.spaced && tokens[end + 1]?.text === '2' && !tokens[end + 1]!.spaced;
    // "37m (121ft)": a glued "m" restated in feet is metres, not millions.
    const metres = currency === null && next.lower === 'm' && !next.spaced && tokens[end + 1]?.text === '(' && tokens[end + 2]?.kind === 'num' && /^(ft|feet|foot)$/.test(tokens[end + 3]?.lower ?? '');
    if (metres) metresAt = end;
    const found = squared || metres ? undefined : gluedScale ?? spacedScale;
    if (found !== undefined && (found >= 1e3 || next.lower === 'hundred')) {
      scale = found;
      end++;
      // "4 hundred million"
      const bigger = tokens[end]?.spaced ? SCALE_WORDS[tokens[end]!.lower] : undefined;
      if (bigger !== undefined && bigger > found && tokens[end]!.lower.length > 3) {
        scale = found * bigger;
        end++;
      }
      value = (value ?? 0) * scale;
      forms.push('scale');
    }
  }

  // "millions of dollars", "tens of thousands of euros"
  const ofMoney = CURRENCY_WORDS[tokens[end + 1]?.lower ?? ''];
  if (core.forms[0] === 'magnitude' && currency === null && tokens[end]?.lower === 'of' && ofMoney !== undefined) end += 1;
  const unit = metresAt !== null ? ({ unit: 'm', kind: 'measure', start: metresAt, end: metresAt + 1, hyphenated: false, rejected: null } as const) : glued === null ? readUnit(tokens, end, currency) : null;
  if (unit !== null) {
    end = unit.end;
    if (unit.rejected !== null) glued = unit.rejected;
  }
  // A fraction of a whole is a share: "one-quarter of" reads as 25 %.
  const fraction = core.forms[0] === 'fraction';
  return {
    start: i,
    end,
    value,
    low,
    high,
    base,
    scale,
    unit: unit?.unit ?? currency ?? (fraction ? '%' : null),
    unitKind: unit?.kind ?? (currency !== null ? 'currency' : fraction ? 'percent' : null),
    unitStart: unit !== null && unit.unit !== null ? unit.start : null,
    unitHyphenated: unit?.hyphenated ?? false,
    forms,
    digits: core.digits,
    glued,
  };
}
