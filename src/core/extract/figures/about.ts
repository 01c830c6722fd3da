/**
 * What an amount is said of, when the number does not count a noun of its own: the subject of its
 * clause ("Nvidia advanced 8%", "The boot now stands at 24.5 cubic feet", "a disorderly exit would
 * cost it $800 million"), or else the noun phrase just before it ("boost the driving range by
 * about 35 miles"). No parser: clause openers, a verb list and word shapes.
 */
import { joinTokens, type Token } from './tokens.js';
import { NP_STOPS, QUANTITY_NOUNS } from './lexicon/nouns.js';
import { MONTHS, WEEKDAYS } from './lexicon/non-figures.js';
import { CLAUSE_LEADERS, CLAUSE_OPENERS, VERBS } from './lexicon/verbs.js';
import { SCALE_WORDS } from './lexicon/number-words.js';

const BOUNDARY_SYMBOLS = new Set([';', ':', '(', ')', '—', '–', ',', '“', '”', '"', '[', ']']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'this', 'that', 'which', 'who', 'what', 'these', 'those', 'one']);
const MAX_SUBJECT = 8;
const ADVERBS = new Set(['also', 'now', 'still', 'already', 'just', 'even', 'then', 'again', 'not', 'never', 'reportedly', 'allegedly', 'currently', 'recently', 'only', 'up', 'down', 'further']);
// Past forms in -ed that are nouns or adjectives more often than verbs.
const NOT_VERBS = new Set(['hundred', 'speed', 'need', 'seed', 'feed', 'bed', 'red', 'shed', 'breed', 'creed', 'greed', 'weed', 'deed', 'steed']);

function isVerb(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.verb === true || VERBS.has(t.lower)) return true;
  return /^[a-z]+ed$/.test(t.text) && !NOT_VERBS.has(t.lower);
}

function isSubjectWord(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'sym') return t.text === '&' || t.text === '-' || t.text === '’' || t.text === "'" || t.text === '.' || t.text === '/';
  if (isVerb(t)) return false;
  return !NP_STOPS.has(t.lower) || t.lower === 'of' || /^[A-Z]{2,}$/.test(t.text);
}

const TIME_WORDS = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'quarter', 'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'time', 'season', 'last', 'next', 'this', 'past', 'so', 'far', 'earlier', 'later', 'ago', 'weekend']);

/** "last year", "Sunday", "October", "2018": when, not what. */
function isTimePhrase(tokens: readonly Token[], s: number, e: number): boolean {
  return tokens.slice(s, e).every((t) => t.kind === 'num' || t.text === '-' || TIME_WORDS.has(t.lower) || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower) || CLAUSE_LEADERS.has(t.lower));
}

function trimPhrase(tokens: readonly Token[], start: number, end: number): string | null {
  let s = start;
  let e = end;
  // A leader glued to what follows is part of a name: "A2 Milk".
  while (s < e && (CLAUSE_LEADERS.has(tokens[s]!.lower) || tokens[s]!.kind === 'sym') && tokens[s + 1]?.spaced !== false) s++;
  while (e > s && (tokens[e - 1]!.lower === 'of' || tokens[e - 1]!.kind === 'sym')) e--;
  if (e <= s || e - s > MAX_SUBJECT) return null;
  if (e - s === 1 && PRONOUNS.has(tokens[s]!.lower)) return null;
  if (isTimePhrase(tokens, s, e)) return null;
  // "slow slightly from 4.8": a manner, not a thing.
  if (tokens.slice(s, e).every((t) => t.text === t.lower && (/ly$/.test(t.lower) || ADVERBS.has(t.lower)))) return null;
  // "1 million", "33790 versus": the tail of another amount, not a subject.
  if (tokens[s]!.kind === 'num' && tokens.slice(s, e).every((t) => t.kind !== 'word' || SCALE_WORDS[t.lower] !== undefined || NP_STOPS.has(t.lower) || t.lower === 'versus')) return null;
  return joinTokens(tokens, s, e);
}

const NOUN_PREPOSITIONS = new Set(['in', 'across', 'for', 'at', 'on', 'from', 'with', 'of']);
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/**
 * Back from a subject's first word over a determiner and a preposition to the noun they hang on:
 * "Revenue in the quarter", "Growth across EM", "the pace of price increases".
 */
