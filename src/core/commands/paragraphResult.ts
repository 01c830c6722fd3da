/** A paragraph search hit as an answer result: the excerpt and where it comes from. */
import type { ExcerptResult } from '../answers.js';
import { citationFor } from '../citation.js';
import type { CorpusIndex } from '../corpusIndex.js';
import type { Paragraph } from '../corpus/types.js';
import type { SearchHit } from '../search/types.js';

export function paragraphResult(corpus: CorpusIndex, hit: SearchHit<Paragraph>): ExcerptResult {
  return {
    excerpt: hit.excerpt,
    highlights: hit.highlights,
    range: hit.range,
    score: hit.score,
    citation: citationFor(corpus.byId.get(hit.item.docId)!, hit.item),
  };
}
