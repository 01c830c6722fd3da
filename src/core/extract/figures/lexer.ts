/**
 * The number lexer: every numeric mention in a sentence, with ranges joined ("40-50%",
 * "between X and Y", "$89 to $93 billion", "4-5,000") and units and scales shared across them.
 * It does not decide whether a mention is a figure; non-figures.ts does.
 */
import { readAtom, type Atom, type Form } from './atom.js';
import type { Token } from './tokens.js';
import type { UnitKind } from './unit.js';

/** `from` and `to` mark the two ends of a change ("fell from 208 pounds to 193"), which is not a range. */
export type MentionForm = Form | 'range' | 'percent' | 'currency' | 'measure' | 'time' | 'age' | 'from' | 'to';

export interface Mention {
  /** Token indices [start, end) of the number with its currency, scale and unit. */
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  unitKind: UnitKind | null;
  unitStart: number | null;
  unitHyphenated: boolean;
  forms: MentionForm[];
  atoms: Atom[];
  /** Why the number is not an amount, when glued letters or a score show it. */
  glued: string | null;
}

const DASHES = new Set(['-', '–', '—']);

/** "4-5,000" → 4,000; "four to five thousand" → 4,000; "500-1,000" stays 500. */
function shareScale(low: Atom, high: Atom): number {
  const value = low.value ?? 0;
  if (low.scale !== null) return value;
  if (high.scale !== null && value <= high.base) return value * high.scale;
  const groups = /^(\d{1,3})((?:,000)+)$/.exec(high.digits ?? '');
  if (groups !== null && high.scale === null && low.digits !== null && !low.digits.includes(',') && value < 1000) {
    const lead = Number(groups[1]);
    if (value <= lead) return value * 1000 ** (groups[2]!.length / 4);
  }
  return value;
}

function compatible(a: Atom, b: Atom): boolean {
  if (a.value === null || b.value === null || a.glued !== null || b.glued !== null) return false;
  if (a.unitKind !== null && b.unitKind !== null && a.unit !== b.unit) return false;
  return true;
}

function joinRange(tokens: readonly Token[], a: Atom): { b: Atom; joiner: number } | null {
  const joiner = tokens[a.end];
  if (joiner === undefined || a.value === null) return null;
  const isDash = DASHES.has(joiner.text) && (joiner.text !== '-' || (!joiner.spaced && !tokens[a.end + 1]?.spaced));
  const before = tokens[a.start - 1]?.lower;
  // "rose by $43.6 billion to $419.2 billion" is a change and a result; "by 1 to 1.5 degrees" a range.
  const isTo = joiner.lower === 'to' && (before !== 'by' || (a.unit === null && a.scale === null));
  const isBetween = joiner.lower === 'and' && before === 'between';
  const isOr = joiner.lower === 'or';
  if (!isDash && !isTo && !isBetween && !isOr) return null;
  const b = readAtom(tokens, a.end + 1);
  if (b === null || !compatible(a, b)) return null;
  // "three or four years", "2 or 3": only numbers written alike, the first without its own unit.
  if (isOr && (a.forms[0] !== b.forms[0] || a.unit !== null || (a.forms[0] !== 'words' && a.forms[0] !== 'digits'))) return null;
  return { b, joiner: a.end };
}

/** "one in three Germans", "One out of three": a share, in per cent. */
function readShare(tokens: readonly Token[], a: Atom): Mention | null {
  if (a.value === null || a.value > 10 || a.unit !== null || a.scale !== null) return null;
  const word = tokens[a.end]?.lower;
  const next = word === 'in' ? a.end + 1 : word === 'out' && tokens[a.end + 1]?.lower === 'of' ? a.end + 2 : -1;
  if (next < 0) return null;
  const b = readAtom(tokens, next);
  if (b === null || b.value === null || b.unit !== null || b.value <= a.value || b.value > 1000 || b.forms[0] !== a.forms[0]) return null;
  const mention = toMention([a, b], null, null, (100 * a.value) / b.value);
  return { ...mention, unit: '%', unitKind: 'percent', forms: ['fraction', a.forms[0]!, 'percent'] };
}

/**
 * "1/16 of a US pint", "3⁄4 of the vote": a written fraction of a whole, in per cent like the other
 * fractions. Only before "of", so dates and scores ("9/11", "24/7") stay apart.
 */
