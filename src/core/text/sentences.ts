/**
 * Sentence boundaries with offsets, so an excerpt can show "the matched sentence(s)" and still
 * point back into the original text.
 */
import { ABBREVIATIONS } from './abbreviations.js';

/**
 * A sentence ends at . ! ? or … (plus any closing quotes/brackets) followed by white space and a
 * capital, digit, currency sign or opening quote; or at a line break. A full stop after an abbreviation or an
 * initial ("U.S.", "J.") does not end one.
 */
const BOUNDARY = /([.!?…])(["'”’)\]]*)[^\S\n]+(?=["'“‘([]?[\p{Lu}\p{N}$£€])|\n+/gu;

/** [start, end) of each sentence in `text`, trimmed of surrounding white space, in order. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const push = (from: number, to: number): void => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) ranges.push([from, to]);
  };
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    if (m[1] === '.') {
      const before = text.slice(Math.max(from, m.index - 24), m.index);
      const lastWord = (/([\p{L}.]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
      const isInitial = /^\p{L}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord);
      if (isInitial || ABBREVIATIONS.has(lastWord)) continue;
    }
    const end = m[1] === undefined ? m.index : m.index + m[1].length + (m[2]?.length ?? 0);
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return ranges;
}
