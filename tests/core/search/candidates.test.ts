import { describe, expect, it } from 'vitest';
import { CandidateFinder, kthLargest } from '../../../src/core/search/candidates.js';
import { buildIndexData } from '../../../src/core/search/postings.js';
import { analyseQuery } from '../../../src/core/search/query.js';

describe('kthLargest', () => {
  it('agrees with sorting, duplicates included', () => {
    let seed = 11;
    const random = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let round = 0; round < 50; round++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 20));
      const k = 1 + Math.floor(random() * values.length);
      const sorted = [...values].sort((a, b) => b - a);
      expect(kthLargest(Float32Array.from(values), k)).toBe(sorted[k - 1]);
    }
  });
});

describe('CandidateFinder', () => {
  const texts = ['the air strike', 'strike action', 'the weather', 'air quality', 'strike'];
  const data = buildIndexData(texts);
  const finder = new CandidateFinder(data);
  const find = (query: string, minScore = 0.1, filter?: (i: number) => boolean): number[] =>
    finder.find(analyseQuery(query, data.vocab, texts.length), minScore, filter);

  it('returns items holding query words, the most weight first', () => {
    const found = find('air strike');
    expect(found[0]).toBe(0);
    expect([...found].sort()).toEqual([0, 1, 3, 4]);
  });

  it('drops items that cannot reach the threshold', () => {
    // "air" is the rarer, heavier word: without it no item can reach 0.9 of the query's weight.
    const found = find('air strike', 0.9);
    expect(found).toContain(0);
    expect(found).not.toContain(1);
    expect(found).not.toContain(4);
  });

  it('applies the filter', () => {
    expect(find('air strike', 0.1, (i) => i !== 0)).not.toContain(0);
  });

  it('forgets one query before the next', () => {
    find('air strike');
    expect(find('weather')).toEqual([2]);
  });
});
