/**
 * Sentence spans within a paragraph. A figure's `sentence` must be the exact text, so this only
 * finds boundaries and never rewrites anything.
 */

// Abbreviations whose period does not end a sentence when a capital follows ("No. 191", "Mr. Bakir").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'vol', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'rev', 'sen', 'rep',
  'gov', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co',
  'ltd', 'jr', 'sr', 'vs', 'etc', 'approx', 'fig', 'p', 'pp', 'e.g', 'i.e',
]);

export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const boundary = /([.!?…]+)(["”’)\]]*)(\s+)(?=["“‘([]?[A-Z0-9$£€])/g;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && endsWithAbbreviation(text.slice(start, match.index))) continue;
    spans.push(trimSpan(text, start, end));
    start = end + match[3]!.length;
  }
  if (start < text.length) spans.push(trimSpan(text, start, text.length));
  return spans.filter(([s, e]) => e > s);
}

function endsWithAbbreviation(before: string): boolean {
  const word = /([A-Za-z.]+)$/.exec(before)?.[1];
  if (word === undefined) return false;
  // "U.S." and "a.m.": more often mid-sentence ("U.S. Secretary") than at an end, so never split there.
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
