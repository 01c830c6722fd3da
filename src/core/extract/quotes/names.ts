/**
 * The people and abbreviations a document names, found once per document: "Russian Foreign
 * Minister Sergei Lavrov" gives the person Sergei Lavrov with that role, so a later "Lavrov said"
 * resolves to the full name; "Amnesty International (AI)" makes "AI" mean Amnesty International.
 * Mentions keep their places so a pronoun can look back for the person a passage is about.
 */
import {
  DEMONYMS,
  DETERMINERS,
  LEADING_CONNECTIVES,
  MONTHS_AND_DAYS,
  NOT_IN_PHRASE,
  ORGANISATION_WORDS,
  PLACE_WORDS,
  SUBJECT_PRONOUNS,
  isAgentNoun,
  isTitleWord,
} from './lexicon.js';
import { bareName, lower } from './noun-phrase.js';
import { isCapitalised, sentenceStarts, tokenize, type Hole, type Token } from './tokens.js';
import { speechVerb } from './verbs.js';

export interface Person {
  name: string;
  role: string | null;
  /** From "Mr."/"Mrs."/"Ms." before the name in the document, when it gives one. */
  gender?: 'he' | 'she';
}

export interface Mention {
  para: number;
  start: number;
  end: number;
  person: Person;
  inQuote: boolean;
  /** The person is named here as the speaker of a quotation (added while attributing). */
  speaker?: boolean;
}

export interface DocumentNames {
  persons: Map<string, Person>;
  /** Last name → the people who carry it. */
  bySurname: Map<string, Person[]>;
  abbreviations: Map<string, string>;
  /** Person mentions per paragraph, in order. */
  mentions: Mention[][];
  /** Sentence starts per paragraph (quotations are not split). */
  sentences: number[][];
  /** Capitalised words seen somewhere other than a sentence start: evidence they are names. */
  midSentenceNames: Set<string>;
}

const HONORIFIC_GENDER: Record<string, 'he' | 'she'> = { 'mr.': 'he', mr: 'he', 'mrs.': 'she', mrs: 'she', 'ms.': 'she', ms: 'she', miss: 'she' };
const PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'da', 'la', 'le', 'du', 'el', 'bint', 'abu']);
const NOT_A_NAME = new Set(['qaeda', 'qaida', 'al-qaeda', 'nusra', 'hamas', 'hezbollah', 'taliban', 'isis', 'isil', 'daesh', 'god', 'allah', 'war', 'empire', 'navy', 'spring', 'summer', 'autumn', 'winter', 'fall']);

function isNameToken(t: Token): boolean {
  return t.kind === 'word' && (isCapitalised(t.text) || PARTICLES.has(lower(t)));
}

/** Would these words make a person's name ("Falah Mustafa Bakir"), not a party, place or month? */
function personName(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (PARTICLES.has(lower(tokens[0]!)) || PARTICLES.has(lower(tokens[tokens.length - 1]!))) return false;
  return tokens.every((t) => {
    const w = bareName(lower(t));
    if (PARTICLES.has(w)) return true;
    if (/^[A-Z]{2,}$/.test(bareName(t.text))) return false;
    return !(ORGANISATION_WORDS.has(w) || PLACE_WORDS.has(w) || MONTHS_AND_DAYS.has(w) || DEMONYMS.has(w) || NOT_A_NAME.has(w) || NOT_IN_PHRASE.has(w) || DETERMINERS.has(w) || isTitleWord(w) || isAgentNoun(w));
  });
}

