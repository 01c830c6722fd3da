import { describe, expect, it } from 'vitest';
import { lexNumbers } from '../../../../src/core/extract/figures/lexer.js';
import { splitNumberHyphens } from '../../../../src/core/extract/figures/number-words.js';
import { tokenize } from '../../../../src/core/extract/figures/tokens.js';
import { amount, figuresIn, onlyFigure } from './helpers.js';

const lex = (text: string) => lexNumbers(splitNumberHyphens(tokenize(text)));

describe('digits', () => {
  it('reads thousands separators and decimals', () => {
    expect(amount(onlyFigure('5,805 civilians'))).toEqual([5805, null, null, null]);
    expect(amount(onlyFigure('The index closed at 27,349.19 points.'))).toEqual([27349.19, null, null, 'point']);
    expect(amount(onlyFigure('a false positive rate of .001 per cent'))).toEqual([0.001, null, null, '%']);
  });

  it('reads negative amounts', () => {
    expect(onlyFigure('The total offense was minus-5 yards.').value).toBe(-5);
    expect(onlyFigure('The atmosphere can dip to minus 130 degrees Fahrenheit.').value).toBe(-130);
    expect(amount(onlyFigure('The trade balance decreased to $-50.8bn.'))).toEqual([-50.8e9, null, null, '$']);
  });
});

describe('scales', () => {
  it('applies spelled scale words', () => {
    expect(amount(onlyFigure('a modern city of 1.3 million'))).toEqual([1.3e6, null, null, null]);
    expect(amount(onlyFigure('worth more than $25 million'))).toEqual([25e6, null, null, '$']);
    expect(onlyFigure('There were 4 hundred million people.').value).toBe(4e8);
  });

  it('applies glued suffixes', () => {
    expect(amount(onlyFigure('seized $480m in banknotes'))).toEqual([480e6, null, null, '$']);
    expect(amount(onlyFigure('spent $14billion on the forces'))).toEqual([14e9, null, null, '$']);
    expect(onlyFigure('cheaper by 25k').value).toBe(25000);
    expect(onlyFigure('a £2.8bn deal').value).toBe(2.8e9);
  });

  it('does not read "m2" as millions', () => {
    expect(amount(onlyFigure('floor area of 32m2'))).toEqual([32, null, null, 'sq m']);
  });

  it('reads a glued "m" restated in feet as metres', () => {
    expect(amount(figuresIn('the 37m (121ft)-long skeleton')[0]!)).toEqual([37, null, null, 'm']);
    expect(amount(figuresIn('a $37m (£30m) deal')[0]!)).toEqual([37e6, null, null, '$']);
  });
});

describe('currencies', () => {
  it('knows symbols, codes and currency words', () => {
    expect(onlyFigure('a £5 note').unit).toBe('£');
    expect(onlyFigure('a €3 fee').unit).toBe('€');
    expect(onlyFigure('It cost them one trillion dollars.').unit).toBe('$');
    expect(onlyFigure('a fine of 10.5 million Australian dollars').unit).toBe('A$');
    expect(onlyFigure('The yacht was quoted at USD10m.').value).toBe(10e6);
    expect(onlyFigure('oil at US $58.24 per barrel').unit).toBe('$');
    expect(onlyFigure('a house worth $US55,931,000').value).toBe(55931000);
    expect(onlyFigure('Shares closed at 118.5p.').unit).toBe('p');
  });
});

describe('percentages', () => {
  it('reads %, per cent and percent', () => {
    expect(amount(onlyFigure('28% of Iraqi families'))).toEqual([28, null, null, '%']);
    expect(amount(onlyFigure('Some 70 per cent of the houses'))).toEqual([70, null, null, '%']);
    expect(amount(onlyFigure('up 15 percent in 2019'))).toEqual([15, null, null, '%']);
  });

  it('reads fractions and "one in three" as shares', () => {
    expect(amount(onlyFigure('nearly one-quarter of the world’s prison population'))).toEqual([25, null, null, '%']);
    expect(amount(onlyFigure('up to half of the fighters'))).toEqual([50, null, null, '%']);
    expect(onlyFigure('One out of three Germans have housing problems.').value).toBeCloseTo(100 / 3);
  });

  it('reads fractions written with a slash before "of"', () => {
    expect(amount(onlyFigure('An ounce is 1/16 of a US pint.'))).toEqual([6.25, null, null, '%']);
    expect(onlyFigure('1⁄128 of a US gallon').value).toBeCloseTo(100 / 128);
  });

  it('reads scientific notation', () => {
    expect(amount(onlyFigure('The mass is approximately 1.99×10−30 kilograms.'))).toEqual([1.99e-30, null, null, 'kg']);
    expect(onlyFigure('about 6.02 x 10^23 atoms').value).toBe(6.02e23);
  });
});

