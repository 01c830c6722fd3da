/**
 * Serialise and restore a search index, so a large corpus need not be re-tokenised at every start
 * or built twice across a thread boundary. The snapshot is plain data (strings and typed arrays):
 * it survives structured clone, `v8.serialize` and `postMessage` (typed arrays transfer).
 * The restored searcher is the engine's own (`searchIndexOver`): same code, same answers.
 */
import { itemTexts, searchIndexOver } from './index.js';
import { buildIndexData, type IndexData } from './postings.js';
import type { SearchIndex } from './types.js';
import { Vocabulary } from './vocabulary.js';

export interface SearchIndexSnapshot {
  /** Vocabulary terms in id order. */
  terms: string[];
  df: Uint32Array;
  tokens: Uint32Array;
  itemStart: Uint32Array;
  postingStart: Uint32Array;
  postingItems: Uint32Array;
}

/** The snapshot's typed arrays (everything but `terms`): what a thread transfers and a read copies out. */
export const SNAPSHOT_ARRAYS = ['df', 'tokens', 'itemStart', 'postingStart', 'postingItems'] as const satisfies readonly (keyof SearchIndexSnapshot)[];

export class SearchSnapshotMismatch extends Error {}

function snapshotOf(data: IndexData): SearchIndexSnapshot {
  return { terms: [...data.vocab.terms], df: data.vocab.df, tokens: data.tokens, itemStart: data.itemStart, postingStart: data.postingStart, postingItems: data.postingItems };
}

/** Builds the index as `buildSearchIndex` does, and hands back its snapshot too. */
export function buildSearchIndexWithSnapshot<T>(items: readonly T[], textOf: (item: T) => string): { index: SearchIndex<T>; snapshot: SearchIndexSnapshot } {
  const texts = itemTexts(items, textOf);
  const data = buildIndexData(texts);
  return { index: searchIndexOver(items, texts, data), snapshot: snapshotOf(data) };
}

/** Only the snapshot (e.g. in a worker thread that will not search). */
export function searchSnapshot<T>(items: readonly T[], textOf: (item: T) => string): SearchIndexSnapshot {
  return snapshotOf(buildIndexData(itemTexts(items, textOf)));
}

/**
 * The index over `items` from a snapshot built over the same items. Throws SearchSnapshotMismatch
 * when the snapshot cannot belong to them (another item count, inconsistent arrays): the caller
 * then builds afresh.
 */
export function restoreSearchIndex<T>(items: readonly T[], textOf: (item: T) => string, snapshot: SearchIndexSnapshot): SearchIndex<T> {
  const { terms, df, tokens, itemStart, postingStart, postingItems } = snapshot;
  const consistent =
    itemStart.length === items.length + 1 &&
    itemStart[items.length] === tokens.length &&
    df.length === terms.length &&
    postingStart.length === terms.length + 1 &&
    postingStart[terms.length] === postingItems.length;
  if (!consistent) throw new SearchSnapshotMismatch(`the search snapshot does not match ${items.length} items`);
  const vocab = new Vocabulary();
  for (const term of terms) vocab.add(term);
  if (vocab.size !== terms.length) throw new SearchSnapshotMismatch('the search snapshot repeats a term');
  // The same two steps buildIndexData ends with; the fuzzy index is cheap next to tokenising.
  vocab.df = df;
  vocab.buildFuzzyIndex();
  return searchIndexOver(items, itemTexts(items, textOf), { vocab, tokens, itemStart, postingStart, postingItems });
}
