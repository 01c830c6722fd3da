/**
 * A deliberately small rule sieve, the kind the brief's anchor describes: three regular
 * expressions around a double-quoted span, no pronoun or surname resolution. Scored with the
 * same measure as ibid, so the two figures are comparable.
 */
import type { Range } from './data.js';

export interface SieveGuess {
  quote: Range;
  mention: Range;
  name: string;
}

const NAME = String.raw`(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)`;
const VERB = String.raw`(?:said|says|told|tells|added|asked|wrote|explained|noted|argued|warned|insisted)`;
const AFTER = new RegExp(String.raw`^\s*(${NAME})\s+${VERB}\b`);
const AFTER_INVERTED = new RegExp(String.raw`^\s*${VERB}\s+(${NAME})\b`);
const BEFORE = new RegExp(String.raw`(${NAME})\s+${VERB}(?:\s+[A-Z][\w]*)?[,:]\s*$`);
const QUOTE = /“([^“”]+)”|"([^"]+)"|''((?:(?!'').)+)''/g;

export function sieve(line: string, offset: number): SieveGuess[] {
  const guesses: SieveGuess[] = [];
  for (const m of line.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    const mark = m[3] !== undefined ? 2 : 1;
    const start = m.index + mark;
    const end = start + inner.length;
    const after = line.slice(end + mark);
    const before = line.slice(0, m.index);
    const endsWithComma = /[,?!]$/.test(inner);
    let found: { text: string; at: number } | null = null;
    const a = endsWithComma ? AFTER.exec(after) ?? AFTER_INVERTED.exec(after) : null;
    if (a) found = { text: a[1]!, at: end + mark + a.index + a[0].indexOf(a[1]!) };
    const b = !found ? BEFORE.exec(before) : null;
    if (b) found = { text: b[1]!, at: b.index };
    if (found) guesses.push({ quote: [offset + start, offset + end], mention: [offset + found.at, offset + found.at + found.text.length], name: found.text });
  }
  return guesses;
}
