/**
 * The search engine's contract. It indexes any list of items by their text (paragraphs for
 * `quote`, quotations for `who-said`) and finds them from half-remembered wording.
 */
import type { Highlight } from '../answers.js';

export interface SearchOptions {
  /** At most this many hits (default 5). */
  limit?: number;
  /** Skip this many of the best hits first (paging); excerpts are built only for the hits returned. */
  offset?: number;
  /** Only items for which this returns true (e.g. a `source` filter). */
  filter?: (itemIndex: number) => boolean;
}

export interface SearchHit<T> {
  item: T;
  /** Position of the item in the list the index was built from. */
  itemIndex: number;
  /** In [0, 1]: 1 is the whole query found verbatim (after normalisation) as a phrase. */
  score: number;
  /** The matched sentence(s) cut at word boundaries, with "…" where cut. */
  excerpt: string;
  /** [start, end) offsets into `excerpt` of the matched words. */
  highlights: Highlight[];
  /** [start, end) of the excerpt's text (without any "…") within the item's text. */
  range: [number, number];
}

export interface SearchIndex<T> {
  readonly size: number;
  /** Best hits first; empty when nothing really matches (never the least bad item). */
  search(query: string, options?: SearchOptions): SearchHit<T>[];
  /** One page of hits, and how many hits pass the match threshold in all (at least those on earlier pages). */
  searchPage(query: string, options?: SearchOptions): SearchPage<T>;
}

export interface SearchPage<T> {
  hits: SearchHit<T>[];
  total: number;
}

export type BuildSearchIndex = <T>(items: readonly T[], textOf: (item: T) => string) => SearchIndex<T>;