function extendBack(tokens: readonly Token[], s: number, limit: number): number {
  let i = s;
  while (i > limit && DETERMINER_WORDS.has(tokens[i - 1]!.lower)) i--;
  if (i <= limit + 1 || !NOUN_PREPOSITIONS.has(tokens[i - 1]!.lower)) return s;
  let k = i - 1;
  while (k > limit && isSubjectWord(tokens[k - 1]!) && tokens[k - 1]!.kind === 'word' && !NOUN_PREPOSITIONS.has(tokens[k - 1]!.lower)) k--;
  return k < i - 1 ? k : s;
}

/**
 * The subject of the verb before the number: back from the number to the nearest verb in the same
 * clause, over the verb group ("will also boost", "now stands"), then the noun phrase before it. A
 * relative pronoun hands over to its antecedent: "Ford (F) which has 13000 workers" → "Ford".
 */
function subjectBeforeVerb(tokens: readonly Token[], start: number, clausesBack = 0): string | null {
  let v = start - 1;
  while (v >= 0 && !isVerb(tokens[v]!)) {
    const t = tokens[v]!;
    if (t.kind === 'sym' && BOUNDARY_SYMBOLS.has(t.text)) return null;
    if (t.kind === 'word' && CLAUSE_OPENERS.has(t.text)) return null;
    v--;
  }
  if (v < 0) return null;
  // Back over the rest of the verb group and adverbs, and over a verb's "to" infinitive: "has been
  // forecast to slow", "was set to rise", "is poised to drop".
  for (;;) {
    const before = tokens[v - 1];
    if (before === undefined) break;
    if (isVerb(before) || /ly$/.test(before.lower) || ADVERBS.has(before.lower)) v--;
    else if (before.lower === 'to' && v > 1 && isVerb(tokens[v - 2]!)) v -= 2;
    else break;
  }
  const found = subjectOfVerbAt(tokens, v);
  // "…, dropping from 208 pounds", "… last year having increased by $43.6 billion": a participle
  // has no subject of its own; it is said of the subject of the clause before.
  if (found === null && clausesBack < 2 && isParticiple(tokens, v)) return subjectBeforeVerb(tokens, previousVerb(tokens, v), clausesBack + 1);
  return found;
}

/** A clause led by a participle or an infinitive: "having increased", ", dropping", "to get". */
function isParticiple(tokens: readonly Token[], v: number): boolean {
  const word = tokens[v]!.lower;
  return word === 'having' || (/[a-z]ing$/.test(word) && tokens[v - 1]?.text === ',') || tokens[v - 1]?.lower === 'to';
}

/** Just past the verb before `v` in the same sentence part (for the clause a participle hangs on), or 0. */
function previousVerb(tokens: readonly Token[], v: number): number {
  for (let i = v - 2; i > 0; i--) {
    const t = tokens[i]!;
    if (t.text === ';' || t.text === ':' || t.text === '(' || t.text === ')') return 0;
    if (isVerb(t)) return i + 1;
  }
  return 0;
}

/** The noun phrase right before the verb group starting at `v`. */
function subjectOfVerbAt(tokens: readonly Token[], v: number): string | null {
  let e = v;
  // "Maddon, 66, has": over an age in apposition.
  if (tokens[e - 1]?.text === ',' && tokens[e - 2]?.kind === 'num' && tokens[e - 3]?.text === ',') e -= 3;
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
  // "Homes from $750,000 to $1 million stay": the amount qualifies the noun before it.
  // "Between 1600 and 1900 world temperatures dropped": the numbers belong to the preposition.
  if (s < e && tokens[s]!.kind === 'num' && NP_STOPS.has(tokens[s - 1]?.lower ?? '')) {
    let k = s;
    while (k < e && isAmountToken(tokens[k]!)) k++;
    if (k < e) s = k;
  }
  if (s < e && tokens.slice(s, e).every(isAmountToken)) {
    let k = s;
    while (k > 0 && isAmountToken(tokens[k - 1]!)) k--;
    if (k < s && /^(from|of|at|between|under|over)$/.test(tokens[k - 1]?.lower ?? '')) {
      e = k - 1;
      s = e;
      while (s > 0 && isSubjectWord(tokens[s - 1]!) && e - s < MAX_SUBJECT) s--;
    }
  }
  if (s < e) s = extendBack(tokens, s, Math.max(0, e - MAX_SUBJECT));
  return trimPhrase(tokens, s, e);
}

const isAmountToken = (t: Token): boolean =>
  t.kind === 'num' || /^[$£€¥]$/.test(t.text) || t.lower === 'to' || t.lower === 'and' || t.text === '-' || SCALE_WORDS[t.lower] !== undefined;

