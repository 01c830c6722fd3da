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
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, MONTHS_AND_DAYS, isAgentNoun } from './lexicon.js';
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

const MODALS = new Set(['will', 'would', 'could', 'should', 'might', 'may', 'can', 'must', 'shall']);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am']);
const CLAUSE_WORDS = new Set(['as', 'that', 'which', 'when', 'where', 'while', 'because', 'although', 'though', 'if', 'whether', 'than', 'after', 'before', 'since', 'until', 'unless', 'whom', 'whose']);
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

const IRREGULAR_PAST = new Set(['shot', 'made', 'gave', 'took', 'went', 'came', 'got', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'spoke', 'wrote', 'met', 'held', 'led', 'ran', 'won', 'lost', 'left', 'saw', 'sent', 'kept', 'brought', 'thought', 'began', 'became', 'set', 'said', 'told', 'did', 'does', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'felt', 'found', 'knew', 'heard', 'stood', 'sat', 'struck', 'took', 'tried', 'paid', 'put', 'hit', 'cut']);

/** Does the token look like a finite verb ("returned", "made", "was")? */
function finiteLike(t: Token): boolean {
  if (t.kind !== 'word' || isCapitalised(t.text)) return false;
  const w = lower(t);
  const verb = speechVerb(w);
  return IRREGULAR_PAST.has(w) || /^[a-z]{3,}ed$/.test(w) || (verb !== null && verb.form !== 'gerund' && verb.form !== 'base');
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')']);

/** Tokens from the clause boundary before `v` up to `v`, and whether that boundary opens a subordinate clause. */
function clauseBefore(tokens: readonly Token[], v: number): { region: Token[]; subordinate: boolean } {
  let b = v - 1;
  while (b >= 0 && !(tokens[b]!.kind === 'quote' || CLAUSE_BREAKS.has(tokens[b]!.text) || CLAUSE_WORDS.has(lower(tokens[b])))) b--;
  return { region: tokens.slice(b + 1, v), subordinate: b >= 0 && CLAUSE_WORDS.has(lower(tokens[b])) };
}

/**
 * The subject of the clause a participle or a coordinated verb hangs on, among tokens[0, upto):
 * the nearest finite verb before it whose left side reads as a subject ("Hours later, Trump
 * returned…, telling Reuters" gives Trump). `mainOnly` passes over subordinate clauses ("after he
 * clinched the nomination and said" is said by the main clause's subject).
 */
function clauseSubject(tokens: readonly Token[], upto: number, mainOnly: boolean, source: string): SpeakerPhrase | null {
  for (let v = upto - 1; v >= 0; v--) {
    if (!finiteLike(tokens[v]!)) continue;
    const { region, subordinate } = clauseBefore(tokens, v);
    if ((mainOnly && subordinate) || region.length === 0) continue;
    const phrase = parseSubject(region, source);
    if (phrase) return phrase;
  }
  return null;
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
/** "shot back", "fired back", "chimed in": two words that together introduce what someone said. */
const PHRASAL = new Set(['puts it', 'put it', 'shot back', 'fired back', 'hit back', 'pushed back', 'snapped back', 'wrote back', 'chimed in', 'cut in', 'went on', 'weighed in']);
const NOUN_MARKERS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'into', 'over', 'after', 'before', 'against', 'to']);

/** The speech verb a token is, counting the phrasal ones ("shot back"). */
function verbAt(tokens: readonly Token[], k: number): ReturnType<typeof speechVerb> {
  const t = tokens[k]!;
  const phrasal = `${lower(t)} ${lower(tokens[k + 1])}`;
  if (PHRASAL.has(phrasal)) return { base: phrasal, form: 'past' };
  return speechVerb(t.text);
}

/** Is the word at k a noun here ("the claims", "her promises", "of reports")? */
function nounUse(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== 'word') return false;
  const w = lower(prev);
  return DETERMINERS.has(w) || NOUN_MARKERS.has(w) || /[’']s$/.test(prev.text) || ['his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(w);
}

/**
 * Between the verb and the quotation a new clause with its own subject ("As Blumenthal spoke, the
 * NRA was going…"), a dash or a semicolon means the quoted words are not that verb's object.
 */
function anotherClauseBetween(between: readonly Token[]): boolean {
  if (between.some((t) => ['—', '–', ';'].includes(t.text) || (t.text === '-' && t.kind === 'punct'))) return true;
  for (let c = 0; c < between.length; c++) {
    // After a comma or another quotation ("…called “distasteful,” Santilli expressed…").
    if (between[c]!.text !== ',' && between[c]!.kind !== 'quote') continue;
    // A new subject after the comma (not "which is…", "in…"): a name, an article, a pronoun.
    const next = between[c + 1];
    if (!next || next.kind !== 'word' || !(isCapitalised(next.text) || DETERMINERS.has(lower(next)) || ['he', 'she', 'they', 'it', 'we', 'i'].includes(lower(next)))) continue;
    for (let j = c + 1; j < Math.min(between.length, c + 7); j++) {
      const t = between[j]!;
      if (t.kind !== 'word') break;
      if (finiteLike(t) && j > c + 1) return true;
    }
  }
  return false;
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
