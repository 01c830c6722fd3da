/**
 * The event a sentence gives for a figure, folded to a key: after the noun ("civilians may have
 * been killed"), before the number ("killing up to 16 civilians") or as a noun ("the deaths of
 * some 1.5 million Iraqis").
 */
import type { Token } from './tokens.js';
import { EVENT_NOUNS, EVENT_VERBS } from './lexicon/events.js';

export interface EventRead {
  key: string;
  /** The word(s) as written: "may have been killed" keeps only "killed". */
  text: string;
  where: 'after' | 'before' | 'noun-of' | 'head';
}

// Words allowed between the counted noun and its verb: auxiliaries, hedges, adverbs.
const BRIDGE = new Set([
  'may', 'might', 'could', 'would', 'will', 'have', 'has', 'had', 'been', 'be', 'being', 'were', 'was', 'are', 'is',
  'already', 'still', 'also', 'now', 'then', 'later', 'reportedly', 'allegedly', 'said', 'believed', 'thought',
  'estimated', 'reported', 'feared', 'claimed', 'to', 'who', 'that', 'which', 'all', 'just', 'recently', 'since',
  'so', 'far', 'either', 'literally', 'more', 'others', 'other', 'later', 'apparently', 'probably', 'possibly', 'subsequently', 'either',
]);
const OBJECT_PRONOUNS = new Set(['over', 'out', 'up', 'them', 'us', 'him', 'her', 'it', 'the', 'a', 'an', 'some', 'another', 'also', 'already', 'in', 'fact']);
const MAX_AFTER = 8;

/** Multi-word events first: "driven out", "forced to flee", "taken hostage". */
function eventAt(tokens: readonly Token[], i: number): [string, number] | null {
  for (const n of [3, 2, 1]) {
    const phrase = tokens.slice(i, i + n).map((t) => t.lower).join(' ');
    const key = EVENT_VERBS[phrase];
    if (key !== undefined && tokens.slice(i, i + n).every((t) => t.kind === 'word')) return [key, i + n];
  }
  return null;
}

export function eventAfter(tokens: readonly Token[], from: number): EventRead | null {
  for (let i = from; i < tokens.length && i < from + MAX_AFTER; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') return null;
    const hit = eventAt(tokens, i);
    if (hit !== null) return { key: hit[0], text: tokens.slice(i, hit[1]).map((x) => x.text).join(' '), where: 'after' };
    if (!BRIDGE.has(t.lower) && !/ly$/.test(t.lower)) return null;
  }
  return null;
}

export function eventBefore(tokens: readonly Token[], numberStart: number): EventRead | null {
  // "the deaths of some 1.5 million", "cost the lives of hundreds of thousands"
  if (tokens[numberStart - 1]?.lower === 'of') {
    const noun = tokens[numberStart - 2];
    const key = noun !== undefined ? EVENT_NOUNS[noun.lower] : undefined;
    if (key !== undefined && noun !== undefined) return { key, text: noun.text, where: 'noun-of' };
  }
  // "killing up to 16", "has taken around 80", "cost them one trillion dollars"
  let i = numberStart - 1;
  while (i >= 0 && i >= numberStart - 3 && OBJECT_PRONOUNS.has(tokens[i]!.lower)) i--;
  const verb = tokens[i];
  if (verb === undefined || verb.kind !== 'word') return null;
  let key = EVENT_VERBS[verb.lower];
  if (key === undefined) return null;
  let text = verb.text;
  // "killed and injured thousands": the first verb names the event.
  const earlier = tokens[i - 2];
  if (tokens[i - 1]?.lower === 'and' && earlier !== undefined && EVENT_VERBS[earlier.lower] !== undefined) {
    key = EVENT_VERBS[earlier.lower]!;
    text = earlier.text;
  }
  return { key, text, where: 'before' };
}
