/**
 * Words split by a hyphen at a line break ("Haider al-" / "Abadi", "govern-" / "ment").
 * The document itself decides whether the hyphen belongs to the word.
 */

/** Every word of the document, lower-cased, hyphenated compounds ("al-maliki") included whole. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu) ?? []);
}

/** A line ending in a letter or digit followed by a hyphen: a possible split word. */
export function endsWithSplitWord(line: string): boolean {
  return /[\p{L}\p{N}][-‐]$/u.test(line);
}

/**
 * Joins `before` (ending in "x-") to `after`. Keeps the hyphen before a capital ("al-Abadi"), after
 * a digit ("1951-53"), or when the hyphenated form occurs elsewhere in the document; drops it when the
 * joined word occurs elsewhere or when both halves are lower-case fragments ("govern-ment").
 */
export function joinHyphenated(before: string, after: string, words: Set<string>): string {
  const head = /([\p{L}\p{N}]+)[-‐]$/u.exec(before)?.[1] ?? '';
  const tail = /^[\p{L}\p{N}]+/u.exec(after)?.[0] ?? '';
  const keep = before + after;
  const drop = before.slice(0, -1) + after;
  if (tail === '' || !/^\p{Ll}/u.test(tail)) return keep;
  if (/\p{N}$/u.test(head)) return keep;
  const hyphenated = `${head}${before.slice(-1)}${tail}`.toLowerCase();
  const joined = `${head}${tail}`.toLowerCase();
  if (words.has(hyphenated)) return keep;
  if (words.has(joined)) return drop;
  return /^\p{Ll}+$/u.test(head) ? drop : keep;
}
