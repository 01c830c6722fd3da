import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../../../src/core/extract/figures/index.js';
import { docOf, figuresIn, onlyFigure } from './helpers.js';

/** Why each number in `text` was rejected, in order. */
function rejections(text: string): string[] {
  return scanDocument(docOf([text])).rejected.map((r) => `${r.text}:${r.reason}`);
}

describe('years and decades', () => {
  it('rejects years in every usual position', () => {
    expect(figuresIn('ISIS captured Mosul in 2014 as Iraqi army troops fled.')).toEqual([]);
    expect(figuresIn('The 2003 U.S. invasion was launched by another president.')).toEqual([]);
    expect(figuresIn('Washington worked with Islamist extremists in 2011 to topple the regime.')).toEqual([]);
    expect(rejections('the 1951-53 Korean War')).toEqual(['1951-53:year']);
    expect(rejections('Between 1600 and 1900 world temperatures dropped.')).toEqual(['1600 and 1900:year']);
  });

  it('rejects decades', () => {
    expect(figuresIn('from Iraq in the 1990s to Afghanistan in the early 2000s')).toEqual([]);
  });

  it('keeps four-digit counts that are not years', () => {
    expect(figuresIn('It has 2000 soldiers.').map((f) => f.value)).toEqual([2000]);
    expect(figuresIn('more than 1500 people').map((f) => f.value)).toEqual([1500]);
    expect(figuresIn('prices will go up by an average of 1500.').map((f) => f.value)).toEqual([1500]);
  });
});

describe('dates and times', () => {
  it('rejects days of the month on either side of the month', () => {
    expect(figuresIn('an offensive that began on February 19.')).toEqual([]);
    expect(figuresIn('The Revolution, July 24, 2017, reported it.')).toEqual([]);
    expect(figuresIn('Workers Vanguard No. 1107 (10 March)')).toEqual([]);
    expect(figuresIn('We did that on Aug. 14, Ford said.')).toEqual([]);
    expect(rejections('on 23 September 2016')).toEqual(['23:date', '2016:year']);
  });

  it('rejects numbers glued by slashes, which are dates or names', () => {
    expect(figuresIn('open 24/7 since 9/11')).toEqual([]);
    expect(rejections('filed on 3/4/2019')).toEqual(['3:date', '4:date', '2019:year']);
  });

  it('rejects times', () => {
    expect(figuresIn('She attended church at 11 a.m. then worked her shift.')).toEqual([]);
    expect(figuresIn('It fell from $36,040 at 10.45pm to $34,935 at 5am.').map((f) => f.value)).toEqual([36040, 34935]);
  });
});

describe('labels, references, ordinals and codes', () => {
  it('rejects issue and series numbers', () => {
    expect(figuresIn('Spartacist Canada No. 191')).toEqual([]);
    expect(figuresIn('Downloading PDF. Please wait... Issue 2561')).toEqual([]);
    expect(figuresIn('As we wrote (WV No. 1091, 3 June 2016):')).toEqual([]);
    expect(figuresIn('in “Down With Colonial Occupation of Iraq!” (SC No. 137, Summer 2003)')).toEqual([]);
  });

  it('rejects page and verse references', () => {
    expect(figuresIn('the historically outmoded ruling strata. (BAsics 1:28)')).toEqual([]);
    expect(figuresIn('see page 12 and chapter 3')).toEqual([]);
  });

  it('rejects ordinals and names with numbers', () => {
    expect(figuresIn('during World War 2, to the mass murder')).toEqual([]);
    expect(figuresIn('the 22nd amendment and the 10th straight record')).toEqual([]);
    expect(figuresIn('The debut of Boeings own 787 Dreamliner.')).toEqual([]);
    expect(figuresIn('the iPhone 11 has 64GB of storage').map((f) => f.value)).toEqual([64]);
    expect(figuresIn('The category 4 hurricane had winds of 155mph.').map((f) => f.value)).toEqual([155]);
  });

  it('rejects numbers glued to letters and scores', () => {
    expect(figuresIn('isil 1Early Tuesday, Islamists seized the airport.')).toEqual([]);
    expect(figuresIn('make 5G available to more users')).toEqual([]);
    expect(figuresIn('the TA-35 index and an F-16')).toEqual([]);
    expect(rejections('the tie ended 2-2 on aggregate')).toEqual(['2-2:score']);
  });

  it('does not read a part named by its place as a share', () => {
    expect(figuresIn('Revenue rose in the first quarter of 2019.')).toEqual([]);
    expect(figuresIn('He scored in the second half of the game.')).toEqual([]);
    expect(figuresIn('Both teams struggled in the final third of the pitch.')).toEqual([]);
    expect(figuresIn('About a third of the vote went to Labour.').map((f) => f.unit)).toEqual(['%']);
  });

  it('does not take "one" alone for a figure', () => {
    expect(figuresIn('Mosul, one of the key cities in Northern Iraq')).toEqual([]);
    expect(figuresIn('This was one day before Mattis arrived.')).toEqual([]);
    expect(figuresIn('It cost them one trillion dollars.').map((f) => f.value)).toEqual([1e12]);
    expect(figuresIn('According to one report, no one is prepared to fight.')).toEqual([]);
    expect(figuresIn('One former soldier who would give only his name said so.')).toEqual([]);
    expect(figuresIn('the only one who knows')).toEqual([]);
    expect(figuresIn('It traded at one point above the target.')).toEqual([]);
  });

  it('takes "one" for a figure where the sentence counts', () => {
    expect(onlyFigure('One person was killed in the blast.').counts).toBe('person killed');
    expect(onlyFigure('It is hard to pinpoint the problems in just one area.').text).toBe('one area');
    expect(onlyFigure('At least one of the victims was a child.').bound).toBe('min');
    expect(figuresIn('He has two sons and one daughter.').map((f) => f.noun)).toEqual(['sons', 'daughter']);
    expect(onlyFigure('They walked one mile.').unit).toBe('mile');
  });
});
