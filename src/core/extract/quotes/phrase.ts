/**
 * Reads a speaker phrase: the subject of a speech verb ("KRG Foreign Minister Falah Mustafa Bakir",
 * "a representative of AI", "Hoshyar Zebari, a Kurdish leader and …,", "he") into a name or a
 * description, a role and sometimes a channel. Returns null when the words are not a plausible
 * subject: the caller then attributes nothing.
 */
import {
  BETWEEN_SUBJECT_AND_VERB,
  DETERMINERS,
  MONTHS_AND_DAYS,
  HONORIFICS,
  LEADING_CONNECTIVES,
  NOT_IN_PHRASE,
  PHRASE_PREPOSITIONS,
  SUBJECT_PRONOUNS,
  WORK_NOUNS,
  isAgentNoun,
  isTitleWord,
} from './lexicon.js';
import { isCapitalised, type Token } from './tokens.js';
import { speechVerb } from './verbs.js';

export interface SpeakerPhrase {
  kind: 'pronoun' | 'name' | 'description';
  /** The name ("Falah Mustafa Bakir"), the description ("a UN official") or the pronoun ("he"). */
  text: string;
  role: string | null;
  channel: string | null;
  /** Abbreviation defined inside the phrase: "Amnesty International (AI)". */
  abbreviation: { short: string; long: string } | null;
  /** Where the name, description or pronoun stands in the paragraph. */
  start: number;
  end: number;
}

const lower = (t: Token): string => t.text.toLowerCase();
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
/** The tokens as written; a skipped nickname between two of them becomes a single space. */
function join(tokens: readonly Token[], source: string): string {
  let out = '';
  tokens.forEach((t, i) => {
    if (i > 0) {
      const gap = source.slice(tokens[i - 1]!.end, t.start);
      out += /^\s*$/.test(gap) ? gap : ' ';
    }
    out += source.slice(t.start, t.end);
  });
  return out;
}
const isLowerAdverb = (t: Token): boolean => /^[a-z]+ly$/.test(t.text) && !['early', 'only', 'family', 'ally'].includes(t.text);
const bareName = (word: string): string => word.replace(/[’']s$/, '');

/** "Defence minister" in "Defence minister Avigdor Liberman", without "his"/"the". */
function roleText(tokens: readonly Token[], source: string): string | null {
  let i = 0;
  while (i < tokens.length && DETERMINERS.has(lower(tokens[i]!))) i++;
  const rest = tokens.slice(i);
  return rest.length > 0 ? join(rest, source) : null;
}

/** Splits "US President Barack Obama" into role "US President" and name "Barack Obama". */
function splitRoleAndName(core: readonly Token[], source: string): { role: string | null; name: Token[] } | null {
  let i = core.length;
  while (i > 0) {
    const t = core[i - 1]!;
    if (!isWord(t) || !isCapitalised(t.text) || isTitleWord(t.text) || DETERMINERS.has(lower(t))) break;
    i--;
  }
  let name = core.slice(i);
  if (name.length === 0) return null;
  // Honorifics are not part of the name ("Mr. Trump" is Trump).
  while (name.length > 1 && HONORIFICS.has(lower(name[0]!))) name = name.slice(1);
  const before = core.slice(0, i);
  // "The New York Times": an article before an organisation's name is kept with it.
  if (before.length === 1 && lower(before[0]!) === 'the') return { role: null, name: [...before, ...name] };
  return { role: roleText(before, source), name };
}

/** Is the word list a well-formed noun phrase (no verbs, no clause words)? */
const OBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'him', 'them', 'us', 'me', 'you']);

function phraseWordsOk(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 12) return false;
  return tokens.every((t, i) => {
    if (t.kind === 'quote') return false;
    if (t.kind === 'punct') return t.text === '&' || t.text === '-';
    const w = lower(t);
    // "passionately rebuked", "an investment he": an adverb or a pronoun inside means a clause.
    if (isLowerAdverb(t) || (OBJECT_PRONOUNS.has(t.text) && tokens.length > 1 && i >= 0)) return false;
    if (NOT_IN_PHRASE.has(w) && !isCapitalised(t.text)) return false;
    const verb = speechVerb(w);
    return !(verb && !isCapitalised(t.text) && verb.form !== 'base');
  });
}

/** Parses a noun phrase without commas: a pronoun, a (titled) name, or a description. */
/** Capitalised words that cannot be a name on their own: "Why", "It’s", a dateline "WASHINGTON". */
const NUMBER_WORDS = new Set(['you', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'half', 'most', 'many', 'some', 'all', 'none']);

function notAName(t: Token): boolean {
  const w = bareName(lower(t));
  return NUMBER_WORDS.has(w) || NOT_IN_PHRASE.has(w) || NOT_IN_PHRASE.has(lower(t).replace(/’/g, "'")) || DETERMINERS.has(w) || MONTHS_AND_DAYS.has(w) || /^[A-Z]{6,}$/.test(t.text);
}

