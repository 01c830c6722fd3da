import { describe, expect, it } from 'vitest';
import { assignSections, isHeadingLike } from '../../../src/core/corpus/headings.js';
import type { Unit } from '../../../src/core/corpus/reflow.js';

describe('isHeadingLike', () => {
  it.each([
    'The Kurds',
    'Demoralised army',
    'Mission accomplished”',
    'ISIS - a creation of Imperialism',
    'Covering Up America’s War Crimes',
    'Down With U.S. and Canadian Imperialism!',
    'Liberation? No. A Deadly Clash Between Reactionary Imperialism and Reactionary Islamic Fundamentalism',
    'Tories back Trump’s raids',
    'What price to end the Gaza seige?',
  ])('"%s" is a heading', (line) => {
    expect(isHeadingLike(line)).toBe(true);
  });

  it.each([
    'How did ISIS emerge and seize control of Mosul?',
    'Is the war over?',
    'Indiscriminate bombing that recklessly endangers and kills civilians is a war crime.',
    'The New York Times reported:',
    '—“What Went Wrong in Mosul,”, 23 February',
    '“‘I’m tired,’ he said.',
    'the army fled',
    'Many soldiers would not see any real difference between them',
    '2017',
  ])('"%s" is not', (line) => {
    expect(isHeadingLike(line)).toBe(false);
  });

  it('reads a plain line after an image gap as a caption, not a heading', () => {
    expect(isHeadingLike('ISIS officials chopping off of hands of criminals', 1)).toBe(true);
    expect(isHeadingLike('ISIS officials chopping off of hands of criminals', 3)).toBe(false);
    expect(isHeadingLike('Imperialist Atrocities Shatter Near East', 3)).toBe(true);
  });
});

const unit = (text: string, extra: Partial<Unit> = {}): Unit => ({ text, standalone: true, gapBefore: 1, markdownHeading: false, ...extra });

describe('assignSections', () => {
  it('labels the paragraphs after a heading and drops headings with nothing after them', () => {
    const passages = assignSections([
      unit('Intro paragraph without a heading.'),
      unit('The Kurds'),
      unit('Kurdish troops take Kirkuk'),
      unit('In the north the Kurds moved in.'),
      unit('Demoralised army'),
      unit('The army fled.'),
      unit('Defend China, North Korea!'),
      unit('The Rocket'),
    ]);
    expect(passages).toEqual([
      { text: 'Intro paragraph without a heading.', section: null },
      { text: 'Kurdish troops take Kirkuk', section: 'The Kurds' },
      { text: 'In the north the Kurds moved in.', section: 'The Kurds' },
      { text: 'The army fled.', section: 'Demoralised army' },
    ]);
  });

  it('never makes a heading of a line joined from several', () => {
    expect(assignSections([unit('The Kurds', { standalone: false }), unit('Body.')])).toEqual([
      { text: 'The Kurds', section: null },
      { text: 'Body.', section: null },
    ]);
  });

  it('lets a Markdown heading follow another and take over', () => {
    const passages = assignSections([unit('Part One', { markdownHeading: true }), unit('a lower-case markdown heading', { markdownHeading: true }), unit('Body.')]);
    expect(passages).toEqual([{ text: 'Body.', section: 'a lower-case markdown heading' }]);
  });
});