function readSlashFraction(tokens: readonly Token[], a: Atom): Mention | null {
  const slash = tokens[a.end];
  const b = tokens[a.end + 1];
  if (a.digits === null || a.unit !== null || a.scale !== null || a.value === null || /[,.]/.test(a.digits)) return null;
  if ((slash?.text !== '/' && slash?.text !== '⁄') || slash.spaced || b?.kind !== 'num' || b.spaced || !/^\d{1,4}$/.test(b.text)) return null;
  if (tokens[a.end + 2]?.lower !== 'of' || Number(b.text) <= a.value) return null;
  const mention = toMention([{ ...a, end: a.end + 2 }], null, null, (100 * a.value) / Number(b.text));
  return { ...mention, unit: '%', unitKind: 'percent', forms: ['fraction', 'digits', 'percent'] };
}

function toMention(atoms: Atom[], low: number | null, high: number | null, value: number | null): Mention {
  const first = atoms[0]!;
  const last = atoms[atoms.length - 1]!;
  const unitAtom = atoms.find((a) => a.unit !== null) ?? null;
  const forms = new Set<MentionForm>(atoms.flatMap((a) => a.forms));
  if (atoms.length > 1) forms.add('range');
  if (unitAtom?.unitKind) forms.add(unitAtom.unitKind === 'measure' ? 'measure' : unitAtom.unitKind);
  return {
    start: first.start,
    end: last.end,
    value,
    low,
    high,
    unit: unitAtom?.unit ?? null,
    unitKind: unitAtom?.unitKind ?? null,
    unitStart: last.unitStart ?? first.unitStart,
    unitHyphenated: last.unitHyphenated || first.unitHyphenated,
    forms: [...forms],
    atoms,
    glued: atoms.find((a) => a.glued !== null)?.glued ?? null,
  };
}

/**
 * "fell from 4.8 to 4.7 percent": two amounts, not a range (low and high would be upside down).
 * The first shares the unit and scale written once after the second.
 */
function fallingChange(a: Atom, b: Atom): [Mention, Mention] {
  const scaled = a.scale === null && b.scale !== null && a.digits !== null && !a.digits.includes(',');
  const value = scaled ? a.value! * b.scale! : a.value;
  const from = toMention([a], a.low, a.high, value);
  const shared = from.unit === null && b.unit !== null ? { unit: b.unit, unitKind: b.unitKind } : {};
  const sharedForms: MentionForm[] = from.unit === null && b.unitKind !== null ? [b.unitKind === 'measure' ? 'measure' : b.unitKind] : [];
  const to = toMention([b], b.low, b.high, b.value);
  return [
    { ...from, ...shared, forms: [...from.forms, ...sharedForms, ...(scaled ? (['scale'] as const) : []), 'from'] },
    { ...to, forms: [...to.forms, 'to'] },
  ];
}

export function lexNumbers(tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const a = readAtom(tokens, i);
    if (a === null) {
      i++;
      continue;
    }
    const share = readShare(tokens, a) ?? readSlashFraction(tokens, a);
    if (share !== null) {
      mentions.push(share);
      i = share.end;
      continue;
    }
    const joined = joinRange(tokens, a);
    if (joined !== null) {
      const { b } = joined;
      const low = shareScale(a, b);
      // "from 5 to 4 million": the scale written once makes the first end larger, not smaller.
      const scaledFall = a.scale === null && a.unit === null && b.scale !== null && a.value! > b.base;
      if (tokens[a.end]!.lower === 'to' && tokens[a.start - 1]?.lower === 'from' && (low > b.value! || scaledFall)) {
        mentions.push(...fallingChange(a, b));
        i = b.end;
        continue;
      }
      if (low < b.value!) {
        mentions.push(toMention([a, b], low, b.value, null));
        i = b.end;
        continue;
      }
      // "2-2", "3-1": a score or a tally, not two amounts.
      if (DASHES.has(tokens[a.end]!.text) && a.digits !== null && b.digits !== null && a.unit === null && b.unit === null) {
        mentions.push({ ...toMention([a, b], null, null, null), glued: 'score' });
        i = b.end;
        continue;
      }
    }
    mentions.push(toMention([a], a.low, a.high, a.value));
    i = Math.max(a.end, i + 1);
  }
  return mentions;
}
