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
import {
  BE,
  CLAUSE_BREAKS,
  MODALS,
  accordingTo,
  anotherClauseBetween,
  clauseSubject,
  finiteLike,
  introKind,
  isFinite,
  lower,
  nounUse,
  subjectTokens,
  verbAt,
} from './clauses.js';
import { BETWEEN_SUBJECT_AND_VERB, isAgentNoun } from './lexicon.js';
import { parseSubject, type SpeakerPhrase } from './phrase.js';
import { isCapitalised, sentenceAround, sentenceStarts, tokenize, type Hole, type Token } from './tokens.js';
import { INVERTIBLE, speechVerb } from './verbs.js';

export interface Cue {
  phrase: SpeakerPhrase;
  rule: string;
  channel: string | null;
  /** Offset in the paragraph where the cue's words end. */
  cueEnd: number;
  /** The cue is nothing but speaker, verb, channel and time: a following quotation may continue it. */
  continuable?: boolean;
}

/** A stretch of one paragraph with the quotations in it. */
export interface Region {
  text: string;
  from: number;
  to: number;
  holes: readonly Hole[];
  skipped: readonly Hole[];
  /** Sentence starts of the stretch, computed once and shared by every cue read in it. */
  starts?: number[];
}

/** The sentence of `region` holding offset `at`. */
function sentenceIn(region: Region, at: number): [number, number] {
  region.starts ??= sentenceStarts(region.text, region.from, region.to, region.holes);
  return sentenceAround(region.text, region.from, region.to, region.holes, at, region.starts);
}

/**
 * The cue before a quotation: the speech verb nearest to it in the same sentence (right to left)
 * and that verb's subject. `anchor` is where the quotation opens.
 */
export function cueBefore(region: Region, anchor: number): Cue | null {
  const { text } = region;
  const [start] = sentenceIn(region, anchor >= region.to ? anchor - 1 : anchor);
  const tokens = tokenize(text, start, anchor, region.holes, region.skipped);
  if (tokens.length === 0) return null;
  const cueEnd = anchor;

  // "According to CNN, Sanders said “…”": Sanders said it, CNN is where; alone, CNN is the source.
  const according = accordingTo(tokens, text);
  const verbCue = nearestVerbCue(tokens, text, cueEnd);
  if (verbCue) return according && !verbCue.channel ? { ...verbCue, channel: according.text } : verbCue;
  if (according) return { phrase: according, rule: 'according-to', channel: according.channel, cueEnd };
  return colonIntro(tokens, text, cueEnd);
}

function nearestVerbCue(tokens: readonly Token[], text: string, cueEnd: number): Cue | null {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || (isCapitalised(t.text) && k > 0)) continue;
    const verb = verbAt(tokens, k);
    if (!verb || nounUse(tokens, k)) continue;
    const prev = tokens[k - 1];
    const after = tokens.slice(k + 1);
    let phrase: SpeakerPhrase | null;
    let rule: string;
    if (verb.form === 'gerund') {
      if (prev?.text === ',') {
        // The main clause first ("Clinton told the audience that we must…, saying"), then the
        // nearest one ("…, when Sanders protesters interrupted her, shouting"). A participle needs a
        // speaker, not a thing ("Its salvo began with an ad…, yelling").
        const speaker = (p: SpeakerPhrase | null): SpeakerPhrase | null => (p?.kind === 'description' && !isAgentNoun(p.text.split(/\s+/).pop() ?? '') ? null : p);
        phrase = speaker(clauseSubject(tokens, k, true, text)) ?? speaker(clauseSubject(tokens, k, false, text));
        rule = 'participle';
      } else {
        // "with Sen. John McCain calling it a “Chinese menu”": the gerund's own subject.
        const withAt = tokens.slice(0, k).map(lower).lastIndexOf('with');
        if (withAt < 0 || k - withAt > 6) continue;
        phrase = parseSubject(tokens.slice(withAt + 1, k), text);
        rule = 'participle';
      }
    } else {
      if (BE.has(lower(prev)) || lower(prev) === 'to') continue; // passive or infinitive: not a cue
      // "Obama said he expected that Americans will say “no”": a prediction, not who said it.
      if (MODALS.has(lower(prev))) continue;
      const own = subjectTokens(tokens, k);
      let j = k - 1;
      while (j > 0 && BETWEEN_SUBJECT_AND_VERB.has(lower(tokens[j]))) j--;
      // "…and warned that": the verb shares the subject of the clause it is joined to.
      if (['and', 'but', 'then'].includes(lower(tokens[j]))) phrase = clauseSubject(tokens, j, true, text);
      else phrase = parseSubject(own, text);
      const opensWithAs = lower(tokens[0]) === 'as' && own[0] === tokens[1];
      rule = opensWithAs ? 'as-noted' : introKind(after);
    }
    // The nearest verb decides: if its subject cannot be read, an earlier verb is no safer.
    if (!phrase || anotherClauseBetween(after)) return null;
    const channel = findChannel(after, verb.base, text);
    return { phrase, rule, channel: phrase.channel ?? channel, cueEnd };
  }
  return null;
}

