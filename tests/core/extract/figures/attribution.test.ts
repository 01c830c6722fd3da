import { describe, expect, it } from 'vitest';
import { abbreviationsOf, attributionBefore } from '../../../../src/core/extract/figures/attribution.js';
import { extractFigures } from '../../../../src/core/extract/figures/index.js';
import { docOf } from './helpers.js';

describe('attributionBefore', () => {
  const none = new Map<string, string>();
  const at = (sentence: string, figure: string) => attributionBefore(sentence, sentence.indexOf(figure), none);

  it('finds "according to" and a subject with a reporting verb', () => {
    expect(at('According to the World Bank, 28% of Iraqi families live below the poverty line.', '28%')).toBe('the World Bank');
    expect(at('A Kurdish intelligence official told Britain’s The Independent as many as 40,000 civilians may have been killed.', '40,000')).toBe('A Kurdish intelligence official');
    expect(at('US military commentators estimate that around 40-50% of the soldiers have already deserted.', '40-50%')).toBe('US military commentators');
  });

  it('names nobody for pronouns, passives and plain sentences', () => {
    expect(at('It now reports the mass killing and says Raqqa has been facing 200 air strikes a day.', '200')).toBeNull();
    expect(at('From the city’s banks the Islamists are reported to have seized $480m in banknotes.', '$480m')).toBeNull();
    expect(at('The U.S. currently has more than 5,000 troops in Iraq.', '5,000')).toBeNull();
  });
});

describe('abbreviations', () => {
  it('spells out an abbreviation the document defines', () => {
    const map = abbreviationsOf(['IRAMs were being flung, Amnesty International (AI) told Democracy Now!']);
    expect(map.get('AI')).toBe('Amnesty International');
    const [figure] = extractFigures(docOf([
      'IRAMs were being flung, Amnesty International (AI) told Democracy Now!',
      'AI estimates that between February 19 and June 19 of this year, 5,805 civilians may have been killed.',
    ]));
    expect(figure?.attribution).toBe('Amnesty International');
  });

  it('ignores parentheses whose initials do not match', () => {
    expect(abbreviationsOf(['Ford Motor (F) and Kurdish Regional Government (KRG)']).get('F')).toBeUndefined();
    expect(abbreviationsOf(['the Kurdish Regional Government (KRG)']).get('KRG')).toBe('Kurdish Regional Government');
  });
});
