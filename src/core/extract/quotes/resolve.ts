/**
 * From a speaker phrase to a Speaker: a surname or an abbreviation to the fullest name the document
 * gives, and "he"/"she" to the person the preceding sentences are about. When the passage is about
 * more than one person, the pronoun stays unresolved (null): precision before coverage.
 */
import type { Speaker } from '../types.js';
import { DETERMINERS, HONORIFICS, LEADING_CONNECTIVES, NOT_IN_PHRASE, isAgentNoun, isTitleWord } from './lexicon.js';
import type { DocumentNames, Mention, Person } from './names.js';
import type { SpeakerPhrase } from './phrase.js';
import { isCapitalised, tokenize } from './tokens.js';
import { speechVerb } from './verbs.js';

/** Words that open a sentence with a clause before its subject ("After …, Erdogan warned"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'since', 'although', 'though', 'if', 'in', 'on', 'at', 'for', 'during', 'despite', 'as', 'because', 'but', 'and', 'with', 'without', 'unlike', 'like', 'once', 'until', 'by', 'from', 'to', 'amid', 'following', 'under', 'over', 'last', 'earlier', 'later', 'yet', 'still', 'however', 'so']);

/** Lowercase words that may stand in a role before a name ("Tory defence secretary Michael Fallon"). */
const ROLE_MODIFIERS = new Set(['former', 'then', 'deputy', 'acting', 'defence', 'defense', 'foreign', 'finance', 'interior', 'prime', 'vice', 'senior', 'chief', 'top', 'revolutionary', 'veteran', 'longtime', 'presidential', 'democratic', 'republican', 'press', 'national', 'security', 'intelligence', 'military', 'state', 'opposition', 'local', 'regional']);

/** Is the mention the subject of its sentence (nothing but a role or a leading clause before it)? */
function isSubject(text: string, sentenceStart: number, m: Mention): boolean {
  // "Trump backers looked to Kukura": a name before a noun only modifies it.
  const next = tokenize(text, m.end, Math.min(text.length, m.end + 40))[0];
  if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && isAgentNoun(next.text)) return false;
  const tokens = tokenize(text, sentenceStart, m.start);
  const before = tokens.slice(afterLeadingClause(tokens, true));
  if (before.length > 6) return false;
  return before.every((t) => {
    const w = t.text.toLowerCase();
    if (t.kind !== 'word') return t.text === '-';
    if (NOT_IN_PHRASE.has(w) || (speechVerb(w) && !isCapitalised(t.text))) return false;
    return isCapitalised(t.text) || isTitleWord(w) || DETERMINERS.has(w) || /[’']s$/.test(t.text) || ROLE_MODIFIERS.has(w) || /-based$/.test(w);
  });
}

/** Sentence [start, end) ranges of paragraph `para`. */
function sentenceRanges(names: DocumentNames, texts: readonly string[], para: number): Array<[number, number]> {
  const starts = names.sentences[para] ?? [0];
  return starts.map((s, k) => [s, starts[k + 1] ?? texts[para]!.length]);
}

/**
 * Where a sentence's subject starts: after a leading clause ("After the vote, …", "Speaking to
 * reporters, …"), and with `adverbs` also after one opened by an adverb ("Separately, …").
 */
function afterLeadingClause(tokens: ReturnType<typeof tokenize>, adverbs = false): number {
  const first = tokens[0];
  if (!first || !(CLAUSE_OPENERS.has(first.text.toLowerCase()) || /ing$/.test(first.text) || (adverbs && /ly$/.test(first.text)))) return 0;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma >= 0 ? comma + 1 : 0;
}

/** Does the sentence open (after a leading clause) with "he"/"she", so its names are not the antecedent? */
function pronounSubject(text: string, range: [number, number]): boolean {
  const tokens = tokenize(text, range[0], Math.min(range[1], range[0] + 200));
  let k = afterLeadingClause(tokens);
  while (tokens[k] && LEADING_CONNECTIVES.has(tokens[k]!.text.toLowerCase())) k++;
  return /^(he|she)$/i.test(tokens[k]?.text ?? '');
}

/**
 * Does the sentence open with a subject that is not a known person: a capitalised word or a
 * description followed by a verb ("Wines believes", "The author wrote")?
 */
function unknownSubject(text: string, range: [number, number]): boolean {
  const tokens = tokenize(text, range[0], Math.min(range[1], range[0] + 200));
  const k = afterLeadingClause(tokens);
  const head = tokens[k];
  const next = tokens[k + 1];
  if (!head || !next || head.kind !== 'word' || next.kind !== 'word') return false;
  const verbLike = (w: string): boolean => /^[a-z]+(ed|s)$/.test(w) || speechVerb(w) !== null;
  if (isCapitalised(head.text) && !DETERMINERS.has(head.text.toLowerCase()) && verbLike(next.text)) return true;
  return /^(the|a|an)$/i.test(head.text) && tokens[k + 2]?.kind === 'word' && verbLike(tokens[k + 2]!.text) && !isCapitalised(next.text);
}

/** How far back a pronoun looks: sentences, and paragraphs. */
const LOOK_BACK_SENTENCES = 6;
const LOOK_BACK_PARAGRAPHS = 2;

/**
 * The person "he"/"she" at (para, pos) refers to, or null when the passage leaves it open. Looking
 * back sentence by sentence: the speaker of a quotation there, else the subject, else the only
 * person named; a sentence whose subject is itself "he"/"she" passes the question further back.
 */
