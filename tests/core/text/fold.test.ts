import { describe, expect, it } from 'vitest';
import { CharKind, foldCodePoint, foldText } from '../../../src/core/text/fold.js';

const kindOf = (ch: string): CharKind => foldCodePoint(ch.codePointAt(0)!).kind;

describe('foldText', () => {
  it('drops diacritics and lower-cases', () => {
    expect(foldText('Erdoğan')).toBe('erdogan');
    expect(foldText('Tomáš Tengely-Evans')).toBe('tomas tengely-evans');
    expect(foldText('ÉCOLE')).toBe('ecole');
  });

  it('spells out letters that decomposition leaves alone', () => {
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Søren Łódź')).toBe('soren lodz');
    expect(foldText('Æsir')).toBe('aesir');
  });

  it('unfolds compatibility forms', () => {
    expect(foldText('ﬁne')).toBe('fine');
    expect(foldText('Ｍｏｓｕｌ')).toBe('mosul');
  });

  it('removes invisible characters inside words', () => {
    expect(foldText('Pesh\u00ADmerga')).toBe('peshmerga');
    expect(foldText('air\u200Bstrike')).toBe('airstrike');
    expect(foldText('\u200Fmosul\u200E')).toBe('mosul');
  });
});

describe('foldCodePoint kinds', () => {
  it('classifies apostrophes, marks, separators and letters', () => {
    for (const ch of ["'", '’', 'ʼ']) expect(kindOf(ch)).toBe(CharKind.Apostrophe);
    for (const ch of ['\u0301', '\u200B', '\u200D', '\u202E', '\uFEFF', '\u00AD']) expect(kindOf(ch)).toBe(CharKind.Ignorable);
    for (const ch of [' ', '“', '—', '😀', '\u0007', '%']) expect(kindOf(ch)).toBe(CharKind.Separator);
    for (const ch of ['ğ', 'Ж', '٣', '中']) expect(kindOf(ch)).toBe(CharKind.Word);
  });

  it('keeps non-Latin letters as letters', () => {
    expect(foldCodePoint('Ж'.codePointAt(0)!).text).toBe('ж');
  });
});
