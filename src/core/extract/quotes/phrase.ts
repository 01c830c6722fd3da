/**
 * Reads a speaker phrase: the words between a clause boundary and a speech verb ("Hoshyar Zebari,
 * a Kurdish leader and …,", "But he", "Trump, in Kentucky,", "Trump, who") down to the noun phrase
 * noun-phrase.ts reads, with the appositive as its role. Returns null when the words are not a
 * plausible subject: the caller then attributes nothing.
 */
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, LEADING_CONNECTIVES, MONTHS_AND_DAYS, isTitleWord } from './lexicon.js';
import { clauseFinal, isLowerAdverb, join, lower, parseCore, roleText, type SpeakerPhrase } from './noun-phrase.js';
import { isCapitalised, type Token } from './tokens.js';

export type { SpeakerPhrase } from './noun-phrase.js';

/** Splits a token list at top-level commas (commas inside parentheses stay). */
function commaChunks(tokens: readonly Token[]): Token[][] {
  const chunks: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (t.text === ',' && depth === 0) chunks.push([]);
    else chunks[chunks.length - 1]!.push(t);
  }
  return chunks;
}

/** Does a comma-separated chunk read as an appositive ("a Kurdish leader…", "24", "who…")? */
function appositiveKind(chunk: readonly Token[]): 'role' | 'skip' | null {
  const first = chunk[0];
  if (!first) return null;
  const w = lower(first);
  if (/^\d+$/.test(w) && chunk.length === 1) return 'skip';
  if (/^(who|where|which|whose|whom|when)(['’]s)?$/.test(w)) return 'skip';
  // "Trump, in Kentucky, said": a place or time set off by commas.
  if (['in', 'at', 'on', 'from', 'during', 'after', 'before', 'while', 'speaking', 'like', 'as', 'of'].includes(w)) return 'skip';
  if (/ing$/.test(w) && !isCapitalised(first.text)) return 'skip';
  if (DETERMINERS.has(w) || isTitleWord(first.text) || (chunk.length <= 6 && chunk.some((t) => isTitleWord(t.text) && !isCapitalised(t.text)))) return 'role';
  if (chunk.length >= 2 && /[’']s$/.test(first.text) && chunk.some((t) => isTitleWord(t.text))) return 'role';
  return null;
}

export interface SubjectOptions {
  /** The phrase must start at the first token (after a quotation: `”, Hoshyar Zebari, … told`). */
  anchored?: boolean;
}

const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'earlier', 'later', 'last', 'this', 'next', 'on', 'during', 'in', 'at', 'a', 'the', 'recent', 'interview']);

/**
 * Trims what stands between a subject and its verb: "has also", "proudly", "later Thursday",
 * "on Friday", "during a Sunday", a parenthesis "(I-Vt.)".
 */
function trimBeforeVerb(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0) {
    const t = tokens[end - 1]!;
    const w = lower(t);
    if (t.text === ')') {
      const open = tokens.slice(0, end).map((x) => x.text).lastIndexOf('(');
      if (open <= 0) break;
      end = open;
    } else if (t.kind === 'word' && !isCapitalised(t.text) && (BETWEEN_SUBJECT_AND_VERB.has(w) || isLowerAdverb(t))) end--;
    else if (t.kind === 'word' && MONTHS_AND_DAYS.has(w) && end > 1) {
      // "on Friday", "later Thursday", "during a Sunday": drop the time phrase back to its preposition.
      let k = end - 1;
      while (k > 0 && TIME_WORDS.has(lower(tokens[k - 1]!))) k--;
      end = k;
    } else if (t.kind === 'word' && (w === 'week' || w === 'month' || w === 'year' || w === 'night') && ['last', 'this'].includes(tokens[end - 2]?.text.toLowerCase() ?? '')) end -= 2;
    else break;
  }
  return tokens.slice(0, end);
}

/**
 * The speaker phrase in `tokens`, which run from a clause boundary up to (not including) the verb.
 * Understands a leading connective ("But he"), an appositive ("X, a Kurdish leader…,"), and a
 * relative "who" ("Trump, who").
 */
export function parseSubject(input: readonly Token[], source: string, options: SubjectOptions = {}): SpeakerPhrase | null {
  let tokens = trimBeforeVerb([...input]);
  if (tokens.length === 0) return null;
  // "Trump, who": the speaker is the antecedent.
  const last = tokens[tokens.length - 1];
  if (last && lower(last) === 'who' && tokens[tokens.length - 2]?.text === ',') tokens = tokens.slice(0, -2);
  if (!options.anchored) {
    while (tokens.length > 1 && tokens[0]!.kind === 'word' && LEADING_CONNECTIVES.has(lower(tokens[0]!))) tokens = tokens.slice(1);
  }
  const chunks = commaChunks(tokens);
  if (chunks[chunks.length - 1]!.length > 0) {
    // No trailing comma: the subject is the last chunk ("Noting …, Lavrov").
    if (options.anchored && chunks.length > 1) return null;
    let lastChunk = chunks[chunks.length - 1]!;
    // "…, and they": the connective opens the clause, it is not part of the subject.
    while (lastChunk.length > 1 && lastChunk[0]!.kind === 'word' && LEADING_CONNECTIVES.has(lower(lastChunk[0]!))) lastChunk = lastChunk.slice(1);
    return parseCore(lastChunk, source) ?? (options.anchored ? null : clauseFinal(lastChunk, source));
  }
  // Trailing comma: one or more appositives sit between the subject and the verb.
  chunks.pop();
  let role: string | null = null;
  let channel: string | null = null;
  while (chunks.length > 1) {
    const chunk = chunks[chunks.length - 1]!;
    let kind = appositiveKind(chunk);
    // "a salesman from Sumter, South Carolina,": a place name continuing the appositive before it.
    const before = chunks[chunks.length - 2]!;
    const placeTail = chunk.length <= 3 && chunk.every((t) => t.kind === 'word' && isCapitalised(t.text) && !isTitleWord(t.text));
    if (kind === null && placeTail && chunks.length > 2 && appositiveKind(before) !== null && isCapitalised(before[before.length - 1]?.text ?? '')) kind = 'skip';
    if (kind === null) break;
    if (kind === 'role') role = roleText(chunk, source);
    const writing = chunk.findIndex((t, i) => /^(writing|speaking)$/.test(t.text) && /^(in|on|to)$/.test(chunk[i + 1]?.text ?? ''));
    if (writing >= 0) channel = join(chunk.slice(writing + 2), source) || null;
    chunks.pop();
  }
  if (options.anchored && chunks.length > 1) return null;
  const headChunk = chunks[chunks.length - 1];
  if (!headChunk) return null;
  const head = parseCore(headChunk, source);
  if (!head || head.kind === 'pronoun') return head && role === null ? head : null;
  return { ...head, role: head.role ?? role, channel: head.channel ?? channel };
}
