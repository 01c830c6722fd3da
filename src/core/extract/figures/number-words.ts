/**
 * Spelled-out numbers: "eighteen", "three million", "two hundred and fifty", "a million",
 * "half a million", "twenty-five". Hand-written because the grammar is small and fully known.
 */
import type { Token } from './tokens.js';
import { DOZEN, FRACTIONS, SCALE_WORDS, TENS, UNITS } from './lexicon/number-words.js';

export interface WordNumber {
  value: number;
  /** Token index just after the number. */
  end: number;
  /** The largest scale word read ("thousand" in "five thousand"), or null. */
  scale: number | null;
}

/** 1-99 from one word: "seven", "forty", "twenty-five". */
function smallValue(word: string): number | undefined {
  const direct = UNITS[word] ?? TENS[word];
  if (direct !== undefined) return direct;
  const [tens, unit, extra] = word.split('-');
  if (extra !== undefined || tens === undefined || unit === undefined) return undefined;
  const t = TENS[tens];
  const u = UNITS[unit];
  return t !== undefined && u !== undefined && u > 0 && u < 10 ? t + u : undefined;
}

export function isNumberWord(word: string): boolean {
  return smallValue(word) !== undefined;
}

/** Reads a spelled-out number starting at `i`; null when none starts there. */
export function parseNumberWords(tokens: readonly Token[], i: number): WordNumber | null {
  const first = tokens[i];
  if (first === undefined || first.kind !== 'word') return null;
  const next = tokens[i + 1];

  // "a million", "an estimated"-free forms: only a scale word or "dozen" may follow "a"/"an".
  if ((first.lower === 'a' || first.lower === 'an') && next?.kind === 'word') {
    const scale = SCALE_WORDS[next.lower];
    if (scale !== undefined && scale >= 100 && next.lower.length > 3) return { value: scale, end: i + 2, scale };
    if (next.lower === 'dozen') return { value: DOZEN, end: i + 2, scale: null };
    return null;
  }
  // "half a million"
  if (first.lower === 'half' && (next?.lower === 'a' || next?.lower === 'an')) {
    const scale = SCALE_WORDS[tokens[i + 2]?.lower ?? ''];
    if (scale !== undefined && scale >= 1e3) return { value: scale / 2, end: i + 3, scale };
    return null;
  }

  let total = 0;
  let group = 0;
  let j = i;
  let consumedAny = false;
  let largestScale: number | null = null;
  while (j < tokens.length) {
    const token = tokens[j]!;
    if (token.kind !== 'word') break;
    const small = smallValue(token.lower);
    if (small !== undefined) {
      // "twenty five" joins; "five twenty" does not.
      if (group % 100 !== 0 && !(group % 100 >= 20 && group % 10 === 0 && small < 10)) break;
      group += small;
      consumedAny = true;
      j++;
      continue;
    }
    if (!consumedAny) break;
    if (token.lower === 'hundred' && group > 0 && group < 100) {
      group *= 100;
      j++;
      // "two hundred and fifty"
      if (tokens[j]?.lower === 'and' && smallValue(tokens[j + 1]?.lower ?? '') !== undefined) j++;
      continue;
    }
    if (token.lower === 'dozen' && group > 0) {
      group *= DOZEN;
      j++;
      continue;
    }
    const scale = SCALE_WORDS[token.lower];
    if (scale !== undefined && scale >= 1e3 && token.lower.length > 3 && group > 0) {
      total += group * scale;
      group = 0;
      largestScale = Math.max(largestScale ?? 0, scale);
      j++;
      if (tokens[j]?.lower === 'and' && smallValue(tokens[j + 1]?.lower ?? '') !== undefined) j++;
      continue;
    }
    break;
  }
  if (!consumedAny) return null;
  // A trailing "and" that was skipped but not followed by a number is not part of it.
  return { value: total + group, end: j, scale: largestScale };
}

/**
 * Splits hyphenated words that start with a number word so the parts can be read separately:
 * "nine-month" → "nine" "-month"; fractions ("one-quarter") and "twenty-five" stay whole.
 */
export function splitNumberHyphens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const dash = token.text.indexOf('-');
    if (token.kind !== 'word' || dash < 0 || FRACTIONS[token.lower] !== undefined || smallValue(token.lower) !== undefined) {
      out.push(token);
      continue;
    }
    const parts = token.text.split('-');
    // Longest leading run that is still a number ("twenty-five-year" → "twenty-five" + "year").
    let head = 0;
    for (let k = parts.length - 1; k >= 1; k--) {
      const lead = parts.slice(0, k).join('-').toLowerCase();
      // "1.8 billion-mile", "400 million-year-old", "minus-5" split the same way.
      if (smallValue(lead) !== undefined || (k === 1 && (SCALE_WORDS[lead] !== undefined || lead === 'minus'))) {
        head = k;
        break;
      }
    }
    if (head === 0) {
      out.push(token);
      continue;
    }
    const headText = parts.slice(0, head).join('-');
    const restText = parts.slice(head).join('-');
    const restStart = token.start + headText.length + 1;
    out.push({ ...token, text: headText, lower: headText.toLowerCase(), end: token.start + headText.length });
    out.push({ text: '-', lower: '-', kind: 'sym', start: restStart - 1, end: restStart, spaced: false });
    out.push({ text: restText, lower: restText.toLowerCase(), kind: 'word', start: restStart, end: token.end, spaced: false });
  }
  return out;
}
