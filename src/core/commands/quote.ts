import { z } from 'zod';
import { completeSource, matchSources } from '../sources.js';
import { defineCommand } from './definition.js';
import { errorAnswer } from './handle.js';
import { paragraphResult } from './paragraphResult.js';
import { limitArg, pageArg, queryArg, sourceArg } from './sharedArgs.js';

export const quoteCommand = defineCommand({
  name: 'quote',
  description: 'Find the passage you half remember, with its exact words and where they come from.',
  args: z.object({
    words: queryArg.describe('Words you remember from the passage (typos are fine)'),
    source: sourceArg,
    limit: limitArg,
    page: pageArg,
  }),
  positional: 'words',
  examples: ['quote know your place', 'quote safest plase from an airstrike in Syria', 'quote hospital airstrike --source spartacist --limit 2'],
  complete: { source: (corpus, typed) => completeSource(corpus.documents, typed) },
  run({ words, source, limit, page }, { corpus }) {
    let allowed: Set<string> | null = null;
    if (source) {
      allowed = matchSources(corpus.documents, source);
      if (allowed.size === 0) return errorAnswer('quote', 'not_found', `No source matches "${source}". Try the sources command to see them.`);
    }
    const only = allowed;
    const { hits, total } = corpus.paragraphIndex.searchPage(words, {
      offset: (page - 1) * limit,
      limit,
      filter: only ? (i) => only.has(corpus.paragraphs[i]!.docId) : undefined,
    });
    const results = hits.map((hit) => paragraphResult(corpus, hit));
    return { command: 'quote', query: words, source: source ?? null, results, more: Math.max(0, total - (page - 1) * limit - results.length) };
  },
});
