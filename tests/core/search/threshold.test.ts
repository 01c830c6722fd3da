/**
 * Where MIN_SCORE comes from. Positives: damaged fragments of the seed corpus, scored against
 * their own paragraph. Negatives: fragments damaged the same way but taken from the Brown corpus
 * (1961 American prose about everything but Iraq), and questions about other things, scored
 * against their best seed paragraph. The run prints both distributions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateFinder } from '../../../src/core/search/candidates.js';
import { MIN_SCORE } from '../../../src/core/search/index.js';
import { buildIndexData } from '../../../src/core/search/postings.js';
import { analyseQuery } from '../../../src/core/search/query.js';
import { Ranker } from '../../../src/core/search/rank.js';
import { brownSentences, damagedFragment, seedParagraphs, seededRandom, type DamagedFragment } from './fixtures.js';

const DRAWS = 300;
const OFF_TOPIC = [
  'chocolate chip cookie recipe',
  'how to bake sourdough bread at home',
  'best football team in the premier league',
  'python list comprehension syntax',
  'the weather in London tomorrow',
  'who won the world cup in 2018',
  'my cat keeps scratching the sofa',
  'cheap flights to new york',
  'the price of bitcoin today',
  'how do I reset my password',
  'installing windows on a new laptop',
  'a recipe for the best chocolate cake in the world',
  'the city council voted to close the library',
];

/** Every item's score, however low: the search itself would cut at MIN_SCORE. */
function scorer(texts: string[]): (query: string) => Map<number, number> {
  const data = buildIndexData(texts);
  const finder = new CandidateFinder(data);
  const ranker = new Ranker(data);
  return (query) => {
    const analysed = analyseQuery(query, data.vocab, texts.length);
    ranker.prepare(analysed);
    const scores = new Map(finder.find(analysed, 0.01).map((item) => [item, ranker.score(item)] as const));
    ranker.release();
    return scores;
  };
}

function draws(texts: string[], seed: number): DamagedFragment[] {
  const random = seededRandom(seed);
  const out: DamagedFragment[] = [];
  while (out.length < DRAWS) {
    const d = damagedFragment(texts, random);
    if (d) out.push(d);
  }
  return out;
}

const percentiles = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): string => (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(2);
  return `p1 ${at(1)}, p5 ${at(5)}, p10 ${at(10)}, median ${at(50)}, p90 ${at(90)}, p95 ${at(95)}, p99 ${at(99)}`;
};

describe('the no-match threshold', () => {
  let score: (query: string) => Map<number, number>;
  let seedTexts: string[];
  beforeAll(async () => {
    seedTexts = (await seedParagraphs()).map((p) => p.text);
    score = scorer(seedTexts);
  });

  it('keeps damaged fragments of the corpus and drops fragments of unrelated text', () => {
    const positives = draws(seedTexts, 7).map((d) => score(d.query).get(d.source) ?? 0);
    const brown = brownSentences();
    const negatives = draws(brown, 8).map((d) => Math.max(0, ...score(d.query).values()));
    const kept = positives.filter((s) => s >= MIN_SCORE).length / positives.length;
    const dropped = negatives.filter((s) => s < MIN_SCORE).length / negatives.length;
    console.log(`threshold ${MIN_SCORE}: corpus fragments, score of their paragraph: ${percentiles(positives)}; kept ${(100 * kept).toFixed(1)}%`);
    console.log(`threshold ${MIN_SCORE}: Brown fragments, best seed score: ${percentiles(negatives)}; dropped ${(100 * dropped).toFixed(1)}%`);
    expect(kept).toBeGreaterThanOrEqual(0.97);
    expect(dropped).toBeGreaterThanOrEqual(0.95);
  });

  it('drops every question about something else', () => {
    const best = OFF_TOPIC.map((q) => Math.max(0, ...score(q).values()));
    console.log(`threshold ${MIN_SCORE}: off-topic questions, best seed score: ${best.map((s) => s.toFixed(2)).join(' ')}`);
    for (const s of best) expect(s).toBeLessThan(MIN_SCORE);
  });
});
