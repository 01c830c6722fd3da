/**
 * Clause-level reading for the cue rules: which words are finite verbs, where a clause starts, the
 * subject of the clause a participle or a coordinated verb hangs on, and whether the words between
 * a verb and a quotation still make the verb its introduction.
 */
import { DETERMINERS, MONTHS_AND_DAYS } from './lexicon.js';
import { parseSubject, type SpeakerPhrase } from './phrase.js';
import { isCapitalised, type Token } from './tokens.js';
import { speechVerb } from './verbs.js';

export const MODALS = new Set(['will', 'would', 'could', 'should', 'might', 'may', 'can', 'must', 'shall']);
export const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am']);
const CLAUSE_WORDS = new Set(['as', 'that', 'which', 'when', 'where', 'while', 'because', 'although', 'though', 'if', 'whether', 'than', 'after', 'before', 'since', 'until', 'unless', 'whom', 'whose']);
export const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';
export const isFinite = (form: string): boolean => form !== 'gerund';

/** Words between the verb and the quotation that still make it a direct introduction ("said Monday,"). */
const INTRO_FILLER = new Set(['that', 'in', 'on', 'at', 'to', 'for', 'an', 'a', 'the', 'interview', 'statement', 'press', 'conference', 'him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'yesterday', 'today', 'last', 'week', 'night', 'earlier', 'later', 'recently', 'also', 'then', 'simply', 'flatly', 'bluntly']);

/**
 * Does the verb introduce the quotation directly ("said Monday,", "told PBS,", "remarked blandly on
 * the impact on civilians,") or report a clause that ends in quoted words ("said refugees look “…”")?
 */
export function introKind(between: readonly Token[]): 'said-before' | 'reported-speech' | 'colon-intro' {
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
export function finiteLike(t: Token): boolean {
  if (t.kind !== 'word' || isCapitalised(t.text)) return false;
  const w = lower(t);
  const verb = speechVerb(w);
  return IRREGULAR_PAST.has(w) || /^[a-z]{3,}ed$/.test(w) || (verb !== null && verb.form !== 'gerund' && verb.form !== 'base');
}

export const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')']);

/** Tokens from the clause boundary before `v` up to `v`, and whether that boundary opens a subordinate clause. */
export function clauseBefore(tokens: readonly Token[], v: number): { region: Token[]; subordinate: boolean } {
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
export function clauseSubject(tokens: readonly Token[], upto: number, mainOnly: boolean, source: string): SpeakerPhrase | null {
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
export function accordingTo(tokens: readonly Token[], source: string): SpeakerPhrase | null {
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
export function subjectTokens(tokens: readonly Token[], k: number): Token[] {
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

/** "shot back", "fired back", "chimed in": two words that together introduce what someone said. */
const PHRASAL = new Set(['puts it', 'put it', 'shot back', 'fired back', 'hit back', 'pushed back', 'snapped back', 'wrote back', 'chimed in', 'cut in', 'went on', 'weighed in']);
const NOUN_MARKERS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'into', 'over', 'after', 'before', 'against', 'to']);

/** The speech verb a token is, counting the phrasal ones ("shot back"). */
export function verbAt(tokens: readonly Token[], k: number): ReturnType<typeof speechVerb> {
  const t = tokens[k]!;
  const phrasal = `${lower(t)} ${lower(tokens[k + 1])}`;
  if (PHRASAL.has(phrasal)) return { base: phrasal, form: 'past' };
  return speechVerb(t.text);
}

/** Is the word at k a noun here ("the claims", "her promises", "of reports")? */
export function nounUse(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== 'word') return false;
  const w = lower(prev);
  return DETERMINERS.has(w) || NOUN_MARKERS.has(w) || /[’']s$/.test(prev.text) || ['his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(w);
}

/**
 * Between the verb and the quotation a new clause with its own subject ("As Blumenthal spoke, the
 * NRA was going…"), a dash or a semicolon means the quoted words are not that verb's object.
 */
export function anotherClauseBetween(between: readonly Token[]): boolean {
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
