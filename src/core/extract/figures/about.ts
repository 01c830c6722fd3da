/**
 * What an amount is said of, when the number does not count a noun of its own: the subject of its
 * clause ("Nvidia advanced 8%", "The boot now stands at 24.5 cubic feet", "a disorderly exit would
 * cost it $800 million"), or else the noun phrase just before it ("boost the driving range by
 * about 35 miles"). No parser: clause openers, a verb list and word shapes.
 */
import type { Token } from './tokens.js';
import { NP_STOPS } from './lexicon/nouns.js';
import { CLAUSE_LEADERS, CLAUSE_OPENERS, VERBS } from './lexicon/verbs.js';

const BOUNDARY_SYMBOLS = new Set([';', ':', '(', ')', '—', '–', ',', '“', '”', '"', '[', ']']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'this', 'that', 'which', 'who', 'what', 'these', 'those', 'one']);
const MAX_SUBJECT = 8;
const ADVERBS = new Set(['also', 'now', 'still', 'already', 'just', 'even', 'then', 'again', 'not', 'never', 'reportedly', 'allegedly', 'currently', 'recently', 'only', 'up', 'down']);
// Past forms in -ed that are nouns or adjectives more often than verbs.
const NOT_VERBS = new Set(['hundred', 'speed', 'need', 'seed', 'feed', 'bed', 'red', 'shed', 'breed', 'creed', 'greed', 'weed', 'deed', 'steed']);

function isVerb(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (VERBS.has(t.lower)) return true;
  return /^[a-z]+ed$/.test(t.text) && !NOT_VERBS.has(t.lower);
}

function isSubjectWord(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'sym') return t.text === '&' || t.text === '-' || t.text === '’' || t.text === "'" || t.text === '.' || t.text === '/';
  if (isVerb(t)) return false;
  return !NP_STOPS.has(t.lower) || t.lower === 'of' || /^[A-Z]{2,}$/.test(t.text);
}

function textOf(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t, k) => (k > 0 && t.spaced ? ' ' : '') + t.text).join('');
}

function trimPhrase(tokens: readonly Token[], start: number, end: number): string | null {
  let s = start;
  let e = end;
  while (s < e && (CLAUSE_LEADERS.has(tokens[s]!.lower) || tokens[s]!.kind === 'sym')) s++;
  while (e > s && (tokens[e - 1]!.lower === 'of' || tokens[e - 1]!.kind === 'sym')) e--;
  if (e <= s || e - s > MAX_SUBJECT) return null;
  if (e - s === 1 && PRONOUNS.has(tokens[s]!.lower)) return null;
  return textOf(tokens, s, e);
}

/**
 * The subject of the verb before the number: back from the number to the nearest verb in the same
 * clause, over the verb group ("will also boost", "now stands"), then the noun phrase before it. A
 * relative pronoun hands over to its antecedent: "Ford (F) which has 13000 workers" → "Ford".
 */
function subjectBeforeVerb(tokens: readonly Token[], start: number): string | null {
  let v = start - 1;
  while (v >= 0 && !isVerb(tokens[v]!)) {
    const t = tokens[v]!;
    if (t.kind === 'sym' && BOUNDARY_SYMBOLS.has(t.text)) return null;
    if (t.kind === 'word' && CLAUSE_OPENERS.has(t.text)) return null;
    v--;
  }
  if (v < 0) return null;
  // Back over the rest of the verb group and adverbs.
  while (v > 0 && (isVerb(tokens[v - 1]!) || /ly$/.test(tokens[v - 1]!.lower) || ADVERBS.has(tokens[v - 1]!.lower))) v--;
  let e = v;
  if (/^(which|who|that)$/.test(tokens[e - 1]?.lower ?? '')) {
    e--;
    // "Ford (F) which": skip a short parenthesis before the relative pronoun.
    if (tokens[e - 1]?.text === ')') {
      const open = tokens.slice(Math.max(0, e - 5), e).findIndex((t) => t.text === '(');
      if (open >= 0) e = Math.max(0, e - 5) + open;
    }
    if (tokens[e - 1]?.text === ',') e--;
  }
  let s = e;
  while (s > 0 && isSubjectWord(tokens[s - 1]!) && e - s < MAX_SUBJECT) s--;
  return trimPhrase(tokens, s, e);
}

/** The noun phrase right before the number, past one preposition: "the driving range by about 35 miles". */
function phraseBefore(tokens: readonly Token[], start: number): string | null {
  let e = start;
  if (/^(by|to|at|of|from|for|with|in|on)$/.test(tokens[e - 1]?.lower ?? '')) e--;
  let s = e;
  while (s > 0 && tokens[s - 1]!.kind === 'word' && !NP_STOPS.has(tokens[s - 1]!.lower) && !isVerb(tokens[s - 1]!)) s--;
  // Words right after another number are its unit ("9.4 per cent to $84"), not a subject.
  if (s >= e || tokens[s - 1]?.kind === 'num' || tokens[s - 1]?.text === '%') return null;
  return trimPhrase(tokens, s, e);
}

export function readAbout(tokens: readonly Token[], start: number): string | null {
  return subjectBeforeVerb(tokens, start) ?? phraseBefore(tokens, start);
}
