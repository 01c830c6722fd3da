import { describe, expect, it } from 'vitest';
import { matchFigures, rankFigures } from '../../../../src/core/extract/figures/index.js';
import { figuresIn } from './helpers.js';

const figures = figuresIn(
  [
    'AI estimates that 5,805 civilians may have been killed.',
    'The sanctions led to the deaths of some 1.5 million Iraqis.',
    'At least 500,000 people are said to have fled the city.',
    'The liberation has displaced hundreds of thousands of refugees.',
    'The U.S. currently has more than 5,000 troops in Iraq.',
    'The army was losing as many as 300 soldiers a day.',
    'The Islamists seized $480m in banknotes.',
    'The city has an estimated population of 1.3 million.',
    'Mosul had 2,000 U.S. air strikes.',
    'The US spent $14billion on the Iraqi security forces.',
  ].join(' '),
);
const texts = (topic: string) => matchFigures(figures, topic).map((f) => f.text);

describe('matchFigures', () => {
  it('finds deaths under any of their names', () => {
    for (const topic of ['deaths', 'killed', 'casualties', 'dead', 'died']) {
      expect(texts(topic)).toEqual(['5,805 civilians', '1.5 million Iraqis']);
    }
  });

  it('finds the displaced, fled and refugees together', () => {
    expect(texts('refugees')).toEqual(['500,000 people', 'hundreds of thousands of refugees']);
    expect(texts('displaced')).toEqual(texts('fled'));
  });

  it('finds troops as soldiers and forces, and money spent on forces only after them', () => {
    expect(texts('troops')).toEqual(['5,000 troops', '300 soldiers a day', '$14billion on the Iraqi security forces']);
    expect(texts('soldiers')).toEqual(texts('forces'));
  });

  it('ranks figures whose noun and event both answer above those matching one word', () => {
    const ranked = rankFigures(figures, 'civilians killed');
    expect(ranked[0]?.figure.text).toBe('5,805 civilians');
    expect(ranked[0]?.score).toBe(1);
    expect(ranked[1]!.score).toBeLessThan(1);
  });

  it('finds money, population and air strikes', () => {
    expect(texts('money')).toEqual(['$480m in banknotes', '$14billion on the Iraqi security forces']);
    expect(texts('population')).toEqual(['1.3 million']);
    expect(texts('airstrikes')).toEqual(['2,000 U.S. air strikes']);
  });

  it('answers nothing for an unrelated or empty topic', () => {
    expect(texts('elephants')).toEqual([]);
    expect(texts('how many')).toEqual([]);
  });
});
