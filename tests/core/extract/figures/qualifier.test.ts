import { describe, expect, it } from 'vitest';
import { onlyFigure } from './helpers.js';

const qualifierOf = (text: string) => {
  const f = onlyFigure(text);
  return [f.qualifier, f.approximate, f.bound];
};

describe('approximators before the number', () => {
  it.each([
    ['some 50 airstrikes a day', 'some', 'about'],
    ['nearly 700,000 still living in camps', 'nearly', 'max'],
    ['more than 5,000 troops in Iraq', 'more than', 'min'],
    ['at least 130,000 civilians', 'at least', 'min'],
    ['killing up to 16 civilians', 'up to', 'max'],
    ['as many as 300 soldiers a day', 'as many as', 'max'],
    ['roughly 700 troops', 'roughly', 'about'],
    ['around 80 Turkish citizens', 'around', 'about'],
    ['close to a million residents', 'close to', 'max'],
    ['approximately 5,000 US special forces', 'approximately', 'about'],
    ['cooking times of ~25 minutes', '~', 'about'],
  ])('%s', (text, qualifier, bound) => {
    expect(qualifierOf(text)).toEqual([qualifier, true, bound]);
  });

  it('reads a bound past "another"', () => {
    expect(qualifierOf('at least another 500 special forces')).toEqual(['at least', true, 'min']);
  });

  it('keeps an approximator written before the noun of "of"', () => {
    expect(qualifierOf('a city with an estimated population of 1.3 million')).toEqual(['an estimated', true, 'about']);
  });

  it('keeps orders of magnitude as qualifiers', () => {
    expect(qualifierOf('killing hundreds of thousands')).toEqual(['hundreds of thousands', true, 'about']);
  });
});

describe('after the number', () => {
  it('reads trailing approximators', () => {
    expect(qualifierOf('any male aged 14 or over')).toEqual(['or over', true, 'min']);
  });

  it('keeps hedges but they do not make a figure approximate', () => {
    expect(qualifierOf('5,805 civilians may have been killed')).toEqual(['may have been', false, null]);
    expect(qualifierOf('as many as 40,000 civilians may have been killed')).toEqual(['as many as; may have been', true, 'max']);
    expect(qualifierOf('At least 500,000 people are said to have fled the city')).toEqual(['At least; are said to have', true, 'min']);
  });

  it('leaves exact figures unqualified', () => {
    expect(qualifierOf('Another 22 civilians were killed')).toEqual([null, false, null]);
  });
});