describe('ranges', () => {
  it('joins dashes and shares the unit', () => {
    expect(amount(onlyFigure('around 40-50% of the soldiers'))).toEqual([null, 40, 50, '%']);
    expect(amount(onlyFigure('500-1,000-pound crater bombs'))).toEqual([null, 500, 1000, 'lb']);
  });

  it('shares a scale with the lower end when it is smaller', () => {
    expect(amount(onlyFigure('4-5,000 soldiers'))).toEqual([null, 4000, 5000, null]);
    expect(amount(onlyFigure('four to five thousand people'))).toEqual([null, 4000, 5000, null]);
    expect(amount(onlyFigure('guidance of $89 to $93 billion'))).toEqual([null, 89e9, 93e9, '$']);
  });

  it('reads "between X and Y", "X to Y" and "X or Y"', () => {
    expect(amount(onlyFigure('between 20 and 30 villages'))).toEqual([null, 20, 30, null]);
    expect(onlyFigure('between 20 and 30 villages').text).toBe('between 20 and 30 villages');
    expect(amount(onlyFigure('temperatures dropped by 1 to 1.5 degrees Celsius'))).toEqual([null, 1, 1.5, '°C']);
    expect(amount(onlyFigure('over the past three or four years'))).toEqual([null, 3, 4, 'year']);
  });

  it('does not join amounts that go down, or scores', () => {
    expect(lex('from $36,040 to $34,935')).toHaveLength(2);
    expect(lex('the deficit increased by $43.6 billion to $419.2 billion')).toHaveLength(2);
    expect(lex('the match ended 2-2')[0]?.glued).toBe('score');
  });
});

describe('changes', () => {
  it('keeps the two ends of a fall apart, the first sharing the unit and scale written once', () => {
    const [from, to] = figuresIn('Growth is forecast to slow from 4.8 to 4.7 percent.');
    expect(amount(from!)).toEqual([4.8, null, null, '%']);
    expect(amount(to!)).toEqual([4.7, null, null, '%']);
    expect(from!.forms).toContain('from');
    expect(to!.forms).toContain('to');
    expect(figuresIn('Sales fell from 5 to 4 million units.').map((f) => f.value)).toEqual([5e6, 4e6]);
    expect(amount(onlyFigure('claims ranging from $200 to $4 million'))).toEqual([null, 200, 4e6, '$']);
  });

  it('marks ends that stand apart in the sentence, rising or falling', () => {
    const [from, to] = figuresIn('Bitcoin plummeted from $36,040 at 10.45pm last night to $34,935 at 5am.');
    expect([from!.value, to!.value]).toEqual([36040, 34935]);
    expect([from!.forms.includes('from'), to!.forms.includes('to')]).toEqual([true, true]);
    const rising = figuresIn('Mileage rose from 20 miles per gallon in 2008 to 29 mpg in 2020.');
    expect(rising.map((f) => f.forms.includes('from') || f.forms.includes('to'))).toEqual([true, true]);
  });

  it('does not mark a rise written as one range, or amounts not joined by from and to', () => {
    expect(amount(onlyFigure('Horsepower jumped from 240 to 273.'))).toEqual([null, 240, 273, null]);
    const apart = figuresIn('It rose 5% to $20 from a low base.');
    expect(apart.some((f) => f.forms.includes('from') || f.forms.includes('to'))).toBe(false);
  });
});

describe('number words', () => {
  it('reads units, tens, hundreds and scales', () => {
    expect(onlyFigure('three million Koreans').value).toBe(3e6);
    expect(onlyFigure('two sisters-in-law').value).toBe(2);
    expect(onlyFigure('eighteen relatives').value).toBe(18);
    expect(onlyFigure('twenty-five schools').value).toBe(25);
    expect(onlyFigure('two hundred and fifty homes').value).toBe(250);
    expect(onlyFigure('close to a million residents').value).toBe(1e6);
    expect(onlyFigure('half a million people').value).toBe(5e5);
    expect(onlyFigure('a dozen eggs').value).toBe(12);
  });

  it('splits a number word from the unit hyphenated to it', () => {
    const f = onlyFigure('its nine-month assault');
    expect(amount(f)).toEqual([9, null, null, 'month']);
    expect(f.counts).toBe('assault');
    expect(onlyFigure('a 1.8 billion-mile journey').value).toBe(1.8e9);
  });

  it('reads orders of magnitude as ranges', () => {
    expect(amount(onlyFigure('displaced hundreds of thousands of refugees'))).toEqual([null, 1e5, 1e6, null]);
    expect(amount(onlyFigure('tens of thousands of people'))).toEqual([null, 1e4, 1e5, null]);
    expect(amount(onlyFigure('millions of dollars’ worth of arms'))).toEqual([null, 1e6, 1e7, '$']);
    expect(amount(onlyFigure('several thousand supporters'))).toEqual([null, 3000, 10000, null]);
  });
});

describe('measures, durations and ages', () => {
  it('reads measurement units', () => {
    expect(amount(onlyFigure('Fallujah 40 miles west of Baghdad'))).toEqual([40, null, null, 'mile']);
    expect(amount(onlyFigure('a 350-kilometer border'))).toEqual([350, null, null, 'km']);
    expect(amount(onlyFigure('1.5 degrees Celsius'))).toEqual([1.5, null, null, '°C']);
    expect(onlyFigure('a 5-10W laser').unit).toBe('W');
  });

  it('reads durations and ages', () => {
    expect(onlyFigure('Three weeks later, a warplane struck.').kind).toBe('duration');
    expect(amount(onlyFigure('any male aged 14 or over'))).toEqual([14, null, null, 'age']);
    expect(onlyFigure('the 15 year-old students').unit).toBe('age');
    expect(onlyFigure('’I felt like it,’ said Mohamed, 24.').kind).toBe('age');
  });
});
