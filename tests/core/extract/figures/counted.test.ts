import { describe, expect, it } from 'vitest';
import { figuresIn, onlyFigure } from './helpers.js';

const countsOf = (text: string) => onlyFigure(text).counts;

describe('the noun a figure counts', () => {
  it.each([
    ['The U.S. currently has more than 5,000 troops in Iraq.', 'troops'],
    ['Turkey has 2,000 military personnel on a base.', 'military personnel'],
    ['by 2,000 U.S. air strikes, cannon fire', 'air strikes'],
    ['with its 750,000 overwhelmingly Sunni inhabitants', 'inhabitants'],
    ['The ISIS has taken around 80 Turkish citizens as hostages.', 'citizens captured'],
    ['Amongst these there are 28 lorry drivers.', 'lorry drivers'],
    ['According to the World Bank, 28% of Iraqi families live below the poverty line.', 'families'],
    ['nearly one-quarter of the world’s prison population', 'prison population'],
    ['Mohamed said that eight of his friends had died.', 'friends killed'],
    ['a modern city of 1.3 million', 'population'],
    ['income of up to $1.3 million per day', 'income'],
    ['a 25% duty on imported vehicles', 'duty'],
    ['a 750 meter swim', 'swim'],
  ])('%s → %s', (text, counts) => {
    expect(countsOf(text)).toBe(counts);
  });

  it('reads what money is in or on', () => {
    const seized = onlyFigure('the Islamists are reported to have seized $480m in banknotes');
    expect([seized.value, seized.unit, seized.counts, seized.countedText]).toEqual([480e6, '$', 'banknotes captured', 'banknotes']);
    expect(countsOf('US imperialism had in fact spent $14billion on the Iraqi security forces')).toBe('security forces cost');
  });

  it('keeps the surface phrase and the text of the figure', () => {
    const f = onlyFigure('by 2,000 U.S. air strikes, cannon fire');
    expect([f.text, f.countedText, f.noun]).toEqual(['2,000 U.S. air strikes', 'U.S. air strikes', 'air strikes']);
  });

  it('reads a rate', () => {
    const f = onlyFigure('with some 50 airstrikes a day.');
    expect([f.counts, f.per, f.text]).toEqual(['airstrikes', 'day', '50 airstrikes a day']);
  });

  it('takes an elided noun from the figure before it in the sentence', () => {
    const [, more] = figuresIn('Another 22 civilians were killed in a January 3 airstrike, while up to 30 more were slaughtered on January 12.');
    expect([more?.value, more?.counts, more?.countsRule]).toEqual([30, 'civilians killed', 'ellipsis']);
    const seats = figuresIn('His party only gained 92 out of 328 seats, with the second biggest party winning 34.');
    expect(seats.map((f) => [f.value, f.counts])).toEqual([[92, 'seats'], [328, 'seats'], [34, 'seats']]);
  });

  it('gives an amount restated in parentheses what the first one counts', () => {
    const [miles, km] = figuresIn('The debris field stretched for some seven miles (11 km), as predicted.');
    expect([km?.value, km?.unit, km?.countsRule, km?.about]).toEqual([11, 'km', 'conversion', miles?.about]);
    expect(miles?.about).toBe('debris field');
    const [, usd] = figuresIn('a fine of 10.5 million Australian dollars ($7.5 million)');
    expect([usd?.value, usd?.unit, usd?.counts]).toEqual([7.5e6, '$', 'fine']);
  });

  it('counts nothing for durations and plain measures', () => {
    expect(countsOf('Three weeks later, an imperialist warplane struck.')).toBeNull();
    expect(countsOf('as in Fallujah 40 miles west of Baghdad')).toBeNull();
    expect(countsOf('after two weeks of an offensive')).toBeNull();
  });

  it('reads the noun an amount describes, past a micro unit or a two-word unit', () => {
    expect([onlyFigure('Our new sensor offers a 352 μm pixel pitch.')].map((f) => [f.unit, f.noun])).toEqual([['µm', 'pixel pitch']]);
    expect([onlyFigure('The chain reported a 60 basis point improvement in margins.')].map((f) => [f.unit, f.noun])).toEqual([['basis point', 'improvement']]);
  });

  it('does not take the verb after a share for a noun unless an article leads the share', () => {
    expect(onlyFigure('Only 3 percent see prices falling next year.').noun).toBeNull();
    expect(onlyFigure('The bank announced a 25% cut in fees.').noun).toBe('cut');
  });

  it('reads what a measure is of, past a conversion in parentheses', () => {
    expect(countsOf('It makes 275 pound-feet of torque.')).toBe('torque');
    const [miles, km] = figuresIn('the hub for 8 miles (13 kilometers) of new tunnels');
    expect([miles?.noun, km?.noun]).toEqual(['tunnels', 'tunnels']);
  });
});

describe('the event', () => {
  it('reads the verb after the noun, hedged or not', () => {
    const f = onlyFigure('AI estimates that 5,805 civilians may have been killed by coalition forces.');
    expect([f.text, f.value, f.counts, f.qualifier, f.approximate]).toEqual(['5,805 civilians', 5805, 'civilians killed', 'may have been', false]);
    expect(countsOf('Some 45,000 people had already been driven out of the city.')).toBe('people displaced');
    expect(countsOf('close to a million residents forced to flee')).toBe('residents displaced');
    expect(countsOf('around 40-50% of the soldiers have already deserted')).toBe('soldiers deserted');
  });

  it('reads the verb before the number', () => {
    expect(countsOf('U.S.-led forces killed at least 200 civilians.')).toBe('civilians killed');
    expect(countsOf('an imperialist warplane struck the compound, killing up to 16 civilians.')).toBe('civilians killed');
    expect(countsOf('It also released 2,400 prisoners in Mosul.')).toBe('prisoners freed');
    expect(countsOf('The Turkish government has deployed roughly 700 troops to the northeast.')).toBe('troops deployed');
    expect(countsOf('the army was losing as many as 300 soldiers a day')).toBe('soldiers lost');
  });

  it('reads an event noun before "of"', () => {
    expect(countsOf('The sanctions led to the deaths of some 1.5 million Iraqis.')).toBe('iraqis killed');
    expect(countsOf('to the mass murder of three million Koreans')).toBe('koreans killed');
    expect(countsOf('cost the lives of hundreds of thousands')).toBe('killed');
  });

  it('folds killed, dead, deaths and casualties into one key', () => {
    expect(figuresIn('500 deaths, 300 dead, 200 casualties and 100 people killed').map((f) => f.event)).toEqual(['killed', 'killed', 'killed', 'killed']);
  });

  it('shares the event of a list', () => {
    expect(figuresIn('a raid that killed some 30 civilians, including nine children.').map((f) => f.counts)).toEqual(['civilians killed', 'children killed']);
    expect(figuresIn('Ali ticked off the dead: “My mother, three brothers, two nieces.”').map((f) => f.counts)).toEqual(['brothers killed', 'nieces killed']);
  });
});
