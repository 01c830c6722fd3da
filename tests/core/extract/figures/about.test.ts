import { describe, expect, it } from 'vitest';
import { figuresIn, onlyFigure } from './helpers.js';

describe('what an amount is said of', () => {
  it('takes the subject of the verb before the number', () => {
    expect(figuresIn('Nvidia advanced 8%, Qualcomm rose under 4%, and Broadcom gained 3%.').map((f) => f.about)).toEqual(['Nvidia', 'Qualcomm', 'Broadcom']);
    expect(onlyFigure('The boot now stands at 24.5 cubic feet.').about).toBe('boot');
    expect(onlyFigure('a disorderly exit would cost it $800 million in 2019.').about).toBe('disorderly exit');
  });

  it('hands a relative pronoun over to its antecedent', () => {
    expect(onlyFigure('Ford (F) which has 13000 workers in the United Kingdom').about).toBe('Ford');
  });

  it('falls back to the noun phrase just before the number', () => {
    expect(onlyFigure('It will also boost the driving range by about 35 miles.').about).toBe('driving range');
  });

  it('takes the noun the amount is "of"', () => {
    expect(onlyFigure('They measured electrical activity in the brains of 13 people.').about).toBe('brains');
    expect(onlyFigure('A CNN survey of seven European countries found it.').about).toBe('CNN survey');
  });

  it('takes the name before a move in a market report', () => {
    expect(figuresIn('Dow +0.2% Nasdaq +0.8%').map((f) => f.about)).toEqual(['Dow', 'Nasdaq']);
    expect(figuresIn('such as Blackmores up 9.4 per cent and A2 Milk up 4 per cent').map((f) => f.about)).toEqual(['Blackmores', 'A2 Milk']);
  });

  it('keeps the noun a subject hangs on, and never a time', () => {
    expect(onlyFigure('Revenue in the quarter rose to $7.36 billion.').about).toBe('Revenue in the quarter');
    expect(onlyFigure('On Sunday it gained 5.5%.').about).toBeNull();
  });

  it('falls back to the subject of the sentence', () => {
    expect(onlyFigure('Tesla shares have been on a tear, up nearly 57%.').about).toBe('Tesla shares');
  });

  it('carries the subject over to an amount that continues the one before', () => {
    expect(figuresIn('such as Blackmores up 9.4 per cent to $84').map((f) => f.about)).toEqual(['Blackmores', 'Blackmores']);
    expect(figuresIn('The biggest fallers were Unite Group, down 68 p at 1112 p.').map((f) => f.about)).toEqual(['Unite Group', 'Unite Group']);
  });

  it('takes the name before a parenthesis the amount opens', () => {
    expect(figuresIn('Top relievers: RHP John Gant (0.5 WAR), LHP Tyler Webb (0.3 WAR).').map((f) => f.about)).toEqual(['RHP John Gant', 'LHP Tyler Webb']);
  });

  it('does not take the words that modify a count for its subject', () => {
    expect(onlyFigure('can we expect wins with the top three seeds still playing?').about).toBeNull();
  });

  it('names what a measure stands after, but not what a count stands after', () => {
    expect(onlyFigure('floor area ≈ 32m2.').about).toBe('floor area');
  });

  it('reads whose a count is from its "of" phrase, and whose an age is from the name before it', () => {
    expect(onlyFigure('Five new seasons of Sesame Street will join the service.').about).toBe('Sesame Street');
    expect(onlyFigure('Maddon, 66, has used the downtime.').about).toBe('Maddon');
  });

  it('finds the verb by the tagger when no word list holds it', () => {
    expect(figuresIn('Shares in the retailer are up 12% after plummeting 30%.').map((f) => f.about)).toEqual(['Shares in the retailer', 'Shares in the retailer']);
    expect(onlyFigure('The committee of experts hid 14 reports from the public.').about).toBe('committee of experts');
  });

  it('names nothing rather than a pronoun', () => {
    expect(onlyFigure('They took 20 villages.').about).toBeNull();
  });
  it('reads the subject through a verb\'s "to" infinitive', () => {
    expect(onlyFigure('Inflation in the region is expected to ease gently to 3.1 percent.').about).toBe('Inflation in the region');
    expect(figuresIn('the Dax is up 0.4% and the FTSE 100 is poised to fall 0.3%.').map((f) => f.about)).toEqual(['Dax', 'FTSE 100']);
  });

  it('gives a participle the subject of the clause before it', () => {
    expect(onlyFigure('The company’s debt rose sharply last year having increased by $2 billion.').about).toBe('company’s debt');
    expect(figuresIn('Smith, 54, has spent the winter at home, dropping from 190 pounds to 176.').map((f) => f.about)).toEqual(['Smith', 'Smith', 'Smith']);
  });

  it('reads past an amount that qualifies the subject, and never takes an amount or a manner for it', () => {
    const homes = figuresIn('Flats from $300,000 to $400,000 sell within 30 days; $400,000 to $500,000, 45 days.');
    expect(homes.map((f) => f.about)).toEqual(['Flats', 'Flats', 'Flats', 'Flats']);
    expect(onlyFigure('Output is forecast to slow slightly from 4.8 percent.').about).toBe('Output');
    expect(onlyFigure('Between 1990 and 2000 world temperatures rose by 1 to 2 degrees.').about).toBe('world temperatures');
    expect(onlyFigure('The Swiss franc also saw further strengthening to trade at 0.91 against the dollar.').about).toBe('Swiss franc');
  });

  it('carries the subject over to a change spelt out after an amount', () => {
    expect(figuresIn('It raises the battery life by 20 hours - from 40 hours to 60 hours.').map((f) => f.about)).toEqual(['battery life', 'battery life']);
  });
});
