import { z } from 'zod';
import type { ExcerptResult } from '../answers.js';
import { citationFor } from '../citation.js';
import { completeSource, matchSources } from '../sources.js';
import { defineCommand } from './definition.js';
import { errorAnswer } from './handle.js';
import { limitArg, pageArg, queryArg, sourceArg } from './sharedArgs.js';

/** Enough hits to know whether there is another page, without ranking the whole corpus. */
const MAX_HITS = 50;

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
    const hits = corpus.paragraphIndex.search(words, {
      limit: MAX_HITS,
      filter: only ? (i) => only.has(corpus.paragraphs[i]!.docId) : undefined,
    });
    const start = (page - 1) * limit;
    const results: ExcerptResult[] = hits.slice(start, start + limit).map((hit) => ({
      excerpt: hit.excerpt,
      highlights: hit.highlights,
      range: hit.range,
      score: hit.score,
      citation: citationFor(corpus.byId.get(hit.item.docId)!, hit.item),
    }));
    return { command: 'quote', query: words, source: source ?? null, results, more: Math.max(0, hits.length - start - results.length) };
  },
});
