import { describe, expect, it } from 'vitest';
import { buildExcerpt, ELLIPSIS, MAX_EXCERPT } from '../../../src/core/search/excerpt.js';
import { tokenize } from '../../../src/core/text/tokenize.js';

/** Match spans for the given words (first occurrence of each, in order). */
function spansOf(text: string, words: string[]) {
  const tokens = tokenize(text);
  return words.map((w) => ({ position: tokens.findIndex((t) => t.term === w), span: 1 }));
}

const marked = (excerpt: string, highlights: Array<[number, number]>): string =>
  highlights.reduceRight((s, [a, b]) => `${s.slice(0, a)}[${s.slice(a, b)}]${s.slice(b)}`, excerpt);

describe('buildExcerpt', () => {
  const text = 'Mosul is a city. A joke spread that the safest place from an air strike was in the ISIS headquarters. Nobody laughed.';

  it('shows the whole matched sentence, without ellipses, and highlights the matched words', () => {
    const e = buildExcerpt(text, tokenize(text), spansOf(text, ['safest', 'place']), []);
    expect(e.excerpt).toBe('A joke spread that the safest place from an air strike was in the ISIS headquarters.');
    expect(marked(e.excerpt, e.highlights)).toContain('the [safest place] from');
    expect(text.slice(...e.range)).toBe(e.excerpt);
  });

  it('spans several sentences when the match does', () => {
    const e = buildExcerpt(text, tokenize(text), spansOf(text, ['city', 'joke']), []);
    expect(e.excerpt).toBe('Mosul is a city. A joke spread that the safest place from an air strike was in the ISIS headquarters.');
  });

  it('highlights other matched words in the excerpt, not merged across other words', () => {
    const e = buildExcerpt(text, tokenize(text), spansOf(text, ['safest']), spansOf(text, ['isis']));
    expect(marked(e.excerpt, e.highlights)).toBe('A joke spread that the [safest] place from an air strike was in the [ISIS] headquarters.');
  });

  it('highlights a two-token match ("air strike") as one range', () => {
    const tokens = tokenize(text);
    const air = tokens.findIndex((t) => t.term === 'air');
    const e = buildExcerpt(text, tokens, [{ position: air, span: 2 }], []);
    expect(marked(e.excerpt, e.highlights)).toContain('an [air strike] was');
  });

  it('cuts a long sentence at word boundaries around the match, with ellipses where cut', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
    words[60] = 'needle';
    const long = `${words.join(' ')}.`;
    const e = buildExcerpt(long, tokenize(long), spansOf(long, ['needle']), []);
    expect(e.excerpt.startsWith(ELLIPSIS)).toBe(true);
    expect(e.excerpt.endsWith(ELLIPSIS)).toBe(true);
    expect(e.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT + 2);
    const inner = e.excerpt.slice(1, -1);
    expect(long.slice(...e.range)).toBe(inner);
    // Whole words only: the cut falls next to a space.
    expect(long[e.range[0] - 1]).toBe(' ');
    expect(long[e.range[1]]).toBe(' ');
    expect(marked(e.excerpt, e.highlights)).toContain('[needle]');
  });

  it('cuts only at the end when the match opens a long sentence', () => {
    const long = `needle ${'filler '.repeat(80)}end.`;
    const e = buildExcerpt(long, tokenize(long), spansOf(long, ['needle']), []);
    expect(e.excerpt.startsWith('needle')).toBe(true);
    expect(e.excerpt.endsWith(ELLIPSIS)).toBe(true);
    expect(e.highlights[0]).toEqual([0, 6]);
  });

  it('keeps a match longer than the limit from its start', () => {
    const long = `${'alpha '.repeat(100)}omega.`;
    const tokens = tokenize(long);
    const e = buildExcerpt(long, tokens, [{ position: 0, span: 1 }, { position: tokens.length - 1, span: 1 }], []);
    expect(e.range[0]).toBe(0);
    expect(e.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT + 1);
    expect(e.excerpt.endsWith(ELLIPSIS)).toBe(true);
  });
});
