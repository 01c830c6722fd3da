import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../src/core/search/distance.js';

describe('boundedEditDistance', () => {
  it('counts substitutions, insertions and deletions', () => {
    expect(boundedEditDistance('place', 'place', 2)).toBe(0);
    expect(boundedEditDistance('plase', 'place', 2)).toBe(1);
    expect(boundedEditDistance('plce', 'place', 2)).toBe(1);
    expect(boundedEditDistance('pllace', 'place', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(boundedEditDistance('teh', 'the', 1)).toBe(1);
    expect(boundedEditDistance('headqaurters', 'headquarters', 2)).toBe(1);
  });

  it('answers max + 1 beyond the bound', () => {
    expect(boundedEditDistance('chocolate', 'mosul', 2)).toBe(3);
    expect(boundedEditDistance('abcdef', 'abcxyz', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcd', 1)).toBe(2);
  });

  it('handles empty strings and long words after short ones', () => {
    expect(boundedEditDistance('', 'ab', 2)).toBe(2);
    expect(boundedEditDistance('', 'abc', 2)).toBe(3);
    const long = 'x'.repeat(100);
    expect(boundedEditDistance(long, `${long}y`, 1)).toBe(1);
  });

  it('matches a plain Levenshtein on random pairs within the bound', () => {
    const plain = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
      for (let j = 1; j <= b.length; j++) d[0]![j] = j;
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = (): string => Array.from({ length: 1 + Math.floor(random() * 7) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let n = 0; n < 500; n++) {
      const a = word();
      const b = word();
      const expected = plain(a, b);
      expect(boundedEditDistance(a, b, 2)).toBe(expected <= 2 ? expected : 3);
    }
  });
});
