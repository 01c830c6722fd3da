import { describe, expect, it } from 'vitest';
import { stripGluedImageName } from '../../../src/core/corpus/imageNames.js';

describe('stripGluedImageName', () => {
  it.each([
    ['isil 1Early Tuesday, Islamist fundamentalists', 'Early Tuesday, Islamist fundamentalists'],
    ['sect-map-ai2html-180Besides being one of Iraq’s largest cities', 'Besides being one of Iraq’s largest cities'],
    ['mosul_airport.jpgThe airport fell.', 'The airport fell.'],
  ])('"%s" → "%s"', (line, expected) => {
    expect(stripGluedImageName(line)).toBe(expected);
  });

  it.each([
    'On Tuesday, ISIS captured Mosul.',
    'iPhone 7Plus sales',
    'in 2014 the city fell',
    'between 2011 and late 2014The city',
    'mp3 Files were found',
  ])('leaves "%s" alone', (line) => {
    expect(stripGluedImageName(line)).toBe(line);
  });
});