function resolvePronoun(names: DocumentNames, texts: readonly string[], para: number, pos: number): Person | null {
  const outside = (m: Mention): boolean => !m.inQuote;
  const ranges = sentenceRanges(names, texts, para);
  const current = ranges.findIndex(([s, e]) => pos >= s && pos < e);
  const sentenceStart = ranges[current]?.[0] ?? 0;
  const before = (names.mentions[para] ?? []).filter((m) => outside(m) && m.start >= sentenceStart && m.end <= pos);
  const inCurrent = new Set(before.map((m) => m.person));
  // "Bolton said he …": the subject of the pronoun's own sentence.
  const currentSubject = before.find((m) => isSubject(texts[para]!, sentenceStart, m));
  if (currentSubject && inCurrent.size === 1) return currentSubject.person;

  const earlier: Array<{ para: number; range: [number, number] }> = [];
  for (let k = current - 1; k >= 0; k--) earlier.push({ para, range: ranges[k]! });
  for (let p = para - 1; p >= Math.max(0, para - LOOK_BACK_PARAGRAPHS); p--) {
    const prev = sentenceRanges(names, texts, p);
    for (let k = prev.length - 1; k >= 0; k--) earlier.push({ para: p, range: prev[k]! });
  }
  let chosen: Person | null = null;
  for (const { para: p, range } of earlier.slice(0, LOOK_BACK_SENTENCES)) {
    const found = (names.mentions[p] ?? []).filter((m) => outside(m) && m.start >= range[0] && m.end <= range[1]);
    const speakers = new Set(found.filter((m) => m.speaker).map((m) => m.person));
    if (speakers.size === 1) {
      chosen = [...speakers][0]!;
      break;
    }
    if (pronounSubject(texts[p]!, range)) continue; // "She also criticized Trump": look further back
    if (found.length === 0) continue;
    const subject = found.find((m) => isSubject(texts[p]!, range[0], m));
    const distinct = new Set(found.map((m) => m.person));
    // "Wines believes that the Clinton campaign…": someone we do not know is the subject.
    if (!subject && unknownSubject(texts[p]!, range)) break;
    // "John Smith and Peter Brown met": a compound subject leaves "he" open.
    const joined = subject && found.some((m) => m.person !== subject.person && /^\s*(and|or|,)\s*$/.test(texts[p]!.slice(subject.end, m.start)));
    if (joined) break;
    if (subject) chosen = subject.person;
    else if (distinct.size === 1) chosen = found[0]!.person;
    break;
  }
  if (chosen === null) return null;
  // Another person named earlier in the same sentence makes "he" ambiguous.
  if ([...inCurrent].some((p) => p !== chosen)) return null;
  return chosen;
}

/** Replaces abbreviations the document defines: "a representative of AI" → "… of Amnesty International". */
function expandAbbreviations(text: string, names: DocumentNames): string {
  return text.replace(/\b[A-Z]{2,6}s?\b/g, (abbr) => names.abbreviations.get(abbr) ?? abbr);
}

/** The fullest name the document gives for `name` ("Lavrov" → Sergei Lavrov), with the role it gives. */
function fullestName(name: string, names: DocumentNames): Person | null {
  const words = name.split(/\s+/).filter((w) => !HONORIFICS.has(w.toLowerCase()));
  const plain = words.join(' ');
  const exact = names.persons.get(plain);
  const last = words[words.length - 1] ?? '';
  const carriers = (names.bySurname.get(last) ?? []).filter((p) => p.name.endsWith(plain));
  if (carriers.length === 1) {
    const person = carriers[0]!;
    return exact && exact.name.length >= person.name.length ? exact : person;
  }
  return exact ?? null;
}

const capitaliseFirst = (s: string): string => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

export interface SpeakerContext {
  /** The quotation sits inside another quotation or a block quotation. */
  insideQuote: boolean;
  /** …inside quotation marks: "he" there belongs to the quoted speaker's story, not the narrator's. */
  insideMarks: boolean;
  parentSpeaker: Speaker | null;
}

export function resolveSpeaker(phrase: SpeakerPhrase, names: DocumentNames, texts: readonly string[], para: number, context: SpeakerContext): Speaker | null {
  const channel = phrase.channel;
  if (phrase.kind === 'pronoun') {
    const p = phrase.text.toLowerCase();
    if (p === 'he' || p === 'she') {
      if (context.insideMarks) return null;
      const person = resolvePronoun(names, texts, para, phrase.start);
      // "he" cannot be the person the document calls "Mrs. Clinton".
      if (person?.gender && person.gender !== p) return null;
      return person ? { name: person.name, named: true, role: person.role, channel } : null;
    }
    // "I" inside a quotation is whoever is being quoted; "we" outside one is the authors.
    if (p === 'i' && context.insideQuote && context.parentSpeaker) return { ...context.parentSpeaker, channel: channel ?? context.parentSpeaker.channel };
    if (p === 'we' && !context.insideQuote) return { name: 'the authors', named: false, role: null, channel };
    return null;
  }
  if (phrase.kind === 'description') {
    return { name: expandAbbreviations(phrase.text, names), named: false, role: phrase.role, channel };
  }
  const long = names.abbreviations.get(phrase.text);
  if (long) return { name: long, named: true, role: phrase.role, channel };
  // The name index already decided who this mention is ("Trump" among several Trumps).
  const here = (names.mentions[para] ?? []).filter((m) => m.start >= phrase.start && m.end <= phrase.end).pop();
  const person = here?.person ?? fullestName(phrase.text, names);
  if (person) return { name: person.name, named: true, role: phrase.role ?? person.role, channel };
  // A lone sentence-initial capitalised word that never appears as a name elsewhere is no name.
  const single = !/\s/.test(phrase.text);
  if (single && LEADING_CONNECTIVES.has(phrase.text.toLowerCase())) return null;
  return { name: capitaliseFirst(expandAbbreviations(phrase.text, names)), named: true, role: phrase.role, channel };
}
