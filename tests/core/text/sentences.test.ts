import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../../src/core/text/sentences.js';

const sentences = (text: string): string[] => sentenceRanges(text).map(([s, e]) => text.slice(s, e));

describe('sentenceRanges', () => {
  it('splits at full stops, question and exclamation marks before a capital', () => {
    expect(sentences('Mosul fell. Who knew? Nobody! 130,000 fled.')).toEqual(['Mosul fell.', 'Who knew?', 'Nobody!', '130,000 fled.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('He warned him to “know your place!” Turkey refused.')).toEqual(['He warned him to “know your place!”', 'Turkey refused.']);
  });

  it('does not split after abbreviations and initials', () => {
    expect(sentences('The U.S. Army and Mr. Obama met. Then J. Smith spoke.')).toEqual(['The U.S. Army and Mr. Obama met.', 'Then J. Smith spoke.']);
  });

  it('does not split before a lower-case word', () => {
    expect(sentences('It cost approx. ten million. It did.')).toEqual(['It cost approx. ten million.', 'It did.']);
  });

  it('splits at line breaks and trims white space', () => {
    const text = '  First line\nSecond line  ';
    expect(sentences(text)).toEqual(['First line', 'Second line']);
  });

  it('gives ranges that cover every word in order', () => {
    const text = 'One. Two three. Four';
    const ranges = sentenceRanges(text);
    expect(ranges).toEqual([[0, 4], [5, 15], [16, 20]]);
  });

  it('returns nothing for blank text', () => {
    expect(sentenceRanges('   ')).toEqual([]);
  });

  it('ends a sentence before one that opens with an amount, but not after an abbreviation', () => {
    const text = 'Banks were looted. $480m was taken, said Mr. Bakir. Gen. Smith agreed.';
    const parts = sentenceRanges(text).map(([start, end]) => text.slice(start, end));
    expect(parts).toEqual(['Banks were looted.', '$480m was taken, said Mr. Bakir.', 'Gen. Smith agreed.']);
  });
});
