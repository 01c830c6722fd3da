/**
 * Quoted words that are not somebody's words: a nickname inside a name (James “Mad Dog” Mattis),
 * the title of a work (noted in “Syria Quagmire”), and scare quotes ("liberate", “advisors”).
 *
 * Choice: these are dropped, not stored as unattributed quotations. A scare-quoted word says the
 * author distances himself from it; nobody is being quoted, so "who said 'liberate'?" has no
 * quotation to point to (the plain-text search still finds the word). A quotation of five words
 * or more with no visible speaker is kept with `speaker: null`, so who-said can answer "in the
 * corpus, unattributed". Short quoted words that a cue attributes ("declared the U.S. policy is
 * “annihilation”") are kept with their speaker.
 */
import type { QuoteSpan } from './spans.js';

/** Up to this many words without a speaker, quoted words are scare quotes. */
export const SCARE_MAX_WORDS = 4;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** “Satellite Images of Mosul Reveal the Devastation…”: most significant words capitalised. */
export function isTitleCase(text: string): boolean {
  const words = text.replace(/[^\p{L}\p{N}\s'’-]/gu, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const significant = words.filter((w, i) => i === 0 || w.length >= 4);
  const capitalised = significant.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / significant.length >= 0.75 && !/[a-z].*\.\s+\p{Lu}/u.test(text);
}

const prevWord = (text: string, at: number): string => /([\p{L}’'-]+)\s*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
const nextWord = (text: string, at: number): string => /^\s*([\p{L}’'-]+)/u.exec(text.slice(at, at + 30))?.[1] ?? '';

/** James “Mad Dog” Mattis: a short capitalised quotation between two parts of a name. */
export function isNickname(texts: readonly string[], s: QuoteSpan): boolean {
  if (s.mark === 'block' || s.open === null || s.close === null || s.startPara !== s.endPara) return false;
  const text = texts[s.startPara]!;
  const inner = text.slice(s.start, s.end);
  if (wordCount(inner) > 3 || !inner.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) || /[,.!?;:]$/.test(inner)) return false;
  // Between two parts of a name; "Fox News Channel’s “Hannity,” Newt Gingrich" is a title.
  const before = prevWord(text, s.open);
  return /^\p{Lu}/u.test(before) && !/[’']s$/.test(before) && /^\p{Lu}/u.test(nextWord(text, s.close + 1));
}

/** noted in “Syria Quagmire”, an essay titled “…”: the words name a work. */
export function isNamedWork(texts: readonly string[], s: QuoteSpan): boolean {
  if (s.open === null) return false;
  const text = texts[s.startPara]!;
  const before = prevWord(text, s.open).toLowerCase();
  if (['in', 'titled', 'entitled', 'headlined', 'headline', 'book', 'film', 'song', 'album', 'essay', 'documentary'].includes(before)) return true;
  // NBC’s “Meet the Press”, on “Fox and Friends”: a programme, said title-case after a possessive or "on".
  const inner = s.startPara === s.endPara ? text.slice(s.start, s.end) : '';
  return (/[’']s$/.test(before) || before === 'on') && wordCount(inner) <= 8 && isTitleCase(inner);
}