function parseCore(tokens: Token[], source: string): SpeakerPhrase | null {
  // "a member who supports Trump": the relative clause is not part of the speaker.
  const relative = tokens.findIndex((t, i) => i > 0 && ['who', 'which', 'whose', 'that', 'whom'].includes(lower(t)));
  if (relative > 0) tokens = tokens.slice(0, relative);
  if (tokens.length === 0) return null;
  const first = tokens[0]!;
  if (['and', 'or', 'but', 'nor'].includes(lower(first)) || (PHRASE_PREPOSITIONS.has(lower(first)) && lower(first) !== 'one')) return null;
  if (tokens.length === 1 && notAName(first) && !SUBJECT_PRONOUNS.has(lower(first))) return null;
  if (tokens.length === 1 && SUBJECT_PRONOUNS.has(lower(first))) {
    return { kind: 'pronoun', text: first.text, role: null, channel: null, abbreviation: null, start: first.start, end: first.end };
  }
  let abbreviation: SpeakerPhrase['abbreviation'] = null;
  // "Amnesty International (AI)": the parenthesis defines an abbreviation; "(D-Conn.)" is dropped.
  const paren = tokens.findIndex((t) => t.text === '(');
  if (paren > 0 && tokens[tokens.length - 1]?.text === ')') {
    const inside = tokens.slice(paren + 1, -1);
    if (inside.length === 1 && /^[A-Z]{2,6}s?$/.test(inside[0]!.text)) abbreviation = { short: inside[0]!.text, long: join(tokens.slice(0, paren), source) };
    tokens = tokens.slice(0, paren);
  }
  // "David Gardner writing in the Financial Times": the channel travels with the subject.
  let channel: string | null = null;
  const writing = tokens.findIndex((t, i) => i > 0 && /^(writing|speaking|appearing|interviewed)$/.test(t.text) && /^(in|on|to|for)$/.test(tokens[i + 1]?.text ?? ''));
  if (writing > 0) {
    channel = join(tokens.slice(writing + 2), source) || null;
    tokens = tokens.slice(0, writing);
  }
  // "An article by Turkey-based reporter Adnan R. Khan": the work stands for its author.
  const by = tokens.findIndex((t, i) => i > 0 && (t.text === 'by' || t.text === 'from') && WORK_NOUNS.has(lower(tokens[i - 1]!)));
  if (by > 0 && by <= 4) {
    const author = parseCore(tokens.slice(by + 1), source);
    if (author && author.kind !== 'pronoun') return { ...author, channel: author.channel ?? channel };
  }
  if (!phraseWordsOk(tokens)) return null;

  const prep = tokens.findIndex((t, i) => i > 0 && PHRASE_PREPOSITIONS.has(t.text));
  const core = prep > 0 ? tokens.slice(0, prep) : tokens;
  const tail = prep > 0 ? tokens.slice(prep) : [];
  const head = core[core.length - 1]!;
  const conj = core.findIndex((t) => t.text === 'and' || t.text === 'or');
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;

  // A description: an agent noun ("a UN official"), or any noun after an article ("the real estate developer").
  const determined = DETERMINERS.has(lower(first)) && !isCapitalised(head.text) && core.length <= 6;
  const describes = determined || (isAgentNoun(bareName(head.text)) && !(isCapitalised(head.text) && core.length > 1 && !isTitleWord(head.text)));
  if (describes) {
    // A description: "a UN official", "One local commander in Salahuddin Province".
    if (conj >= 0 && core.slice(0, conj).filter((t) => isCapitalised(t.text) && !DETERMINERS.has(lower(t))).length >= 2) return null;
    if (tail.length > 7) return null;
    const text = join(tokens, source).replace(/^(A|An|The|One|Some|Several|Many|Two|Three|His|Her|Their|Its|Our)\b/, (d) => d.toLowerCase());
    return { kind: 'description', text, role: null, channel, abbreviation, start, end };
  }
  if (conj >= 0) return null; // Two named speakers: which one said it is not ours to guess.
  if (!isCapitalised(head.text) || tail.length > 8) return null;
  const split = splitRoleAndName(core, source);
  if (!split) return null;
  // "Stephen Vladeck of the University of Texas": a name, with the affiliation as its role.
  const affiliation = tail.length > 0 ? join(tail, source) : null;
  return {
    kind: 'name',
    text: bareName(join(split.name, source)),
    role: split.role ?? affiliation,
    channel,
    abbreviation,
    start: split.name[0]!.start,
    end: split.name[split.name.length - 1]!.end,
  };
}

/**
 * When the words before the verb are a whole clause ("a woman asked for a photo and Clinton",
 * "in a news conference last week he"), the subject is what follows its last "and"/"but", or a
 * final pronoun.
 */
function clauseFinal(tokens: readonly Token[], source: string): SpeakerPhrase | null {
  const last = tokens[tokens.length - 1];
  if (last && tokens.length > 1 && SUBJECT_PRONOUNS.has(lower(last))) return parseCore([last], source);
  const join = tokens.map(lower).lastIndexOf('and');
  const but = tokens.map(lower).lastIndexOf('but');
  const at = Math.max(join, but);
  // Only when what precedes is a clause, not a name ("Smith and Jones said" stays a pair).
  if (at <= 0 || (phraseWordsOk(tokens.slice(0, at)) && !tokens.slice(0, at).some((t) => /^[a-z]+ed$/.test(t.text)))) return null;
  const tail = parseCore(tokens.slice(at + 1), source);
  return tail && tail.kind !== 'description' ? tail : null;
}

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
