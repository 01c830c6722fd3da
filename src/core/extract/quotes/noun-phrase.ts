/**
 * One noun phrase without commas, read as a speaker: a pronoun ("he"), a name with its title kept
 * apart as a role ("KRG Foreign Minister" + "Falah Mustafa Bakir"), or a description ("a UN
 * official", "One local commander in Salahuddin Province"). Null when the words are not a subject.
 */
import {
  DETERMINERS,
  HONORIFICS,
  MONTHS_AND_DAYS,
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

export const lower = (t: Token): string => t.text.toLowerCase();
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
/** The tokens as written; a skipped nickname between two of them becomes a single space. */
export function join(tokens: readonly Token[], source: string): string {
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
export const isLowerAdverb = (t: Token): boolean => /^[a-z]+ly$/.test(t.text) && !['early', 'only', 'family', 'ally'].includes(t.text);
/** The word without a possessive "'s". */
export const bareName = (word: string): string => word.replace(/[’']s$/, '');

/** "Defence minister" in "Defence minister Avigdor Liberman", without "his"/"the". */
export function roleText(tokens: readonly Token[], source: string): string | null {
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

const OBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'him', 'them', 'us', 'me', 'you']);

/** Is the word list a well-formed noun phrase (no verbs, no clause words)? */
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

/** Capitalised words that cannot be a name on their own: "Why", "It’s", a dateline "WASHINGTON". */
const NUMBER_WORDS = new Set(['you', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'half', 'most', 'many', 'some', 'all', 'none']);

function notAName(t: Token): boolean {
  const w = bareName(lower(t));
  return NUMBER_WORDS.has(w) || NOT_IN_PHRASE.has(w) || NOT_IN_PHRASE.has(lower(t).replace(/’/g, "'")) || DETERMINERS.has(w) || MONTHS_AND_DAYS.has(w) || /^[A-Z]{6,}$/.test(t.text);
}

/** Parses a noun phrase without commas: a pronoun, a (titled) name, or a description. */
export function parseCore(tokens: Token[], source: string): SpeakerPhrase | null {
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
export function clauseFinal(tokens: readonly Token[], source: string): SpeakerPhrase | null {
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
