/**
 * A small tokenizer tuned for finding numbers: every token keeps its character offsets and whether
 * whitespace came before it, because "$480m" (glued) and "480 m" (spaced) mean different things.
 */

export type TokenKind = 'word' | 'num' | 'sym';

export interface Token {
  text: string;
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** True when whitespace (or the start of the text) comes right before the token. */
  spaced: boolean;
  /** Set when the part-of-speech tagger calls the word a verb (tagger.ts); unset means no say. */
  verb?: boolean;
}

// Order matters: dotted abbreviations ("U.S.", "a.m.") before plain words; hyphenated words
// ("sisters-in-law", "U.S.-led", "year-old") stay one token, but "nine-month" keeps "-month"
// apart only when a digit precedes (digits never join words here).
const TOKEN_RE =
  /(?:[A-Za-z]\.){2,}(?:-[A-Za-z]+)*|[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\d.])\.\d+|[^\sA-Za-z\d]/g;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    const raw = match[0];
    const first = raw.charCodeAt(0);
    const isNum = (first >= 48 && first <= 57) || (raw.length > 1 && raw[0] === '.' && /\d/.test(raw[1]!));
    const kind: TokenKind = isNum ? 'num' : /[A-Za-z]/.test(raw[0] ?? '') ? 'word' : 'sym';
    tokens.push({
      text: raw,
      lower: raw.toLowerCase(),
      kind,
      start: start + offset,
      end: start + raw.length + offset,
      spaced: start === 0 || start > previousEnd,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** The tokens from `start` to `end` as written: a space only where the text had one. */
export function joinTokens(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t, k) => (k > 0 && t.spaced ? ' ' : '') + t.text).join('');
}

/** Parses "5,805" or "1.3" as a number; NaN when it is not one. */
export function digitValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}

export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^[A-Z]/.test(token.text);
}
