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

  it('names nothing rather than a pronoun', () => {
    expect(onlyFigure('They took 20 villages.').about).toBeNull();
  });
});
