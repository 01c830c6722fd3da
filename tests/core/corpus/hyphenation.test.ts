import { describe, expect, it } from 'vitest';
import { endsWithSplitWord, joinHyphenated, wordSet } from '../../../src/core/corpus/hyphenation.js';

describe('joinHyphenated', () => {
  const words = wordSet('The government said. A well-known reporter. Cross border raids. ');

  it('keeps the hyphen before a capital or after a digit', () => {
    expect(joinHyphenated('Prime Minister Haider al-', 'Abadi’s hope', words)).toBe('Prime Minister Haider al-Abadi’s hope');
    expect(joinHyphenated('the 1951-', '53 war', words)).toBe('the 1951-53 war');
  });

  it('keeps it when the document spells the word with a hyphen elsewhere', () => {
    expect(joinHyphenated('a well-', 'known face', words)).toBe('a well-known face');
  });

  it('drops it when the joined word occurs elsewhere or the halves are lower-case fragments', () => {
    expect(joinHyphenated('the govern-', 'ment fell', words)).toBe('the government fell');
    expect(joinHyphenated('an extra-', 'ordinary day', words)).toBe('an extraordinary day');
    expect(joinHyphenated('Cross-', 'border', words)).toBe('Cross-border');
  });
});

describe('endsWithSplitWord', () => {
  it('sees a word cut by a hyphen, not a spaced dash', () => {
    expect(endsWithSplitWord('Haider al-')).toBe(true);
    expect(endsWithSplitWord('the army -')).toBe(false);
    expect(endsWithSplitWord('the army')).toBe(false);
  });
});