/** "Ali ticked off the dead: “…”": a named subject, a past-tense verb, a colon right before the quote. */
function colonIntro(tokens: readonly Token[], text: string, cueEnd: number): Cue | null {
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  // The clause right before the colon: "…, Rubio fired back forcefully:".
  let from = tokens.length - 1;
  while (from > 0 && !CLAUSE_BREAKS.has(tokens[from - 1]!.text) && tokens[from - 1]!.kind !== 'quote') from--;
  const clause = tokens.slice(from, -1);
  // A speech verb in the clause whose subject could not be read: nothing to fall back on.
  if (clause.some((t) => t.kind === 'word' && !isCapitalised(t.text) && speechVerb(t.text))) return null;
  let j = 0;
  while (j < clause.length && clause[j]!.kind === 'word' && isCapitalised(clause[j]!.text)) j++;
  const verb = clause[j];
  if (j === 0 || j > 4 || !verb || !finiteLike(verb)) return null;
  const phrase = parseSubject(clause.slice(0, j), text);
  if (!phrase || phrase.kind !== 'name') return null;
  return { phrase, rule: 'colon-intro', channel: null, cueEnd };
}

const AFTER_QUOTE_NOT_CUE = new Set(['and', 'but', 'or', 'while', 'as', 'on', 'in', 'at', 'then', 'so', 'because', 'though', 'although', 'when', 'after', 'before', 'which', 'who', 'that', 'since', 'if', 'for', 'with', 'by', 'from', 'to', 'of']);

/** The cue after a quotation that closes at `close`: “…,” X said / “…,” said X / “…,” according to X. */
export function cueAfter(region: Region, close: number): Cue | null {
  const { text } = region;
  const [, sentenceEnd] = sentenceIn(region, close);
  const nextHole = Math.min(region.to, ...region.holes.map(([s]) => s).filter((s) => s > close));
  let from = close + 1;
  let to = Math.min(sentenceEnd, nextHole);
  let tokens = tokenize(text, from, to, region.holes, region.skipped);
  // The second half of a doubled closing mark ('') is not a word of the cue.
  if (tokens[0]?.text === "'" && tokens[0].start === close + 1) tokens = tokens.slice(1);
  let inner = close - 1;
  while (inner > 0 && /[”’"']/.test(text[inner]!)) inner--;
  const lastInner = text[inner] ?? '';
  let separate = false;
  if (tokens.length === 0 && /[.!?…]/.test(lastInner) && sentenceEnd < nextHole) {
    // “…tired.” Then a short sentence of its own: "Obama said." Only for a quotation that is a
    // sentence of its own, and a cue sentence that quotes nothing else.
    const [start] = sentenceIn(region, close);
    const open = Math.max(...region.holes.filter(([, e]) => e === close + 1).map(([s]) => s), start);
    const [, nextEnd] = sentenceIn(region, sentenceEnd);
    if (text.slice(start, open).trim() !== '' || nextHole < nextEnd) return null;
    from = sentenceEnd;
    to = nextEnd;
    tokens = tokenize(text, from, to, region.holes, region.skipped);
    separate = true;
  } else if (!/[,!?—–\-…]/.test(lastInner) && !/[,—–]/.test(tokens[0]?.text ?? '') && !(lastInner === '.' && /^\p{Ll}/u.test(tokens[0]?.text ?? ''))) {
    return null;
  }
  if (tokens[0] && /^[,—–]$/.test(tokens[0].text)) tokens = tokens.slice(1);
  if (tokens.length === 0 || tokens[0]!.kind === 'quote') return null;
  // "…," and he vowed / "…," on Tuesday night he said: a new clause, not the quotation's cue.
  if (AFTER_QUOTE_NOT_CUE.has(lower(tokens[0]))) return null;
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
    if (phrase && !(separate && np.length > 8)) return { phrase, rule: 'said-after', channel: phrase.channel, cueEnd, continuable: np.length === rest.length || rest[np.length]?.text === '.' };
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
    // Continuable: nothing after the verb but a channel, a time, "when asked about …".
    const words = after.filter((x) => x.kind === 'word');
    const clause = words.some((x, i) => ['and', 'but', 'as', 'adding', 'saying', 'while', 'though', 'although', 'because', 'that'].includes(lower(x)) || (finiteLike(x) && !['when', 'if'].includes(lower(words[i - 1]))));
    const continuable = words.length <= 12 && !clause;
    const reportedBy = accordingTo(after, text);
    const channel = phrase.channel ?? findChannel(after, verb.base, text) ?? (reportedBy?.kind === 'name' ? reportedBy.text : null);
    return { phrase, rule: 'said-after', channel, cueEnd, continuable };
  }
  return null;
}
