/**
 * The bundled corpus, loaded (and indexed) once per test file or script run: the same path
 * `npm start` takes. Shared as is: nothing may change what it returns.
 */
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/core/corpus/load.js';
import type { CorpusDocument, LoadedCorpus } from '../../src/core/corpus/types.js';
import { buildCorpusIndex, type CorpusIndex } from '../../src/core/corpusIndex.js';
import type { CommandContext } from '../../src/core/commands/definition.js';
import { commands } from '../../src/core/commands/registry.js';

export const SEED_CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));

let loaded: Promise<LoadedCorpus> | undefined;
let indexed: Promise<CorpusIndex> | undefined;

const loadSeed = (): Promise<LoadedCorpus> => (loaded ??= loadCorpus(SEED_CORPUS_DIR));

/** The five seed articles as the loader cleans them, for extraction tests and the eval scripts. */
export async function seedDocuments(): Promise<CorpusDocument[]> {
  return (await loadSeed()).documents;
}

export function seedCorpusIndex(): Promise<CorpusIndex> {
  indexed ??= loadSeed().then(buildCorpusIndex);
  return indexed;
}

export async function seedContext(): Promise<CommandContext> {
  return { corpus: await seedCorpusIndex(), commands };
}
