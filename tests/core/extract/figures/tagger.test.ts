import { describe, expect, it } from 'vitest';
import { markVerbs } from '../../../../src/core/extract/figures/tagger.js';
import { tokenize } from '../../../../src/core/extract/figures/tokens.js';

const verbsIn = (sentence: string, offset = 0, upTo = offset + sentence.length): string[] =>
  markVerbs(tokenize(sentence, offset), sentence, offset, upTo)
    .filter((t) => t.verb === true)
    .map((t) => t.text);

describe('verbs by the part-of-speech tagger', () => {
  it('marks verbs that no word list holds, and leaves nouns and names alone', () => {
    expect(verbsIn('Shares in the retailer are up 12% after plummeting 30%.')).toEqual(['are', 'plummeting']);
    expect(verbsIn('The committee hid 14 reports from the public.')).toEqual(['hid']);
  });

  it('keeps the tokens’ own offsets when the sentence starts inside a paragraph', () => {
    const marked = markVerbs(tokenize('The committee hid 14 reports.', 40), 'The committee hid 14 reports.', 40, 69);
    expect(marked.find((t) => t.verb === true)).toMatchObject({ text: 'hid', start: 54 });
  });

  it('reads only up to the given offset', () => {
    const sentence = 'The committee hid 14 reports and destroyed the rest.';
    expect(verbsIn(sentence, 0, sentence.indexOf('reports'))).toEqual(['hid']);
  });
});
