/**
 * The attribution cues. Each reads the words around one quotation (in its own sentence, with
 * other quotations as opaque tokens) and returns the speaker phrase and the rule that found it:
 *
 *   said-after       “…,” Lavrov said. / “…,” said Mohamed, 24. / “…,” X told Democracy Now!
 *   said-before      Bashar told PBS, “…” / Erdogan said Monday, “…” / X said: “…”
 *   as-noted         As journalist Patrick Cockburn noted in the London Independent (…): “…”
 *   reported-speech  A UN official said refugees look “like…” / Mattis declared the policy is “annihilation”
 *   participle       Obama made his first comments…, acknowledging … that “…”
 *   according-to     …, according to X.
 *   colon-intro      Ali ticked off the dead: “…” (a named subject and a colon, no speech verb)
 */
import { findChannel } from './channel.js';
import { DETERMINERS, MONTHS_AND_DAYS, isTitleWord } from './lexicon.js';
import { parseSubject, type SpeakerPhrase } from './phrase.js';
import { isCapitalised, sentenceAround, tokenize, type Hole, type Token } from './tokens.js';
import { INVERTIBLE, speechVerb } from './verbs.js';

export interface Cue {
  phrase: SpeakerPhrase;
  rule: string;
  channel: string | null;
  /** Offset in the paragraph where the cue's words end. */
  cueEnd: number;
}

/** A stretch of one paragraph with the quotations in it. */
export interface Region {
  text: string;
  from: number;
  to: number;
  holes: readonly Hole[];
  skipped: readonly Hole[];
}

const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am']);
const CLAUSE_WORDS = new Set(['that', 'which', 'when', 'where', 'while', 'because', 'although', 'though', 'if', 'whether', 'than', 'after', 'before', 'since', 'until', 'unless', 'whom', 'whose']);
const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';
const isFinite = (form: string): boolean => form !== 'gerund';

