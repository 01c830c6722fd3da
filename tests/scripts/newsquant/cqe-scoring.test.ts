import { describe, expect, it } from 'vitest';
import { conceptsMatch, cqeCounts, decodeValue, type CqeGold, type CqeTag } from '../../../scripts/newsquant/cqe-scoring.js';

const gold = (value: string, unit: string, concepts = '-'): CqeGold => ({ value, normalized_unit: unit, referred_concepts: concepts });
const tag = (value: CqeTag['value'], unit: string, concepts: string[] = ['-']): CqeTag => ({ value, normalized_unit: unit, referred_concepts: concepts });

describe('CQE NewsQuant scoring', () => {
  it('credits every value match tried before the tag whose unit matches, and uses up only that tag', () => {
    // Tags sort by unit: "dollar" (wrong unit) is tried before "percentage".
    const c = cqeCounts([{ gt: [gold('5', 'percentage', 'Nvidia')], tags: [tag(5, 'percentage', ['nvidia']), tag(5, 'dollar', ['nvidia'])] }]);
    expect(c).toMatchObject({ gold: 1, tags: 2, value: 1, valueUnit: 1, conceptPartial: 2 });
  });

  it('caps value credit at the sentence gold count but lets a tag with an unmatched unit serve several gold quantities', () => {
    const c = cqeCounts([{ gt: [gold('3', 'home'), gold('3', 'house')], tags: [tag(3, 'homes')] }]);
    expect(c).toMatchObject({ value: 2, valueUnit: 0, conceptPartial: 2 });
    const capped = cqeCounts([{ gt: [gold('3', 'home')], tags: [tag(3, 'a'), tag(3, 'b')] }]);
    expect(capped.value).toBe(1);
    expect(capped.conceptPartial).toBe(2);
  });

  it('reads an inner dash as a range and a leading one as a sign, matching ranges only with ranges', () => {
    expect(decodeValue('3.0 - 4.0')).toEqual([3, 4]);
    expect(decodeValue('-4.5')).toBe(-4.5);
    const c = cqeCounts([{ gt: [gold('3-4', 'mile'), gold('-2', 'point')], tags: [tag(3, 'mile'), tag([3, 4], 'mile'), tag(-2, 'point')] }]);
    expect(c.value).toBe(2);
    expect(c.valueUnit).toBe(2);
  });

  it('compares concept words exactly after lowercasing, splitting gold on commas and blanks', () => {
    expect(conceptsMatch('S&P 500, index', ['s&p'])).toEqual({ partial: true, complete: false });
    expect(conceptsMatch('Homes', ['home'])).toEqual({ partial: false, complete: false });
    expect(conceptsMatch('Apple shares', ['shares', 'apple'])).toEqual({ partial: true, complete: true });
  });
});
