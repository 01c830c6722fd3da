import { describe, expect, it } from 'vitest';
import { completeSpeaker, matchingSpeakers, speakerMatches, suggestSpeakers } from '../../src/core/speakers.js';

const names = ['Recep Tayyip Erdogan', 'Sergei Lavrov', 'Barack Obama', 'a UN official', 'Amnesty International', 'Hoshyar Zebari'];

describe('speaker matching', () => {
  it('matches a surname, a diacritic spelling, a partial full name and a typo', () => {
    for (const typed of ['erdogan', 'Erdoğan', 'Recep Erdogan', 'erdgan', 'ERDOGAN']) {
      expect(names.filter((name) => speakerMatches(name, typed)), typed).toEqual(['Recep Tayyip Erdogan']);
      expect(matchingSpeakers(names, typed), typed).toEqual(['Recep Tayyip Erdogan']);
    }
  });

  it('needs every typed word to match', () => {
    expect(speakerMatches('Sergei Lavrov', 'Sergei Obama')).toBe(false);
    expect(speakerMatches('Sergei Lavrov', '')).toBe(false);
    expect(speakerMatches('a UN official', 'UN official')).toBe(true);
    expect(matchingSpeakers(names, '')).toEqual([]);
  });

  it('suggests near names when nothing matches, and completes what is typed', () => {
    expect(suggestSpeakers(names, 'Lavrof Obamma')).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Barack Obama']));
    expect(suggestSpeakers(names, 'zzzzzzzzzzzz')).toEqual([]);
    expect(completeSpeaker(names, 'amn')).toEqual(['Amnesty International']);
    expect(completeSpeaker(names, '')).toHaveLength(names.length);
  });
});