/** Words between the verb and the quotation that still make it a direct introduction ("said Monday,"). */
const INTRO_FILLER = new Set(['that', 'in', 'on', 'at', 'to', 'for', 'an', 'a', 'the', 'interview', 'statement', 'press', 'conference', 'him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'yesterday', 'today', 'last', 'week', 'night', 'earlier', 'later', 'recently', 'also', 'then', 'simply', 'flatly', 'bluntly']);

/**
 * Does the verb introduce the quotation directly ("said Monday,", "told PBS,", "remarked blandly on
 * the impact on civilians,") or report a clause that ends in quoted words ("said refugees look “…”")?
 */
function introKind(between: readonly Token[]): 'said-before' | 'reported-speech' | 'colon-intro' {
  const content = between.filter((t) => {
    if (t.kind !== 'word') return false;
    const w = lower(t);
    const name = isCapitalised(t.text) && !/[’']s$/.test(t.text);
    return !(INTRO_FILLER.has(w) || name || /^\d/.test(w) || /ly$/.test(w) || MONTHS_AND_DAYS.has(w));
  });
  const last = between[between.length - 1]?.text ?? '';
  if (content.length === 0) return 'said-before';
  if (last === ':') return 'colon-intro';
  return last === ',' && content.length <= 3 ? 'said-before' : 'reported-speech';
}

/** The subject at the head of a sentence: "US President Barack Obama" in "US President Barack Obama made…". */
function sentenceSubject(tokens: readonly Token[], source: string): SpeakerPhrase | null {
  let k = 0;
  const first = tokens[0];
  if (first && (/^(after|before|when|while|since|although|though|if|in|on|at|during|despite|as|because|with|noting|ignoring|asked)$/i.test(first.text) || /ing$/.test(first.text))) {
    const comma = tokens.findIndex((t) => t.text === ',');
    if (comma >= 0) k = comma + 1;
  }
  let j = k;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const w = lower(t);
    if (t.kind !== 'word' || !(isCapitalised(t.text) || isTitleWord(w) || DETERMINERS.has(w) || /[’']s$/.test(t.text) || /^(al|bin|de|van|von)$/.test(w))) break;
    j++;
  }
  return j > k ? parseSubject(tokens.slice(k, j), source) : null;
}

/** "according to X" anywhere in the tokens: X up to the next comma or the end. */
function accordingTo(tokens: readonly Token[], source: string): SpeakerPhrase | null {
  const at = tokens.findIndex((t, i) => lower(t) === 'according' && lower(tokens[i + 1]) === 'to');
  if (at < 0) return null;
  const rest = tokens.slice(at + 2);
  const stop = rest.findIndex((t) => t.kind !== 'word' && t.text !== '(' && t.text !== ')' && t.text !== '-' && t.text !== '&');
  return parseSubject(stop < 0 ? rest : rest.slice(0, stop), source, { anchored: true });
}

/**
 * The subject tokens before the verb at `k`: back to the nearest clause boundary. A verb right after
 * a comma follows an appositive ("One local commander in Salahuddin Province, where Tikrit is
 * located, said"), which may hold clause words of its own: it is stepped over whole.
 */
function subjectTokens(tokens: readonly Token[], k: number): Token[] {
  let b = k - 1;
  if (tokens[b]?.text === ',') {
    b--;
    while (b >= 0 && tokens[b]!.text !== ',' && tokens[b]!.kind !== 'quote') b--;
    if (tokens[b]?.text === ',') b--;
  }
  while (b >= 0) {
    const t = tokens[b]!;
    if (t.kind === 'quote' || [';', ':', '—', '–', '(', ')', '[', ']'].includes(t.text) || CLAUSE_WORDS.has(lower(t))) break;
    b--;
  }
  return tokens.slice(b + 1, k);
}

/**
 * The cue before a quotation: the speech verb nearest to it in the same sentence (right to left)
 * and that verb's subject. `anchor` is where the quotation opens.
 */
export function cueBefore(region: Region, anchor: number): Cue | null {
  const { text } = region;
  const [start] = sentenceAround(text, region.from, region.to, region.holes, Math.max(region.from, anchor - 1));
  const tokens = tokenize(text, start, anchor, region.holes, region.skipped);
  if (tokens.length === 0) return null;
  const cueEnd = anchor;

  const according = accordingTo(tokens, text);
  if (according) return { phrase: according, rule: 'according-to', channel: according.channel, cueEnd };

  let tries = 0;
  for (let k = tokens.length - 1; k >= 0 && tries < 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || (isCapitalised(t.text) && k > 0)) continue;
    const verb = speechVerb(t.text);
    if (!verb) continue;
    const prev = tokens[k - 1];
    const after = tokens.slice(k + 1);
    const channel = findChannel(after, verb.base, text);
    let phrase: SpeakerPhrase | null;
    let rule: string;
    if (verb.form === 'gerund') {
      if (prev?.text !== ',') continue;
      phrase = sentenceSubject(tokens.slice(0, k), text);
      rule = 'participle';
    } else {
      if (BE.has(lower(prev)) || lower(prev) === 'to') continue; // passive or infinitive: not a cue
      tries++;
      const own = subjectTokens(tokens, k);
      const last = own[own.length - 1];
      if (last && ['and', 'but', 'then'].includes(lower(last)) && own.length === 1) phrase = sentenceSubject(tokens.slice(0, k - 1), text);
      else phrase = parseSubject(own, text);
      const opensWithAs = lower(own[0]) === 'as' && own[0] === tokens[0];
      rule = opensWithAs ? 'as-noted' : introKind(after);
    }
    if (!phrase) continue;
    return { phrase, rule, channel: phrase.channel ?? channel, cueEnd };
  }
  return colonIntro(tokens, text, cueEnd);
}

/** "Ali ticked off the dead: “…”": a named subject, a past-tense verb, a colon right before the quote. */
function colonIntro(tokens: readonly Token[], text: string, cueEnd: number): Cue | null {
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  let j = 0;
  while (j < tokens.length && tokens[j]!.kind === 'word' && isCapitalised(tokens[j]!.text)) j++;
  const verb = tokens[j];
  if (j === 0 || j > 4 || !verb || verb.kind !== 'word' || !/^\p{Ll}+ed$/u.test(verb.text)) return null;
  const phrase = parseSubject(tokens.slice(0, j), text);
  if (!phrase || phrase.kind !== 'name') return null;
  return { phrase, rule: 'colon-intro', channel: null, cueEnd };
}

/** The cue after a quotation that closes at `close`: “…,” X said / “…,” said X / “…,” according to X. */
export function cueAfter(region: Region, close: number): Cue | null {
  const { text } = region;
  const [, sentenceEnd] = sentenceAround(text, region.from, region.to, region.holes, close);
  const nextHole = Math.min(region.to, ...region.holes.map(([s]) => s).filter((s) => s > close));
  let from = close + 1;
  let to = Math.min(sentenceEnd, nextHole);
  let tokens = tokenize(text, from, to, region.holes, region.skipped);
  let inner = close - 1;
  while (inner > 0 && /[”’"']/.test(text[inner]!)) inner--;
  const lastInner = text[inner] ?? '';
  let separate = false;
  if (tokens.length === 0 && /[.!?…]/.test(lastInner) && sentenceEnd < nextHole) {
    // “…tired.” Then a short sentence of its own: "Obama said."
    const [, nextEnd] = sentenceAround(text, region.from, region.to, region.holes, sentenceEnd);
    from = sentenceEnd;
    to = Math.min(nextEnd, nextHole);
    tokens = tokenize(text, from, to, region.holes, region.skipped);
    separate = true;
  } else if (!/[,!?—–\-…]/.test(lastInner) && !/[,—–]/.test(tokens[0]?.text ?? '') && !(lastInner === '.' && /^\p{Ll}/u.test(tokens[0]?.text ?? ''))) {
    return null;
  }
  if (tokens[0] && /^[,—–]$/.test(tokens[0].text)) tokens = tokens.slice(1);
  if (tokens.length === 0 || tokens[0]!.kind === 'quote') return null;
  const cueEnd = to;

  if (lower(tokens[0]) === 'according' && lower(tokens[1]) === 'to') {
    const phrase = accordingTo(tokens, text);
    return phrase ? { phrase, rule: 'according-to', channel: phrase.channel, cueEnd } : null;
  }
  // "said Mohamed, 24."
  const first = speechVerb(tokens[0]!.text);
  if (first && isFinite(first.form) && INVERTIBLE.has(first.base) && !isCapitalised(tokens[0]!.text)) {
    const rest = tokens.slice(1);
    const stop = rest.findIndex((t) => ['.', ';', ':', '!', '?'].includes(t.text) || t.kind === 'quote');
    const np = stop < 0 ? rest : rest.slice(0, stop);
    // Keep appositives ("Mohamed, 24"), drop a trailing clause ("…, adding that …").
    const comma = np.findIndex((t) => t.text === ',');
    const closing: Token = { text: ',', start: -1, end: -1, kind: 'punct' };
    const withAppositives = comma >= 0 ? parseSubject([...np, closing], text, { anchored: true }) : null;
    const phrase = withAppositives ?? parseSubject(comma >= 0 ? np.slice(0, comma) : np, text, { anchored: true });
    if (phrase && !(separate && np.length > 8)) return { phrase, rule: 'said-after', channel: phrase.channel, cueEnd };
    return null;
  }
  for (let k = 1; k < Math.min(tokens.length, 25); k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') return null;
    if (t.kind !== 'word' || isCapitalised(t.text)) continue;
    const verb = speechVerb(t.text);
    if (!verb || !isFinite(verb.form) || BE.has(lower(tokens[k - 1]))) continue;
    const phrase = parseSubject(tokens.slice(0, k), text, { anchored: true });
    if (!phrase) return null;
    const after = tokens.slice(k + 1);
    // A separate sentence must be nothing but the cue: "Obama said." not "Obama said the plan failed."
    if (separate && introKind(after) !== 'said-before') return null;
    return { phrase, rule: 'said-after', channel: phrase.channel ?? findChannel(after, verb.base, text), cueEnd };
  }
  return null;
}
