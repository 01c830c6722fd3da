/**
 * `figure <topic>`: which figures answer a topic, best first. A topic word counts most when it
 * names what the figure counts (its noun or event, synonyms included), less when it only appears
 * in the counted phrase or the sentence ("Mosul" in "figure Mosul population").
 */
import type { Figure } from '../types.js';
import { singular } from './nouns-normal.js';
import { SYNONYM_GROUPS, TOPIC_STOPWORDS } from './lexicon/synonyms.js';

export interface FigureMatch {
  figure: Figure;
  /** In (0, 1]: 1 when every topic word names what the figure counts. */
  score: number;
}

const GROUP_OF = new Map<string, number[]>();
SYNONYM_GROUPS.forEach((group, index) => {
  for (const word of group) GROUP_OF.set(word, [...(GROUP_OF.get(word) ?? []), index]);
});

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z$£€%]+(?:['’-][a-z]+)*/g) ?? [];
}

/**
 * A word's concept ids, trying the word and its singular. Words are single words (and events
 * single-word keys), so a multi-word synonym entry ("death toll", "air strike") never matches.
 */
function concepts(word: string): number[] {
  return [...(GROUP_OF.get(word) ?? []), ...(GROUP_OF.get(singular(word)) ?? [])];
}

/** Words as compared: their singulars and their concepts, pooled. */
interface WordPool {
  singulars: readonly string[];
  concepts: readonly number[];
}

function pool(list: readonly string[]): WordPool {
  return { singulars: [...new Set(list.map(singular))], concepts: [...new Set(list.flatMap(concepts))] };
}

/** Same word, same singular or a shared concept with any word of the pool. */
function names(term: WordPool, words: WordPool): boolean {
  return term.singulars.some((s) => words.singulars.includes(s)) || term.concepts.some((c) => words.concepts.includes(c));
}

interface FigureWords {
  /** What is counted: the head noun (a modifier like "army installations" does not count), the event, "money" for money. */
  core: WordPool;
  /** The counted phrase: the whole noun, what is counted as written, the figure itself, what it is about. */
  phrase: WordPool;
}

// Each figure's words are split once, not once per topic word per request; a WeakMap keeps the index plain data.
const WORDS = new WeakMap<Figure, FigureWords>();

function figureWords(figure: Figure): FigureWords {
  let found = WORDS.get(figure);
  if (found === undefined) {
    const nounWords = words(figure.noun ?? '');
    const core = [...nounWords.slice(-1), ...(figure.event !== null ? [figure.event] : [])];
    if (figure.kind === 'money') core.push('money');
    const phrase = [...nounWords, ...words(figure.countedText ?? ''), ...words(figure.text), ...words(figure.about ?? '')];
    found = { core: pool(core), phrase: pool(phrase) };
    WORDS.set(figure, found);
  }
  return found;
}

/** Singulars of the sentence and of who gives the figure: where a topic word only adds context. */
function contextSingulars(figure: Figure): Set<string> {
  return new Set([...words(figure.sentence), ...words(figure.attribution ?? ''), ...words(figure.speaker ?? '')].map(singular));
}

interface Term extends WordPool {
  singular: string;
  /** Names money: money spent on troops is not a number of troops, so it answers a money topic only. */
  money: boolean;
}

const MONEY = pool(['money']);

function term(word: string): Term {
  const pooled = pool([word]);
  return { ...pooled, singular: singular(word), money: names(pooled, MONEY) };
}

/** 1 when the term names what is counted, 0.7 when it sits in the counted phrase, else 0. */
function countedScore(term: Term, figure: Figure): number {
  const { core, phrase } = figureWords(figure);
  if (names(term, core)) return figure.kind === 'money' && !term.money ? 0.7 : 1;
  return names(term, phrase) ? 0.7 : 0;
}

export function rankFigures(figures: readonly Figure[], topic: string): FigureMatch[] {
  const terms = words(topic)
    .filter((w) => !TOPIC_STOPWORDS.has(w))
    .map(term);
  if (terms.length === 0) return [];
  const matches: FigureMatch[] = [];
  for (const figure of figures) {
    const scores = terms.map((t) => countedScore(t, figure));
    // At least one topic word must name what is counted or sit in the counted phrase.
    if (Math.max(...scores) < 0.7) continue;
    // Only a figure that answers needs its sentence: a topic word found there adds 0.3.
    let context: Set<string> | undefined;
    const withContext = scores.map((s, i) => (s > 0 ? s : (context ??= contextSingulars(figure)).has(terms[i]!.singular) ? 0.3 : 0));
    const score = withContext.reduce((a, b) => a + b, 0) / terms.length;
    matches.push({ figure, score: Math.round(score * 1000) / 1000 });
  }
  // Stable: equal scores keep corpus order.
  return matches.sort((a, b) => b.score - a.score);
}

export function matchFigures(figures: readonly Figure[], topic: string): Figure[] {
  return rankFigures(figures, topic).map((m) => m.figure);
}
