/** The bundled corpus, loaded and indexed once per test file: the same path `npm start` takes. */
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { buildCorpusIndex, type CorpusIndex } from '../../src/core/corpusIndex.js';
import type { CommandContext } from '../../src/core/commands/definition.js';
import { commands } from '../../src/core/commands/registry.js';

export const SEED_CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));

let cached: Promise<CorpusIndex> | undefined;

export function seedCorpusIndex(): Promise<CorpusIndex> {
  cached ??= loadCorpus(SEED_CORPUS_DIR).then(buildCorpusIndex);
  return cached;
}

export async function seedContext(): Promise<CommandContext> {
  return { corpus: await seedCorpusIndex(), commands };
}
