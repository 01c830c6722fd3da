import { describe, expect, it } from 'vitest';
import { sortDateFrom } from '../../../src/core/corpus/sortDate.js';

describe('sortDateFrom', () => {
  it.each([
    ['July 24, 2017', '2017-07-24'],
    ['Jul. 24 2017', '2017-07-24'],
    ['24 July 2017', '2017-07-24'],
    ['24th of July, 2017', '2017-07-24'],
    ['October 2016', '2016-10'],
    ['Spring/Summer 2017', '2017'],
    ['2017-07-24', '2017-07-24'],
    ['2017-07-24T10:00:00Z', '2017-07-24'],
    ['2017-7', '2017-07'],
    ['2017', '2017'],
    ['24/07/2017', '2017-07-24'],
    ['07/24/2017', '2017-07-24'],
    ['05/06/2017', '2017'],
    ['February 30, 2017', '2017-02'],
    ['2016–2017', '2016'],
  ])('%s → %s', (date, expected) => {
    expect(sortDateFrom(date)).toBe(expected);
  });

  it('gives null when there is no date to read', () => {
    expect(sortDateFrom(null)).toBeNull();
    expect(sortDateFrom('not stated')).toBeNull();
    expect(sortDateFrom('Issue 2561')).toBeNull();
  });
});
