/** A corpus directory loaded and indexed in one go, for tests (a running ibid uses LiveCorpus). */
import { loadCorpus } from '../../src/core/corpus/load.js';
import { buildCorpusIndex, type CorpusIndex } from '../../src/core/corpusIndex.js';

export async function loadCorpusIndex(dir: string): Promise<CorpusIndex> {
  return buildCorpusIndex(await loadCorpus(dir));
}
