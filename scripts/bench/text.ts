/** Text helpers shared by dataset preparation, query generation and scoring. */

/** Lower case, letters and digits only, single spaces: what "the same words" means when scoring. */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface WordSpan {
  start: number;
  end: number;
}

/** Word positions in `text`; apostrophes and inner hyphens stay inside a word ("don't", "well-known"). */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Words before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'hon', 'rev', 'col', 'capt', 'lt', 'prof',
  'no', 'nos', 'vol', 'art', 'sec', 'co', 'corp', 'inc', 'ltd', 'vs', 'etc', 'viz', 'cf', 'ft', 'mt',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
]);

/**
 * Split running prose into sentences at . ! ? followed by a capital (optionally after a closing
 * quote/bracket), unless the full stop belongs to an abbreviation or an initial ("U.S.", "J.").
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?])(["'”’)\]]*)\s+(?=["'“‘([]?[A-Z0-9])/g;
  let from = 0;
  for (const m of text.matchAll(boundary)) {
    if (m[1] === '.') {
      const before = text.slice(from, m.index);
      const lastWord = (/([A-Za-z.]+)$/.exec(before)?.[1] ?? '').toLowerCase();
      const isInitial = /^[a-z]$/.test(lastWord) || /^([a-z]\.)+[a-z]$/.test(lastWord);
      if (isInitial || ABBREVIATIONS.has(lastWord)) continue;
    }
    const end = m.index + m[1]!.length + m[2]!.length;
    const sentence = text.slice(from, end).trim();
    if (sentence) sentences.push(sentence);
    from = end;
  }
  const rest = text.slice(from).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