/** The noun phrase right before the number, past one preposition: "the driving range by about 35 miles". */
function phraseBefore(tokens: readonly Token[], start: number, counting: boolean): string | null {
  // Without a preposition the words before a count modify what it counts ("the top three seeds");
  // before a measure they name what is measured ("floor area ≈ 32m2", "MacBook Pro 16 inch").
  const preposition = /^(by|to|at|of|from|for|with|in|on)$/.test(tokens[start - 1]?.lower ?? '');
  if (!preposition && counting) return null;
  const e = preposition ? start - 1 : start;
  let s = e;
  while (s > 0 && tokens[s - 1]!.kind === 'word' && !NP_STOPS.has(tokens[s - 1]!.lower) && !isVerb(tokens[s - 1]!)) s--;
  // Words right after another number are its unit ("9.4 per cent to $84"), not a subject.
  if (s >= e || tokens[s - 1]?.kind === 'num' || tokens[s - 1]?.text === '%') return null;
  return trimPhrase(tokens, s, e);
}

/** "the brains of 13 people", "a survey of seven countries": the noun the amount is "of". */
function ofHead(tokens: readonly Token[], start: number): string | null {
  if (tokens[start - 1]?.lower !== 'of') return null;
  const head = tokens[start - 2];
  // "a run of seven games": a verb's homograph after a determiner is a noun.
  const nounAfterDeterminer = DETERMINER_WORDS.has(tokens[start - 3]?.lower ?? '');
  if (head === undefined || head.kind !== 'word' || NP_STOPS.has(head.lower) || (isVerb(head) && !nounAfterDeterminer) || QUANTITY_NOUNS.has(head.lower)) return null;
  let s = start - 2;
  while (s > 0 && tokens[s - 1]!.kind === 'word' && !NP_STOPS.has(tokens[s - 1]!.lower) && !isVerb(tokens[s - 1]!) && start - 1 - s < 4) s--;
  return trimPhrase(tokens, s, start - 1);
}

/** "Blackmores up 9.4 per cent", "Dow +0.2%": a name, then the move, in market reports. */
function movedName(tokens: readonly Token[], start: number): string | null {
  const move = tokens[start - 1];
  const plus = move !== undefined && (move.text === '+' || move.text === '−' || move.text === '-') && !tokens[start]!.spaced;
  if (move === undefined || !(plus || move.lower === 'up' || move.lower === 'down')) return null;
  let s = start - 1;
  if (tokens[s - 1]?.text === ',' && !plus) s--;
  const nameEnd = s;
  const nameWord = (t: Token, next: Token): boolean =>
    (t.kind === 'word' || t.kind === 'num' || t.text === '&') && (!NP_STOPS.has(t.lower) || !next.spaced) && !isVerb(t);
  while (s > 0 && nameWord(tokens[s - 1]!, tokens[s]!) && nameEnd - s < 4) s--;
  // Only a name: "the stock was up 5%" is read through its verb instead.
  if (s === nameEnd || !/^[A-Z0-9]/.test(tokens[s]!.text)) return null;
  return trimPhrase(tokens, s, nameEnd);
}

/** "RHP John Gant (0.5 WAR)": an amount opening a parenthesis is said of the name before it. */
function nameBeforeParenthesis(tokens: readonly Token[], start: number): string | null {
  if (tokens[start - 1]?.text !== '(') return null;
  let s = start - 1;
  while (s > 0 && tokens[s - 1]!.kind === 'word' && !NP_STOPS.has(tokens[s - 1]!.lower) && !isVerb(tokens[s - 1]!) && start - 1 - s < 5) s--;
  return s < start - 1 ? trimPhrase(tokens, s, start - 1) : null;
}

/** The subject of the sentence's first verb: what a sentence about one thing mostly measures (a last resort). */
export function sentenceSubject(tokens: readonly Token[], start: number): string | null {
  const first = tokens.findIndex((t, k) => k > 0 && isVerb(t));
  if (first < 0 || first >= start) return null;
  return subjectBeforeVerb(tokens, first + 1);
}

/** `counting` is true for a plain count, whose own noun phrase may stand before the number. */
export function readAbout(tokens: readonly Token[], start: number, counting = false): string | null {
  return ofHead(tokens, start) ?? movedName(tokens, start) ?? nameBeforeParenthesis(tokens, start) ?? subjectBeforeVerb(tokens, start) ?? phraseBefore(tokens, start, counting);
}
