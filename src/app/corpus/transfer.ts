/** The buffers of a search snapshot, once each, for postMessage's transfer list. */
import { SNAPSHOT_ARRAYS } from '../../core/search/snapshot.js';
import type { CorpusSearchSnapshot } from './entries.js';

export function transferablesOf(search: CorpusSearchSnapshot): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const s of [search.paragraphs, search.quotations]) {
    for (const key of SNAPSHOT_ARRAYS) {
      const array = s[key];
      // A view over part of a larger buffer would drag the rest along: only whole buffers move.
      if (array.byteOffset === 0 && array.byteLength === array.buffer.byteLength && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
    }
  }
  return [...buffers];
}
