/**
 * ibid's search engine: finds the passage a user half remembers. See DESIGN.md for the pipeline,
 * the threshold and the measured figures.
 */
import { tokenize } from '../text/tokenize.js';
import { CandidateFinder } from './candidates.js';
import { buildExcerpt } from './excerpt.js';
import { buildIndexData, type IndexData } from './postings.js';
import { analyseQuery } from './query.js';
import { Ranker } from './rank.js';
import type { BuildSearchIndex, SearchIndex, SearchOptions, SearchPage } from './types.js';

/**
 * Below this score a hit is noise, not a half-remembered passage, and search returns nothing.
 * Measured (tests/core/search/threshold.test.ts prints it): fragments of the seed corpus with a word
 * dropped and 1–2 typos score p1 0.52 / p5 0.74 / median 0.92 against their own paragraph, so 0.5
 * keeps 99%; the same kind of fragments from unrelated prose (Brown corpus) score median 0.23 /
 * p95 0.43 against their best seed paragraph, so it drops 98%; questions about other things
 * ("chocolate chip cookie recipe") score at most 0.40. What still passes shares a real phrase.
 */
export const MIN_SCORE = 0.5;
const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 1000;

/** Each item's text; anything that is not a string counts as empty. */
export function itemTexts<T>(items: readonly T[], textOf: (item: T) => string): string[] {
  return items.map((item) => {
    const text = textOf(item);
    return typeof text === 'string' ? text : '';
  });
}

export const buildSearchIndex: BuildSearchIndex = <T>(items: readonly T[], textOf: (item: T) => string): SearchIndex<T> => {
  const texts = itemTexts(items, textOf);
  return searchIndexOver(items, texts, buildIndexData(texts));
};

/** The searcher over built index data: a fresh build, or one restored from a snapshot (snapshot.ts). */
export function searchIndexOver<T>(items: readonly T[], texts: readonly string[], data: IndexData): SearchIndex<T> {
  const candidates = new CandidateFinder(data);
  const ranker = new Ranker(data);

  const searchPage = (query: string, options: SearchOptions = {}): SearchPage<T> => {
    const none = { hits: [], total: 0 };
    if (typeof query !== 'string' || texts.length === 0) return none;
    const limit = whole(options.limit, DEFAULT_LIMIT, MAX_LIMIT);
    const offset = whole(options.offset, 0, Number.MAX_SAFE_INTEGER);
    if (limit === 0) return none;
    const analysed = analyseQuery(query, data.vocab, texts.length);
    if (analysed.contentWeight === 0 || analysed.variants.length === 0) return none;

    ranker.prepare(analysed);
    try {
      const scored = candidates
        .find(analysed, MIN_SCORE, options.filter)
        .map((item) => ({ item, score: ranker.score(item) }))
        .filter((s) => s.score >= MIN_SCORE)
        // Ties: the shorter item is the more focused answer; then corpus order, for stable output.
        .sort((a, b) => b.score - a.score || length(a.item) - length(b.item) || a.item - b.item);
      // Excerpts are the costly part: only the hits on this page get one.
      const hits = scored.slice(offset, offset + limit).map(({ item, score }) => {
        ranker.score(item);
        const detail = ranker.detail();
        const text = texts[item]!;
        const excerpt = buildExcerpt(text, tokenize(text), detail.chain, detail.others);
        return { item: items[item]!, itemIndex: item, score: round(score), ...excerpt };
      });
      return { hits, total: scored.length };
    } finally {
      ranker.release();
    }
  };

  const length = (item: number): number => data.itemStart[item + 1]! - data.itemStart[item]!;
  return { size: items.length, search: (query, options) => searchPage(query, options).hits, searchPage };
}

const round = (score: number): number => Math.round(score * 1000) / 1000;

/** A whole number in [0, max] from a caller's option; NaN or absent gives the fallback. */
function whole(requested: number | undefined, fallback: number, max: number): number {
  const value = requested ?? fallback;
  return Number.isFinite(value) ? Math.max(0, Math.min(max, Math.floor(value))) : fallback;
}
