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

/** A word's concept ids, trying the word, its singular and a two-word phrase with the next word. */
function concepts(word: string): Set<number> {
  return new Set([...(GROUP_OF.get(word) ?? []), ...(GROUP_OF.get(singular(word)) ?? [])]);
}

function sameConcept(a: string, b: string): boolean {
  if (a === b || singular(a) === singular(b)) return true;
  const ca = concepts(a);
  for (const c of concepts(b)) if (ca.has(c)) return true;
  return false;
}

function termScore(term: string, figure: Figure): number {
  // The head noun and the event name what is counted; a modifier ("army installations") does not.
  const nounWords = words(figure.noun ?? '');
  const core = [...nounWords.slice(-1), ...(figure.event !== null ? [figure.event] : [])];
  if (figure.kind === 'money') core.push('money');
  // Money spent on troops is not a number of troops: it answers a money topic only.
  const moneyTerm = sameConcept(term, 'money');
  if (core.some((w) => sameConcept(term, w))) return figure.kind === 'money' && !moneyTerm ? 0.7 : 1;
  const phrase = [...nounWords, ...words(figure.countedText ?? ''), ...words(figure.text), ...words(figure.about ?? '')];
  if (phrase.some((w) => sameConcept(term, w))) return 0.7;
  const context = [...words(figure.sentence), ...words(figure.attribution ?? ''), ...words(figure.speaker ?? '')];
  if (context.some((w) => w === term || singular(w) === singular(term))) return 0.3;
  return 0;
}

export function rankFigures(figures: readonly Figure[], topic: string): FigureMatch[] {
  const terms = words(topic).filter((w) => !TOPIC_STOPWORDS.has(w));
  if (terms.length === 0) return [];
  const matches: FigureMatch[] = [];
  figures.forEach((figure) => {
    const scores = terms.map((t) => termScore(t, figure));
    // At least one topic word must name what is counted or sit in the counted phrase.
    if (Math.max(...scores) < 0.7) return;
    const score = scores.reduce((a, b) => a + b, 0) / terms.length;
    matches.push({ figure, score: Math.round(score * 1000) / 1000 });
  });
  // Stable: equal scores keep corpus order.
  return matches.sort((a, b) => b.score - a.score);
}

export function matchFigures(figures: readonly Figure[], topic: string): Figure[] {
  return rankFigures(figures, topic).map((m) => m.figure);
}
