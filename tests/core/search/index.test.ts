import { beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../src/core/corpus/types.js';
import { ELLIPSIS, MAX_EXCERPT } from '../../../src/core/search/excerpt.js';
import { buildSearchIndex, MIN_SCORE } from '../../../src/core/search/index.js';
import type { SearchHit, SearchIndex } from '../../../src/core/search/types.js';
import { seedParagraphs } from './fixtures.js';

const marked = (hit: SearchHit<unknown>): string =>
  hit.highlights.reduceRight((s, [a, b]) => `${s.slice(0, a)}[${s.slice(a, b)}]${s.slice(b)}`, hit.excerpt);

/** Every hit must trace back: its excerpt (without ellipses) is its range of the item's text. */
function expectConsistent<T>(hits: SearchHit<T>[], textOf: (item: T) => string): void {
  let previous = 1;
  for (const hit of hits) {
    const inner = hit.excerpt.replace(new RegExp(`^${ELLIPSIS}|${ELLIPSIS}$`, 'g'), '');
    expect(textOf(hit.item).slice(...hit.range)).toBe(inner);
    expect(hit.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(hit.score).toBeLessThanOrEqual(previous);
    previous = hit.score;
    for (const [a, b] of hit.highlights) {
      expect(0 <= a && a < b && b <= hit.excerpt.length).toBe(true);
    }
  }
}

describe('buildSearchIndex on small texts', () => {
  const texts = [
    'Strike teams searched the air base; nobody mentioned the weather.',
    'A joke spread that the safest place from an air strike in Syria was in the ISIS headquarters.',
    'President Recep Tayyip Erdoğan warned him to “know your place!”',
    'By early January, at least 130,000 civilians had been displaced from Mosul.',
    'Kurdish Peshmerga forces captured part of the road.',
    'Iranian-backed militias and Kurdish pesh merga forces besieged the city.',
    'The city’s hospitals were destroyed by an airstrike.',
  ];
  const index = buildSearchIndex(texts, (t) => t);
  const top = (query: string): SearchHit<string> | undefined => index.search(query)[0];

  it('reports its size', () => {
    expect(index.size).toBe(texts.length);
  });

  it('scores a verbatim phrase 1 and returns excerpt, highlights and range', () => {
    const hit = top('the safest place from an air strike')!;
    expect(hit.itemIndex).toBe(1);
    expect(hit.item).toBe(texts[1]);
    expect(hit.score).toBe(1);
    expect(marked(hit)).toBe('A joke spread that [the safest place from an air strike] in Syria was in the ISIS headquarters.');
    expectConsistent(index.search('the safest place from an air strike'), (t) => t);
  });

  it('ranks the exact phrase above the same words scattered', () => {
    const hits = index.search('air strike');
    expect(hits[0]!.itemIndex).toBe(1);
    const scattered = hits.find((h) => h.itemIndex === 0);
    expect(scattered).toBeDefined();
    expect(hits[0]!.score).toBeGreaterThan(scattered!.score);
  });

  it('finds the passage despite typos, a dropped word and a compound written as one word', () => {
    const hit = top('safest plase from an airstrike in Syria')!;
    expect(hit.itemIndex).toBe(1);
    expect(hit.score).toBeLessThan(1);
    expect(marked(hit)).toContain('[safest place from an air strike in Syria]');
  });

  it('still finds the passage when words are swapped or left out', () => {
    const swapped = top('the safest place from an strike air in Syria')!;
    expect(swapped.itemIndex).toBe(1);
    expect(swapped.score).toBeGreaterThan(0.8);
    const gappy = top('joke that safest place in Syria')!;
    expect(gappy.itemIndex).toBe(1);
  });

  it('matches a word written in two parts to the single word, and back', () => {
    const forward = index.search('pesh merga forces').map((h) => h.itemIndex);
    expect(forward.slice(0, 2).sort()).toEqual([4, 5]);
    const back = index.search('peshmerga forces').map((h) => h.itemIndex);
    expect(back.slice(0, 2).sort()).toEqual([4, 5]);
    expect(index.search('hospitals destroyed by an air strike')[0]!.itemIndex).toBe(6);
  });

  it('ignores diacritics, quote styles, case and thousands separators', () => {
    expect(top('ERDOGAN warned him to "know your place!"')!.itemIndex).toBe(2);
    expect(top('the citys hospitals')!.itemIndex).toBe(6);
    expect(top("the city's hospitals")!.itemIndex).toBe(6);
    expect(top('130000 civilians')!.itemIndex).toBe(3);
    expect(top('130 000 civilians')!.itemIndex).toBe(3);
    expect(top('130000 civilians')!.score).toBe(1);
  });

  it('returns nothing when nothing really matches', () => {
    expect(index.search('chocolate chip cookie recipe')).toEqual([]);
    expect(index.search('how do I reset my password')).toEqual([]);
  });

  it('never matches on stopwords alone', () => {
    expect(index.search('the of and to was in')).toEqual([]);
    expect(index.search('from an in the')).toEqual([]);
  });

  it('respects limit and filter', () => {
    expect(index.search('forces', { limit: 1 })).toHaveLength(1);
    expect(index.search('forces', { limit: 0 })).toEqual([]);
    expect(index.search('forces', { limit: Number.NaN })).toHaveLength(2);
    const filtered = index.search('Kurdish forces', { filter: (i) => i !== 4 });
    expect(filtered.map((h) => h.itemIndex)).toEqual([5]);
  });

  it('survives hostile queries without throwing', () => {
    const hostile = [
      '',
      '   \n\t ',
      '\u0000\u0001\u0007\u001b[31m',
      '\u200B\u200D\u200E\u200F\u202E\u2066\uFEFF',
      '😀🔥💣🇮🇶',
      '\uD800\uDC00\uDFFF\uD83D',
      '"\'’‘“”«»',
      'a'.repeat(10_000),
      'safest place '.repeat(1000),
      'x y z '.repeat(2000),
    ];
    for (const query of hostile) {
      const hits = index.search(query);
      expect(Array.isArray(hits)).toBe(true);
      expectConsistent(hits, (t) => t);
    }
    expect(index.search(`the safest place from an air strike ${'😀!? '.repeat(2500)}`)[0]?.itemIndex).toBe(1);
    expect(index.search('\u202Esafest\u200B place\u200F')[0]?.itemIndex).toBe(1);
    expect(index.search(undefined as unknown as string)).toEqual([]);
  });
});

describe('buildSearchIndex edge cases', () => {
  it('handles an empty list and empty texts', () => {
    expect(buildSearchIndex([], (t: string) => t).search('mosul')).toEqual([]);
    const index = buildSearchIndex(['', 'Mosul'], (t) => t);
    expect(index.search('mosul').map((h) => h.itemIndex)).toEqual([1]);
  });

  it('indexes any item type through textOf', () => {
    const items = [{ id: 'a', body: 'The battle for Mosul' }, { id: 'b', body: 'Peace talks' }];
    const hit = buildSearchIndex(items, (i) => i.body).search('battle mosul')[0]!;
    expect(hit.item.id).toBe('a');
  });

  it('highlights the matched phrase, not guesses that a known word was mistyped', () => {
    const index = buildSearchIndex(['They fill in the form at the farm.', 'Nothing else here.'], (t) => t);
    expect(marked(index.search('fill in the form')[0]!)).toBe('They [fill in the form] at the farm.');
  });

  it('breaks ties in favour of the shorter item', () => {
    const index = buildSearchIndex(['Mosul is a city in the north of Iraq with many people.', 'Mosul.'], (t) => t);
    expect(index.search('mosul').map((h) => h.itemIndex)).toEqual([1, 0]);
  });
});

describe('buildSearchIndex on the seed corpus', () => {
  let paragraphs: Paragraph[];
  let index: SearchIndex<Paragraph>;
  beforeAll(async () => {
    paragraphs = await seedParagraphs();
    index = buildSearchIndex(paragraphs, (p) => p.text);
  });

  it('finds the airstrike joke from a misremembered query', () => {
    const hit = index.search('safest plase from an airstrike in Syria')[0]!;
    expect(hit.item.text).toContain('the safest place from an air strike in Syria was in the ISIS headquarters');
    expect(hit.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT + 2);
  });

  it('keeps every excerpt short and traceable', () => {
    for (const query of ['Mosul', 'Erdogan', 'civilians killed in air strikes', 'the Kurdish Regional Government']) {
      const hits = index.search(query, { limit: 20 });
      expect(hits.length).toBeGreaterThan(0);
      expectConsistent(hits, (p) => p.text);
      for (const hit of hits) expect(hit.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT + 2);
    }
  });

  it('returns nothing for a question about something else', () => {
    expect(index.search('chocolate chip cookie recipe')).toEqual([]);
    expect(index.search('python list comprehension syntax')).toEqual([]);
  });
});
