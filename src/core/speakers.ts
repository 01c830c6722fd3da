/**
 * Matching a typed person ("erdogan", "Erdoğan", "Recep Erdogan") against the speakers the
 * corpus knows ("Recep Tayyip Erdogan"). Every typed word must match a word of the name,
 * allowing a typo; a surname alone is enough.
 */
import { boundedEditDistance } from './search/distance.js';
import { forEachTerm } from './text/tokenize.js';
import { isStopword } from './text/stopwords.js';

function termsOf(text: string): string[] {
  const terms: string[] = [];
  forEachTerm(text, (term) => {
    terms.push(term);
  });
  return terms;
}

/** Typed word vs a word of the name: equal, a prefix of four letters or more, or a close typo. */
function wordMatches(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (typed.length >= 4 && word.startsWith(typed)) return true;
  const allowed = typed.length >= 8 ? 2 : typed.length >= 4 ? 1 : 0;
  return allowed > 0 && boundedEditDistance(typed, word, allowed) <= allowed;
}

/** The words that identify someone: "the", "of" and the like match anything and mean nothing. */
function identifyingTerms(text: string): string[] {
  const terms = termsOf(text);
  const meaningful = terms.filter((term) => !isStopword(term));
  return meaningful.length > 0 ? meaningful : terms;
}

/** The typed person's words that must all match; at most 8, so a pasted paragraph costs little. */
function typedTerms(person: string): string[] {
  return identifyingTerms(person).slice(0, 8);
}

function matchesTerms(typed: readonly string[], words: readonly string[]): boolean {
  return typed.length > 0 && typed.every((term) => words.some((word) => wordMatches(term, word)));
}

interface NameTerms {
  /** Each name's folded terms, in the order of the names. */
  terms: string[][];
  /** The same terms joined by spaces, for autocomplete's "contains". */
  joined: string[];
}

/** Tokenised once per names list (the corpus index's), not on every keystroke and request. */
const nameTermsCache = new WeakMap<readonly string[], NameTerms>();

function nameTerms(names: readonly string[]): NameTerms {
  let found = nameTermsCache.get(names);
  if (!found) {
    const terms = names.map(termsOf);
    found = { terms, joined: terms.map((words) => words.join(' ')) };
    nameTermsCache.set(names, found);
  }
  return found;
}

export function speakerMatches(name: string, person: string): boolean {
  return matchesTerms(typedTerms(person), termsOf(name));
}

/** The names `person` matches (see speakerMatches), in the order given. */
export function matchingSpeakers(names: readonly string[], person: string): string[] {
  const typed = typedTerms(person);
  if (typed.length === 0) return [];
  const { terms } = nameTerms(names);
  return names.filter((_, i) => matchesTerms(typed, terms[i]!));
}

/** Closest known speakers to offer when nobody matched: most typed words matched first. */
export function suggestSpeakers(names: readonly string[], person: string, limit = 5): string[] {
  const typed = typedTerms(person);
  const { terms } = nameTerms(names);
  const scored = names.map((name, i) => {
    const words = terms[i]!;
    const near = typed.filter((term) => words.some((word) => boundedEditDistance(term, word, 3) <= 3)).length;
    return { name, near };
  });
  return scored
    .filter((entry) => entry.near > 0)
    .sort((a, b) => b.near - a.near || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((entry) => entry.name);
}

/** For autocomplete: names containing what is typed so far, else those matching it fuzzily. */
export function completeSpeaker(names: readonly string[], typed: string): string[] {
  const wanted = typed.trim();
  if (!wanted) return [...names];
  const folded = termsOf(wanted).join(' ');
  const { joined } = nameTerms(names);
  const containing = names.filter((_, i) => joined[i]!.includes(folded));
  return containing.length > 0 ? containing : matchingSpeakers(names, wanted);
}
