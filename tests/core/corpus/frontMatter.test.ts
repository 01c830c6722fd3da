import { describe, expect, it } from 'vitest';
import { parseFrontMatter, splitFrontMatter } from '../../../src/core/corpus/frontMatter.js';

describe('splitFrontMatter', () => {
  it('splits at the closing --- or ...', () => {
    expect(splitFrontMatter('---\ntitle: A\n---\nBody\n')).toEqual({ yaml: 'title: A\n', body: 'Body\n' });
    expect(splitFrontMatter('---\ntitle: A\n...\nBody')).toEqual({ yaml: 'title: A\n', body: 'Body' });
    expect(splitFrontMatter('---\n---\nBody')).toEqual({ yaml: '', body: 'Body' });
  });

  it('finds none without an opening --- and an error without a closing one', () => {
    expect(splitFrontMatter('Body\n---\n')).toEqual({ yaml: null, body: 'Body\n---\n' });
    expect(splitFrontMatter('---\ntitle: A\nBody\n')).toHaveProperty('error');
  });
});

describe('parseFrontMatter', () => {
  it('trims values, turns empty ones into null and ignores unknown fields', () => {
    const result = parseFrontMatter('---\ntitle: "  Spaced  "\nauthor: ""\ntags: [a, b]\n---\nBody');
    expect(result).toEqual({ ok: true, body: 'Body', meta: { title: 'Spaced', publication: null, author: null, date: null, url: null } });
  });

  it('keeps dates as the string written, quoted or not', () => {
    for (const written of ['July 24, 2017', '"2017-07-24"', '2017-07-24', 'Spring/Summer 2017']) {
      const result = parseFrontMatter(`---\ndate: ${written}\n---\nBody`);
      expect(result.ok && result.meta?.date).toBe(written.replace(/"/g, ''));
    }
  });

  it('gives null meta when there is no front matter', () => {
    expect(parseFrontMatter('Just text')).toEqual({ ok: true, meta: null, body: 'Just text' });
  });

  it('rejects lists and mappings where a field must be text', () => {
    const result = parseFrontMatter('---\ntitle:\n  a: b\npublication: [x]\n---\nBody');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(/field "title".*field "publication"/);
  });
});
