import { describe, expect, it } from 'vitest';
import { isChromeLine, isLanguageMenu, isNavigation } from '../../../src/core/corpus/chrome.js';

describe('isChromeLine', () => {
  it.each([
    'Subscribe to Spartacist Canada',
    'Sign up for our daily email update ‘Breakfast in Red’',
    'Read More',
    'Downloading PDF. Please wait... Issue 2561',
    'Printable version of this article',
    'View archives',
    'This article is over 6 years, 7 months old',
    'Send us your comments.',
    'If you like this article, subscribe, donate to and sustain Revolution newspaper.',
    'Make a donation to Socialist Worker',
    'Latest News',
  ])('drops "%s"', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    'Subscribers to the paper reported the raids.',
    'Readers may remember the siege of Falluja.',
    'The UN sanctions introduced under the first Bush administration continued.',
    `Subscribe ${'and keep reading, because this sentence is really body text that runs on '.repeat(3)}`,
  ])('keeps "%s"', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe('isLanguageMenu', () => {
  it('finds a line of language names, with or without a label', () => {
    expect(isLanguageMenu('Documents in: Bahasa Indonesia Deutsch Español Français Italiano Japanese Polski Português Russian Chinese Tagalog')).toBe(true);
    expect(isLanguageMenu('English | Français | Deutsch | Español')).toBe(true);
    expect(isLanguageMenu('Reports in English, French and German papers differ on the numbers.')).toBe(false);
  });
});

describe('isNavigation', () => {
  it('finds breadcrumbs and a menu flattened into one line', () => {
    expect(isNavigation('Home › World › Middle East')).toBe(true);
    expect(
      isNavigation(
        'Home Spartacist, theoretical and documentary repository of the ICL, incorporating Women & Revolution Workers Vanguard, biweekly organ of the Spartacist League/U.S. Periodicals and directory of the sections of the ICL ICL Declaration of Principles in multiple languages Other literature of the ICL ICL events',
      ),
    ).toBe(true);
  });

  it('keeps wrapped prose that happens to start with "home" or "Home"', () => {
    expect(isNavigation('home to an ethnically diverse population including Sunnis, Shia, Kurds and Christians, could')).toBe(false);
    expect(isNavigation('Home Secretary Priti Patel said on Tuesday that the Government would')).toBe(false);
  });
});
