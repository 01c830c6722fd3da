/**
 * Loads a corpus directory from disk and indexes it in one go, reporting each file that did not
 * load. Tests use it; a running ibid uses LiveCorpus (snapshots, background reloads).
 */
import { stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import { loadCorpus } from '../core/corpus/load.js';
import { buildCorpusIndex, type CorpusIndex } from '../core/corpusIndex.js';
import { CorpusDirectoryError } from './corpus/liveCorpus.js';

export { CorpusDirectoryError };

export async function loadCorpusIndex(dir: string, logger: Logger): Promise<CorpusIndex> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new CorpusDirectoryError(`The corpus directory "${dir}" does not exist or is not a directory.`);
  const started = performance.now();
  const loaded = await loadCorpus(dir);
  for (const problem of loaded.problems) logger.warn({ file: problem.file, reason: problem.reason, detail: problem.detail }, `skipped ${problem.file}: ${problem.detail}`);
  const index = buildCorpusIndex(loaded);
  logger.info({ documents: index.documents.length, paragraphs: index.paragraphs.length, ms: Math.round(performance.now() - started) }, 'corpus indexed');
  return index;
}
