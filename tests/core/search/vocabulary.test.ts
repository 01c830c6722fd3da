import { describe, expect, it } from 'vitest';
import { buildIndexData } from '../../../src/core/search/postings.js';

const vocabOf = (texts: string[]) => buildIndexData(texts).vocab;
const similarTerms = (texts: string[], term: string, edits: number): string[] => {
  const vocab = vocabOf(texts);
  return vocab.similar(term, edits).map((s) => vocab.terms[s.termId]!);
};

describe('Vocabulary', () => {
  it('gives each term an id and counts the items that contain it', () => {
    const vocab = vocabOf(['the air strike', 'the strike, the strike', 'nothing']);
    const strike = vocab.idOf('strike')!;
    expect(vocab.terms[strike]).toBe('strike');
    expect(vocab.df[strike]).toBe(2);
    expect(vocab.df[vocab.idOf('the')!]).toBe(2);
    expect(vocab.idOf('missing')).toBeUndefined();
  });

  it('finds corrections within one edit for a mistyped word', () => {
    expect(similarTerms(['the safest place', 'a plane', 'please'], 'plase', 1).sort()).toEqual(['place', 'plane', 'please']);
  });

  it('finds corrections within two edits for long words, nearest first', () => {
    const texts = ['the headquarters', 'the headquarter'];
    expect(similarTerms(texts, 'headqaurtres', 2)).toEqual(['headquarters']);
    expect(similarTerms(texts, 'headqaurtres', 1)).toEqual([]);
  });

  it('orders equally near corrections by how many items use them', () => {
    expect(similarTerms(['heat', 'year', 'a year', 'year again'], 'yeat', 1)).toEqual(['year', 'heat']);
    expect(similarTerms(['year', 'heat', 'a heat', 'heat again'], 'yeat', 1)).toEqual(['heat', 'year']);
  });

  it('never corrects numbers or returns the word itself', () => {
    expect(similarTerms(['130000 people', '13000 people'], '130001', 1)).toEqual([]);
    expect(similarTerms(['mosul', 'mosel'], 'mosul', 1)).toEqual(['mosel']);
  });

  it('finds nothing for unrelated words and for zero edits', () => {
    expect(similarTerms(['the safest place'], 'chocolate', 2)).toEqual([]);
    expect(similarTerms(['the safest place'], 'plase', 0)).toEqual([]);
  });
});
