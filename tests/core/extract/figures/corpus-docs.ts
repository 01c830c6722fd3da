/** The bundled corpus (the five seed articles, cleaned by the loader), shared by figure tests and scripts. */
import { fileURLToPath } from 'node:url';
import type { CorpusDocument } from '../../../../src/core/corpus/types.js';
import { loadCorpus } from '../../../../src/core/corpus/load.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../../../corpus', import.meta.url));

export async function corpusDocuments(): Promise<CorpusDocument[]> {
  return (await loadCorpus(CORPUS_DIR)).documents;
}
