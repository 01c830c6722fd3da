import { describe, expect, it } from 'vitest';
import { buildIndexData } from '../../../src/core/search/postings.js';
import { analyseQuery, MAX_CONTENT_SLOTS, MAX_SLOTS, STOPWORD_WEIGHT, type AnalysedQuery } from '../../../src/core/search/query.js';

const TEXTS = [
  'The safest place from an air strike in Syria was in the ISIS headquarters.',
  'Kurdish Peshmerga forces captured part of the road.',
  'At least 130,000 civilians had been displaced.',
  'An airstrike hit the city.',
  'The city was quiet.',
];
const data = buildIndexData(TEXTS);
const analyse = (query: string): AnalysedQuery => analyseQuery(query, data.vocab, TEXTS.length);
/** "slot: term" for every stand-in (splits as "a+b"), to read assertions easily. */
const standIns = (q: AnalysedQuery): string[] =>
  q.variants.map((v) => {
    const term = data.vocab.terms[v.termId]! + (v.nextTermId >= 0 ? `+${data.vocab.terms[v.nextTermId]}` : '');
    return `${v.slot}${v.slotSpan > 1 ? `-${v.slot + v.slotSpan - 1}` : ''}: ${term}`;
  });

describe('analyseQuery', () => {
  it('makes one slot per word and marks stopwords', () => {
    const q = analyse('the safest place');
    expect(q.slots.map((s) => [s.term, s.stopword])).toEqual([
      ['the', true],
      ['safest', false],
      ['place', false],
    ]);
    expect(q.slots[0]!.weight).toBe(STOPWORD_WEIGHT);
    expect(q.slots[1]!.weight).toBeGreaterThan(STOPWORD_WEIGHT);
  });

  it('weighs rare words above common ones', () => {
    const q = analyse('city syria');
    expect(q.slots[1]!.weight).toBeGreaterThan(q.slots[0]!.weight);
  });

  it('offers spelling corrections for a mistyped word', () => {
    expect(standIns(analyse('plase'))).toContain('0: place');
    expect(standIns(analyse('headqaurtres'))).toContain('0: headquarters');
  });

  it('splits a compound into indexed words that must stand together', () => {
    expect(standIns(analyse('airstrike'))).toEqual(expect.arrayContaining(['0: airstrike', '0: air+strike']));
  });

  it('joins two words into one indexed word, covering both slots', () => {
    expect(standIns(analyse('pesh merga'))).toContain('0-1: peshmerga');
    expect(standIns(analyse('air strike'))).toContain('0-1: airstrike');
  });

  it('joins a number typed in groups', () => {
    expect(standIns(analyse('130 000 civilians'))).toContain('0-1: 130000');
  });

  it('has no content weight when only stopwords are typed', () => {
    const q = analyse('the of and to was in');
    expect(q.contentWeight).toBe(0);
    expect(q.slots.every((s) => s.stopword)).toBe(true);
  });

  it('takes a mistyped stopword for a stopword, unless a content word is as near', () => {
    expect(analyse('teh city').slots[0]!.stopword).toBe(true);
    const data2 = buildIndexData(['what they want', 'what now']);
    expect(analyseQuery('wnat', data2.vocab, 2).slots[0]!.stopword).toBe(false);
    expect(analyseQuery('wbat', data2.vocab, 2).slots[0]!.stopword).toBe(true);
  });

  it('keeps a word joined with the next as a content word', () => {
    const q = analyse('pesh merga');
    expect(q.slots.map((s) => s.stopword)).toEqual([false, false]);
  });

  it('gives unknown words a high weight, so a passage lacking them scores low', () => {
    const q = analyse('chocolate city');
    expect(standIns(q)).toEqual(['1: city']);
    expect(q.slots[0]!.weight).toBeGreaterThan(q.slots[1]!.weight);
  });

  it('gives no stand-ins to absurdly long words', () => {
    const long = 'b'.repeat(45);
    const vocab = buildIndexData([`air ${long}`, `air${long.slice(1)}`]).vocab;
    const q = analyseQuery(`air${long}`, vocab, 2);
    expect(q.variants).toEqual([]);
  });

  it('reads at most MAX_SLOTS words and MAX_CONTENT_SLOTS content words of a huge query', () => {
    const huge = analyse('syria '.repeat(5000));
    expect(huge.slots.length).toBe(MAX_CONTENT_SLOTS);
    const stopHeavy = analyse('the of and '.repeat(5000));
    expect(stopHeavy.slots.length).toBe(MAX_SLOTS);
  });
});
