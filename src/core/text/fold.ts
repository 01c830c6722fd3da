/**
 * Character folding: what one character of written text becomes in a search term.
 * Folding works one code point at a time so every term keeps exact offsets into the original text
 * (highlights and citations point at the words as written, not at a normalised copy).
 */

/** How a character takes part in a word (plain numbers: this sits on the indexing hot path). */
export const CharKind = {
  /** Ends a word: spaces, punctuation, symbols, emoji, control characters. */
  Separator: 0,
  /** Letters and digits (their folded form is in `text`). */
  Word: 1,
  /** Invisible inside a word: combining marks, soft hyphen, zero-width and bidi marks. */
  Ignorable: 2,
  /** ' ’ ʼ: may join a word ("don't") when letters stand on both sides. */
  Apostrophe: 3,
} as const;
export type CharKind = (typeof CharKind)[keyof typeof CharKind];

/** Letters that Unicode decomposition leaves alone but readers treat as plain Latin letters. */
const LATIN_EXTRAS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  ł: 'l', Ł: 'l', ı: 'i', þ: 'th', Þ: 'th', ħ: 'h', Ħ: 'h', ŀ: 'l', Ŀ: 'l', ĸ: 'k',
};

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x2018, 0x60, 0xb4, 0x2032]);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
/** Format characters (zero-width joiners, bidi marks, BOM) and the soft hyphen. */
const FORMAT = /^[\p{Cf}]$/u;

export interface Folded {
  kind: CharKind;
  text: string;
}

const cache = new Map<number, Folded>();

function foldUncached(codePoint: number): Folded {
  if (APOSTROPHES.has(codePoint)) return { kind: CharKind.Apostrophe, text: '' };
  const ch = String.fromCodePoint(codePoint);
  if (MARK.test(ch) || FORMAT.test(ch)) return { kind: CharKind.Ignorable, text: '' };
  if (!LETTER_OR_DIGIT.test(ch)) return { kind: CharKind.Separator, text: '' };
  const extra = LATIN_EXTRAS[ch];
  if (extra !== undefined) return { kind: CharKind.Word, text: extra };
  // NFKD splits accents off (ğ -> g + breve) and unfolds compatibility forms (ﬁ -> fi, full-width A -> A).
  let text = '';
  for (const part of ch.normalize('NFKD')) {
    if (MARK.test(part)) continue;
    text += part;
  }
  text = text.toLowerCase();
  // Some compatibility forms decompose to punctuation (e.g. ½ -> 1⁄2); keep letters and digits only.
  text = Array.from(text).filter((c) => LETTER_OR_DIGIT.test(c)).join('');
  return { kind: CharKind.Word, text: text || ch.toLowerCase() };
}

/** The folded form of one non-ASCII code point (ASCII is handled inline by the tokenizer for speed). */
export function foldCodePoint(codePoint: number): Folded {
  let folded = cache.get(codePoint);
  if (folded === undefined) {
    folded = foldUncached(codePoint);
    // Bounded: a hostile text could walk all of Unicode; beyond this we just recompute.
    if (cache.size < 65536) cache.set(codePoint, folded);
  }
  return folded;
}

/** Folds a whole string (for tests and small inputs): lower case, no accents, straight apostrophes dropped. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = foldCodePoint(ch.codePointAt(0) ?? 0);
    if (folded.kind === CharKind.Word) out += folded.text;
    else if (folded.kind === CharKind.Separator) out += ch;
  }
  return out;
}
