/** Shared test material: the seed corpus's paragraphs, a seeded RNG and typing slips. */
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import type { Paragraph } from '../../../src/core/corpus/types.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../../corpus', import.meta.url));

export async function seedParagraphs(): Promise<Paragraph[]> {
  const corpus = await loadCorpus(CORPUS_DIR);
  return corpus.documents.flatMap((d) => d.paragraphs);
}

/** mulberry32: deterministic, so a failing draw can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randomInt = (random: () => number, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One slip of the fingers, never on the first letter: swap, drop, insert or replace. */
export function typo(word: string, random: () => number): string {
  const i = randomInt(random, 1, word.length - 1);
  const letter = LETTERS[randomInt(random, 0, 25)]!;
  switch (randomInt(random, 0, 3)) {
    case 0:
      if (i < word.length - 1 && word[i] !== word[i + 1]) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + letter + word.slice(i);
    default:
      return word.slice(0, i) + (letter === word[i] ? 'q' : letter) + word.slice(i + 1);
  }
}
