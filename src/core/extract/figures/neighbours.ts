/**
 * What a figure takes from its neighbours in the sentence: the ends of a change ("from X … to Y"),
 * and what an amount is said of when the words around it tell (an amount carrying on from the one
 * before, an age in apposition, a count's "of" phrase).
 */
import type { Mention } from './lexer.js';
import type { Counted } from './counted.js';
import { readNounPhrase } from './counted.js';
import type { DraftFigure } from './extract.js';
import { isCapitalized, joinTokens, type Token } from './tokens.js';

/**
 * "from $36,040 at 10.45pm last night to $34,935 at 5am": the two ends of a change, apart in the
 * sentence, are marked `from` and `to` (a change is not a range; each end stays its own figure).
 */
export function markChanges(tokens: readonly Token[], read: readonly { draft: DraftFigure; start: number }[]): void {
  for (let k = 0; k + 1 < read.length; k++) {
    const { draft: x, start: xs } = read[k]!;
    const { draft: y, start: ys } = read[k + 1]!;
    if (tokens[xs - 1]?.lower !== 'from' || tokens[ys - 1]?.lower !== 'to') continue;
    if (x.forms.includes('from') || x.forms.includes('range') || y.forms.includes('range')) continue;
    if (x.unit !== null && y.unit !== null && x.unit !== y.unit) continue;
    if (tokens.slice(xs, ys).some((t) => t.text === ';')) continue;
    x.forms.push('from');
    y.forms.push('to');
  }
}

/**
 * "Blackmores up 9.4 per cent to $84", "down 68p at 1112p", "from $36,040 … to $34,935", "by 35
 * miles - from 252 miles": an amount that carries on from the one before is said of the same thing.
 */
export function continuedAbout(tokens: readonly Token[], start: number, previous: DraftFigure | null): string | null {
  const word = tokens[start - 1]?.lower;
  if (previous === null || previous.about === null || (word !== 'to' && word !== 'at' && word !== 'from')) return null;
  const first = tokens.findIndex((t) => t.start === previous.range[0]);
  const between = tokens.slice(first, start - 1).filter((t) => t.start >= previous.range[1]);
  // "by about 35 miles - from up to 252 miles to 287": the change spelt out after the amount.
  if (word === 'from') return between.length > 0 && between.every((t) => /^[-–—,(]$/.test(t.text)) ? previous.about : null;
  const change = word === 'to' && tokens[first - 1]?.lower === 'from';
  return between.length === 0 || change ? previous.about : null;
}

/** "Maddon, 66, has …": an age in apposition is said of the name before it. */
export function aboutOfAge(tokens: readonly Token[], m: Mention, age: boolean): string | null {
  if (!age || tokens[m.start - 1]?.text !== ',') return null;
  let s = m.start - 1;
  while (s > 0 && isCapitalized(tokens[s - 1]) && m.start - 1 - s < 4) s--;
  return s < m.start - 1 ? tokens.slice(s, m.start - 1).map((t) => t.text).join(' ') : null;
}

/** "Five new seasons of Sesame Street": a counted noun's "of" phrase says whose the count is. */
export function ofComplement(tokens: readonly Token[], counted: Counted): string | null {
  if (counted.rule !== 'after' || counted.span === null || tokens[counted.span[1]]?.lower !== 'of') return null;
  const np = readNounPhrase(tokens, counted.span[1] + 1, true);
  return np === null ? null : joinTokens(tokens, np[0], np[1]);
}
