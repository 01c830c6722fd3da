/** An index job's result as the CorpusIndex the bot answers from. */
import { assembleCorpusIndex, type CorpusIndex } from '../../core/corpusIndex.js';
import { buildSearchIndex } from '../../core/search/index.js';
import { restoreSearchIndex, SearchSnapshotMismatch } from '../../core/search/snapshot.js';
import { partsOf, type CorpusSearchSnapshot, type FileEntry } from './entries.js';

export function corpusIndexFrom(entries: readonly FileEntry[], search: CorpusSearchSnapshot | null): CorpusIndex {
  return assembleCorpusIndex(partsOf(entries), (items, textOf, which) => {
    if (!search) return buildSearchIndex(items, textOf);
    try {
      return restoreSearchIndex(items, textOf, search[which]);
    } catch (error) {
      // A snapshot that does not fit its items is rebuilt, never trusted.
      if (error instanceof SearchSnapshotMismatch) return buildSearchIndex(items, textOf);
      throw error;
    }
  });
}
