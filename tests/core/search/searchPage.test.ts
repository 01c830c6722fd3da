import { beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../src/core/corpus/types.js';
import { buildSearchIndex } from '../../../src/core/search/index.js';
import type { SearchIndex } from '../../../src/core/search/types.js';
import { seedParagraphs } from './fixtures.js';

describe('searchPage', () => {
  let index: SearchIndex<Paragraph>;
  beforeAll(async () => {
    index = buildSearchIndex(await seedParagraphs(), (p) => p.text);
  });

  it('pages through the same ranking that one long search gives, with the same excerpts', () => {
    const all = index.search('Mosul', { limit: 12 });
    expect(all.length).toBe(12);
    const pages = [0, 4, 8].map((offset) => index.searchPage('Mosul', { offset, limit: 4 }));
    expect(pages.flatMap((page) => page.hits)).toEqual(all);
  });

  it('counts every hit that passes the threshold, on any page', () => {
    const everything = index.search('Mosul civilians killed', { limit: 1000 });
    const page = index.searchPage('Mosul civilians killed', { offset: 2, limit: 3 });
    expect(page.total).toBe(everything.length);
    expect(index.searchPage('Mosul civilians killed', { offset: everything.length, limit: 3 })).toEqual({ hits: [], total: everything.length });
  });

  it('finds nothing and counts nothing when nothing matches, and ignores a nonsensical offset', () => {
    expect(index.searchPage('chocolate chip cookie recipe')).toEqual({ hits: [], total: 0 });
    expect(index.searchPage('know your place', { offset: Number.NaN }).hits[0]?.excerpt).toContain('know your place');
  });
});
