import { describe, expect, it } from 'vitest';
import { forEachTerm, tokenize } from '../../../src/core/text/tokenize.js';

const terms = (text: string): string[] => tokenize(text).map((t) => t.term);

describe('tokenize', () => {
  it('lower-cases and splits at spaces and punctuation', () => {
    expect(terms('The US-led siege of Mosul, in 2017!')).toEqual(['the', 'us', 'led', 'siege', 'of', 'mosul', 'in', '2017']);
  });

  it('maps every term back to the words as written', () => {
    const text = '“Know your place!” said Erdoğan’s office; 130,000 fled.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Know', 'your', 'place', 'said', 'Erdoğan’s', 'office', '130,000', 'fled']);
    expect(tokens.map((t) => t.term)).toEqual(['know', 'your', 'place', 'said', 'erdogan', 'office', '130000', 'fled']);
  });

  it('reads initials as one word', () => {
    expect(terms('U.S.-led forces, e.g. the U.S.A.')).toEqual(['us', 'led', 'forces', 'eg', 'the', 'usa']);
    const text = 'the U.S. army';
    const us = tokenize(text)[1]!;
    expect(text.slice(us.start, us.end)).toBe('U.S');
    expect(terms('J. Smith and A.B Jones')).toEqual(['j', 'smith', 'and', 'a', 'b', 'jones']);
  });

  it('treats straight and curly apostrophes alike', () => {
    expect(terms("don't it's ISIS's")).toEqual(terms('don’t it’s ISIS’s'));
    expect(terms('don’t')).toEqual(['dont']);
    expect(terms('ISIS’s fighters')).toEqual(['isis', 'fighters']);
  });

  it('does not join quotes to words', () => {
    expect(terms("'liberate' ‘advisors’")).toEqual(['liberate', 'advisors']);
  });

  it('folds diacritics so Erdoğan and Erdogan are one term', () => {
    expect(terms('Erdoğan')).toEqual(terms('Erdogan'));
  });

  it('joins thousands separators and keeps decimals', () => {
    expect(terms('130,000 and 130000')).toEqual(['130000', 'and', '130000']);
    expect(terms('1.3 million, 5,001,682.23')).toEqual(['1.3', 'million', '5001682.23']);
  });

  it('does not join lists or sentence ends to numbers', () => {
    expect(terms('1,2,3')).toEqual(['1', '2', '3']);
    expect(terms('in 2017. Then')).toEqual(['in', '2017', 'then']);
    expect(terms('12,34')).toEqual(['12', '34']);
  });

  it('ignores zero-width, bidi and soft-hyphen characters inside words', () => {
    const text = 'Pesh\u00ADmerga \u202Bforces\u202C';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['peshmerga', 'forces']);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('forces');
  });

  it('separates at emoji and control characters and survives lone surrogates', () => {
    expect(terms('air😀strike\u0000now\u0007\uD800x')).toEqual(['air', 'strike', 'now', 'x']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — … “” 😀 ')).toEqual([]);
  });

  it('stops when the sink returns false', () => {
    const seen: string[] = [];
    forEachTerm('one two three four', (term) => {
      seen.push(term);
      return seen.length < 2;
    });
    expect(seen).toEqual(['one', 'two']);
  });
});