/** The role written just before a name: "Tory defence secretary", "Turkey’s strongman president". */
function roleBefore(tokens: readonly Token[], from: number, source: string, capitalisedRole: readonly Token[]): string | null {
  let i = from;
  let taken = 0;
  while (i > 0 && taken < 4) {
    const t = tokens[i - 1]!;
    if (t.kind !== 'word' || DETERMINERS.has(lower(t)) || NOT_IN_PHRASE.has(lower(t)) || LEADING_CONNECTIVES.has(lower(t)) || ['of', 'in', 'by', 'with', 'for', 'and', 'from', 'to', 'at', 'on'].includes(lower(t))) break;
    if (speechVerb(lower(t)) && !isCapitalised(t.text)) break;
    i--;
    taken++;
    if (/[’']s$/.test(t.text)) break;
  }
  const role = [...tokens.slice(i, from), ...capitalisedRole];
  // Trim from the left until the role ends in a title and holds nothing but modifiers of it.
  if (!role.some((t) => isTitleWord(t.text))) return capitalisedRole.length > 0 ? source.slice(capitalisedRole[0]!.start, capitalisedRole[capitalisedRole.length - 1]!.end) : null;
  return source.slice(role[0]!.start, role[role.length - 1]!.end);
}

/** Initials of the significant words ("Al Qaida in Iraq" → AQI). */
const initials = (words: readonly string[]): string => words.filter((w) => !/^(of|for|the|and|in|on|al)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join('');

function findAbbreviations(text: string, into: Map<string, string>): void {
  const re = /((?:(?:\p{Lu}[\p{L}’'-]*|al-\p{Lu}[\p{L}-]*)\s+(?:(?:of|for|the|and|in|on)\s+)?){0,6}\p{Lu}[\p{L}’'-]*)\s+\((?:also known as\s+)?([A-Z][A-Za-z]{1,6})\)/gu;
  for (const m of text.matchAll(re)) {
    const short = m[2]!;
    if (into.has(short) || !/^[A-Z]{2,}s?$/.test(short)) continue;
    const words = m[1]!.split(/\s+/);
    let long: string | null = null;
    for (let k = words.length - 1; k >= 0 && long === null; k--) {
      if (initials(words.slice(k)).toUpperCase() === short.replace(/s$/, '').toUpperCase()) long = words.slice(k).join(' ');
    }
    if (long === null && words.length <= 5 && words.length >= 2) long = words.join(' ');
    if (long !== null) into.set(short, long);
  }
}

/** "Trump" before any full name in an article naming Donald, Eric and Ivanka Trump: the one named most often. */
function mostMentioned(carriers: readonly Person[], mentions: readonly Mention[][]): Person | undefined {
  const count = new Map<Person, number>();
  for (const list of mentions) for (const m of list) if (carriers.includes(m.person)) count.set(m.person, (count.get(m.person) ?? 0) + 1);
  return [...carriers].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0))[0];
}

/** `skipped`: nicknames inside names ("James “Mad Dog” Mattis" is James Mattis). */
export function buildNames(texts: readonly string[], quoteHoles: readonly Hole[][], skipped: readonly Hole[][] = []): DocumentNames {
  const lowercase = new Set<string>();
  const tokensByPara = texts.map((t, i) => tokenize(t, 0, t.length, [], skipped[i] ?? []));
  for (const tokens of tokensByPara) for (const t of tokens) if (t.kind === 'word' && /^\p{Ll}/u.test(t.text)) lowercase.add(t.text);
  const sentences = texts.map((t, i) => sentenceStarts(t, 0, t.length, quoteHoles[i] ?? []));

  const persons = new Map<string, Person>();
  const bySurname = new Map<string, Person[]>();
  const abbreviations = new Map<string, string>();
  const midSentenceNames = new Set<string>();
  const singleNames = new Set<string>();
  const mentions: Mention[][] = texts.map(() => []);
  const inQuote = (i: number, pos: number): boolean => (quoteHoles[i] ?? []).some(([s, e]) => pos >= s && pos < e);

  const register = (name: string, role: string | null): Person => {
    const surname = name.split(/\s+/).pop()!;
    const carriers = bySurname.get(surname) ?? [];
    // "Mr. Obama" after "Barack Obama" is the same person; a full name after "Mr. Obama" completes him.
    const known = persons.get(name) ?? (name === surname ? carriers.find((p) => p.name !== surname) : carriers.find((p) => p.name === surname));
    if (known) {
      if (known.role === null && role !== null) known.role = role;
      if (known.name === surname && name !== surname) {
        persons.delete(known.name);
        known.name = name;
        persons.set(name, known);
      }
      return known;
    }
    const person = { name, role };
    persons.set(name, person);
    bySurname.set(surname, [...carriers, person]);
    return person;
  };

  texts.forEach((text, i) => {
    findAbbreviations(text, abbreviations);
    const tokens = tokensByPara[i]!;
    const starts = new Set(sentences[i]);
    const atSentenceStart = (t: Token): boolean => starts.has(t.start) || t.start === 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'word' && isCapitalised(t.text) && !atSentenceStart(t)) midSentenceNames.add(bareName(t.text));
      // A lone capitalised word right before a speech verb is a one-word name: "Bashar told PBS".
      const next = tokens[k + 1];
      const verb = next?.kind === 'word' && !isCapitalised(next.text) ? speechVerb(next.text) : null;
      const w = lower(t);
      if (verb && verb.form !== 'gerund' && t.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !SUBJECT_PRONOUNS.has(w) && !DETERMINERS.has(w) && !LEADING_CONNECTIVES.has(w) && !isAgentNoun(w) && !ORGANISATION_WORDS.has(w) && !PLACE_WORDS.has(w) && !DEMONYMS.has(w) && !MONTHS_AND_DAYS.has(w) && !NOT_A_NAME.has(w) && !NOT_IN_PHRASE.has(w) && !(tokens[k - 1] && isCapitalised(tokens[k - 1]!.text) && tokens[k - 1]!.kind === 'word')) {
        singleNames.add(t.text);
      }
    }
    // Runs of capitalised words: titles first, then the name.
    for (let k = 0; k < tokens.length; ) {
      if (!isNameToken(tokens[k]!)) {
        k++;
        continue;
      }
      let j = k;
      while (j < tokens.length && isNameToken(tokens[j]!)) {
        j++;
        if (/[’']s$/.test(tokens[j - 1]!.text)) break;
      }
      let run = tokens.slice(k, j);
      const first = run[0]!;
      if (atSentenceStart(first) && (lowercase.has(lower(first)) || LEADING_CONNECTIVES.has(lower(first)) || DETERMINERS.has(lower(first)))) run = run.slice(1);
      const lastTitle = run.map((t) => isTitleWord(bareName(t.text))).lastIndexOf(true);
      let name = run.slice(lastTitle + 1);
      // "Mr. Obama", "Mrs. Clinton": the honorific is not part of the name, but tells the gender.
      const gender = HONORIFIC_GENDER[name[0]?.text.toLowerCase() ?? ''];
      if (gender) name = name.slice(1);
      if (personName(name) || (gender && name.length === 1 && personName([name[0]!, name[0]!]))) {
        const nameText = bareName(name.map((t) => t.text).join(' '));
        const from = tokens.indexOf(run[0]!);
        const role = roleBefore(tokens, from, text, run.slice(0, lastTitle + 1));
        const person = register(nameText, role);
        if (gender) person.gender ??= gender;
        mentions[i]!.push({ para: i, start: name[0]!.start, end: name[name.length - 1]!.end, person, inQuote: inQuote(i, name[0]!.start) });
      }
      k = j;
    }
  });

  // Lone surnames and one-word names, now that every full name is known.
  // The full name most recently given for each surname, as the scan moves forward.
  const lastFull = new Map<string, Person>();
  texts.forEach((_text, i) => {
    const tokens = tokensByPara[i]!;
    const full = [...mentions[i]!];
    let f = 0;
    tokens.forEach((t, k) => {
      while (f < full.length && full[f]!.end <= t.start) {
        lastFull.set(full[f]!.person.name.split(/\s+/).pop()!, full[f]!.person);
        f++;
      }
      if (t.kind !== 'word' || !isCapitalised(t.text)) return;
      if (full[f] && t.start >= full[f]!.start && t.start < full[f]!.end) return;
      const word = bareName(t.text);
      const carriers = bySurname.get(word);
      let person: Person | undefined;
      if (carriers && carriers.length === 1) person = carriers[0];
      else if (carriers) person = lastFull.get(word) ?? mostMentioned(carriers, mentions);
      else if (singleNames.has(word)) person = register(word, null);
      if (person) {
        mentions[i]!.push({ para: i, start: t.start, end: t.end, person, inQuote: inQuote(i, t.start) });
        const honorific = tokens[k - 1]?.text.toLowerCase();
        if (honorific && HONORIFIC_GENDER[honorific]) person.gender ??= HONORIFIC_GENDER[honorific];
      }
    });
    mentions[i]!.sort((a, b) => a.start - b.start);
  });

  return { persons, bySurname, abbreviations, mentions, sentences, midSentenceNames };
}
