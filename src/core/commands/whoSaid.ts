import { z } from 'zod';
import type { QuotationResult } from '../answers.js';
import { defineCommand } from './definition.js';
import { queryArg } from './sharedArgs.js';
import { paragraphResult } from './paragraphResult.js';
import { quotationResult } from './quotationResult.js';

/** Quotations scoring this close to the best are shown with it (the same words quoted twice). */
const NEAR_BEST = 0.85;
const MAX_RESULTS = 3;
/**
 * Quoted words score the same in their paragraph as in the quotation, so a paragraph that
 * scores clearly better means the words are the narrator's, not a speaker's.
 */
const NARRATIVE_MARGIN = 0.15;
/**
 * Measured on the seed corpus: the words as quoted, or with typos, score 0.89–1.0; a loose
 * paraphrase of a real quotation scores about 0.6–0.75; words merely sharing a verb with some
 * passage score about 0.55. Below CONFIDENT the quotation is offered as the closest match only.
 */
const CONFIDENT = 0.8;
/** "In the corpus, but not a quotation" is a claim about the words themselves: it needs most of them, in order. */
const WORDS_PRESENT = 0.75;

export const whoSaidCommand = defineCommand({
  name: 'who-said',
  description: 'Who is quoted saying these words? The speaker, their role and the cited quotation.',
  args: z.object({ words: queryArg.describe('Words from the quotation (typos are fine)') }),
  positional: 'words',
  examples: ['who-said know your place', 'who-said west Mosul will be destroyed'],
  run({ words }, { corpus }) {
    // Only the best MAX_RESULTS can be shown and nothing counts the rest: no more excerpts are built.
    const hits = corpus.quotationIndex.search(words, { limit: MAX_RESULTS });
    const paragraphHits = corpus.paragraphIndex.search(words, { limit: MAX_RESULTS });
    const best = hits[0];
    const narrative = paragraphHits[0] && (!best || paragraphHits[0].score > best.score + NARRATIVE_MARGIN);
    if (best && !narrative) {
      const close = hits.filter((hit) => hit.score >= best.score * NEAR_BEST).slice(0, MAX_RESULTS);
      const results = close.map((hit) => quotationResult(corpus, hit.item, hit)).filter((r): r is QuotationResult => r !== null);
      // The best match decides: a guessed speaker from a weaker match would be worse than none.
      const status = best.item.speaker ? 'attributed' : 'unattributed';
      return { command: 'who-said', query: words, status, uncertain: best.score < CONFIDENT, results, passages: [] };
    }
    const passages = paragraphHits.filter((hit) => hit.score >= WORDS_PRESENT).map((hit) => paragraphResult(corpus, hit));
    return { command: 'who-said', query: words, status: passages.length > 0 ? 'not_quoted' : 'not_found', uncertain: false, results: [], passages };
  },
});
