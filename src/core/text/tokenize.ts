/**
 * Splits text into search terms, each with its [start, end) offsets in the original text.
 *
 * A term is a run of letters and digits, folded (lower case, no diacritics: "Erdoğan" -> "erdogan").
 * - Apostrophes between letters join ("don't" -> "dont"); a possessive 's is dropped ("ISIS’s" -> "isis").
 * - Digit groups join: "130,000" -> "130000" (so it matches "130000"); "1.3" stays "1.3".
 * - Initials join: "U.S." -> "us", like "US".
 * - Zero-width, bidi and soft-hyphen characters vanish inside a word; hyphens, emoji and
 *   control characters separate words ("US-led" -> "us", "led").
 * Indexing and querying share this function, so both sides always agree.
 */
import { CharKind, foldCodePoint } from './fold.js';

export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Receives each term; return false to stop early (queries cap their work this way). */
export type TermSink = (term: string, start: number, end: number) => boolean | void;

const kindAt = (text: string, i: number): CharKind => {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return CharKind.Word;
    return c === 39 || c === 96 ? CharKind.Apostrophe : CharKind.Separator;
  }
  return foldCodePoint(text.codePointAt(i) ?? c).kind;
};

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** True when text[i] (a ',' or '.') sits inside a number: "130,000", "1.3". */
function isNumberSeparator(text: string, i: number): boolean {
  if (!isDigit(text.charCodeAt(i - 1)) || !isDigit(text.charCodeAt(i + 1))) return false;
  if (text.charCodeAt(i) === 46) return true;
  // A thousands comma is followed by exactly three digits; "1,2,3" is a list, not a number.
  return isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4));
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** True when text[i] is a full stop inside initials: "U.S.", "e.g." read as one word ("us", "eg"). */
function isInitialsDot(text: string, i: number, start: number): boolean {
  return (
    isAsciiLetter(text.charCodeAt(i - 1)) &&
    (i - 1 === start || text.charCodeAt(i - 2) === 46) &&
    isAsciiLetter(text.charCodeAt(i + 1)) &&
    text.charCodeAt(i + 2) === 46
  );
}

export function forEachTerm(text: string, sink: TermSink): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip to the start of a word.
    const kind = kindAt(text, i);
    if (kind !== CharKind.Word) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let term = '';
    // `plain`: the term so far equals text.slice(start, i) lower-cased; building strings char by char is slow.
    let plain = true;
    let apostropheAt = -1;
    let end = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
          if (!plain) term += text[i];
          i++;
          end = i;
          continue;
        }
        if (c >= 65 && c <= 90) {
          if (!plain) term += String.fromCharCode(c + 32);
          i++;
          end = i;
          continue;
        }
        if ((c === 44 || c === 46) && isNumberSeparator(text, i)) {
          if (plain) term = text.slice(start, i).toLowerCase();
          plain = false;
          if (c === 46) term += '.';
          i++;
          continue;
        }
        if (c === 46 && isInitialsDot(text, i, start)) {
          if (plain) term = text.slice(start, i).toLowerCase();
          plain = false;
          i++;
          continue;
        }
      }
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const folded = c < 128 ? null : foldCodePoint(cp);
      const k = folded ? folded.kind : c === 39 || c === 96 ? CharKind.Apostrophe : CharKind.Separator;
      if (k === CharKind.Word) {
        if (plain) term = text.slice(start, i).toLowerCase();
        plain = false;
        term += folded!.text;
        i += width;
        end = i;
      } else if (k === CharKind.Ignorable) {
        if (plain) term = text.slice(start, i).toLowerCase();
        plain = false;
        i += width;
      } else if (k === CharKind.Apostrophe && i + 1 < n && kindAt(text, i + 1) === CharKind.Word) {
        if (plain) term = text.slice(start, i).toLowerCase();
        plain = false;
        apostropheAt = term.length;
        i += width;
      } else {
        break;
      }
    }
    if (plain) term = text.slice(start, end).toLowerCase();
    // Possessive: "ISIS's" -> "isis" (the highlight still covers the whole word as written).
    if (apostropheAt > 0 && term.length === apostropheAt + 1 && term.endsWith('s')) term = term.slice(0, -1);
    if (term.length > 0 && sink(term, start, end) === false) return;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachTerm(text, (term, start, end) => {
    tokens.push({ term, start, end });
  });
  return tokens;
}
