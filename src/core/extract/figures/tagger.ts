/**
 * Verbs by a part-of-speech tagger (compromise, whose lexicon ships inside the package), for the
 * rules that read what an amount is said of: a hand list of verbs misses most of them ("the US
 * trade deficit hit …", "Tesla shares … after plummeting 65%"), and a missed verb turns the
 * subject search into a grab of whatever precedes the number.
 *
 * Cost: only the lexicon and the first tagging pass run (compromise's corrective post-tagger
 * triples the time for about the same scores on NewsQuant), only on sentences that hold a figure,
 * and only up to the last of them (the rules look back from a number, never ahead). It only ever
 * adds verbs: the hand rules keep their say over every word it does not call a verb.
 *
 * Measured on NewsQuant (value+concept F1, dev / held-out), and not worth keeping:
 * - the full pipeline (freeze, typeahead, contractionTwo, postTagger): 78.1 / 69.6 against
 *   78.5 / 69.6, at twice the time. It still calls "price" in "the median sales price" a verb;
 * - dropping a verb tag on a word between two nouns ("the US trade deficit"): 77.4 / 69.1,
 *   lower on both halves;
 * - wink-nlp's tagger (wink-eng-lite-web-model, which ships in its npm package) in place of
 *   compromise: twice as fast and right on "the median sales price", yet lower on both halves
 *   whether it only adds verbs (76.8 / 66.6), decides every word (74.4 / 67.1), keeps only the
 *   verbs both taggers agree on (76.8 / 66.4) or vetoes compromise's verbs it calls nouns
 *   (75.2 / 67.3). The hand rules grew around compromise's errors; a better tagger alone does not
 *   buy a better subject search.
 */
import nlp from 'compromise/two';
import type { Token } from './tokens.js';

interface TaggedTerm {
  tags: Set<string>;
  offset?: { start: number };
}

// compromise's own steps up to its first tagging pass, then term offsets.
const STEPS = ['contractions', 'alias', 'machine', 'index', 'id', 'lexicon', 'preTagger', 'offset'];

/** Character offsets (within `text`) of the words the tagger calls verbs. */
function verbOffsets(text: string): Set<number> {
  const doc = nlp.tokenize(text);
  doc.compute(STEPS);
  const starts = new Set<number>();
  for (const sentence of doc.docs as TaggedTerm[][]) {
    for (const term of sentence) if (term.tags.has('Verb') && term.offset !== undefined) starts.add(term.offset.start);
  }
  return starts;
}

// The first pass tags a word by its lexicon entry alone. After an article or a number, or right
// before an auxiliary, the same word is a noun ("The boot now stands", "14 reports from", "a
// disorderly exit would cost"), as compromise's later, costlier pass would mostly say.
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
const AUXILIARIES = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were']);
const nounSlot = (before: Token | undefined, after: Token | undefined): boolean =>
  (before !== undefined && (before.kind === 'num' || ARTICLES.has(before.lower))) || (after !== undefined && AUXILIARIES.has(after.lower));

/**
 * The sentence's tokens with `verb` set on the words the tagger calls verbs. It reads `sentence`
 * (which starts at `sentenceStart`, in the tokens' offsets) up to offset `upTo`. Unchanged tokens
 * when the tagger fails.
 */
export function markVerbs(tokens: readonly Token[], sentence: string, sentenceStart: number, upTo: number): readonly Token[] {
  let verbs: Set<number>;
  try {
    verbs = verbOffsets(sentence.slice(0, Math.max(0, upTo - sentenceStart)));
  } catch {
    return tokens;
  }
  if (verbs.size === 0) return tokens;
  return tokens.map((t, k) => (t.kind === 'word' && verbs.has(t.start - sentenceStart) && !nounSlot(tokens[k - 1], tokens[k + 1]) ? { ...t, verb: true } : t));
}
