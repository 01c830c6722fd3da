import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/core/search/index.js';
import { buildSearchIndexWithSnapshot, restoreSearchIndex, searchSnapshot, SearchSnapshotMismatch } from '../../../src/core/search/snapshot.js';
import { seedCorpusIndex } from '../../support/seedCorpus.js';

const QUERIES = ['know your place', 'knwo yuor plcae', 'the city is not fully encircled', 'Mosul', 'civilians killed', 'hospital', '130,000', 'zzzz nothing here', '', 'Erdogan warned'];

describe('search index snapshots', () => {
  it('restore to an index that answers exactly like a fresh one, after a trip through v8.serialize', async () => {
    const { paragraphs } = await seedCorpusIndex();
    const textOf = (p: (typeof paragraphs)[number]) => p.text;
    const fresh = buildSearchIndex(paragraphs, textOf);
    const snapshot = deserialize(serialize(searchSnapshot(paragraphs, textOf)));
    const restored = restoreSearchIndex(paragraphs, textOf, snapshot);
    expect(restored.size).toBe(fresh.size);
    let hits = 0;
    for (const query of QUERIES) {
      const expected = fresh.search(query, { limit: 10 });
      hits += expected.length;
      expect(restored.search(query, { limit: 10 })).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(10);
  });

  it('hands back the index it built together with its snapshot', async () => {
    const { quotations } = await seedCorpusIndex();
    const { index, snapshot } = buildSearchIndexWithSnapshot(quotations, (q) => q.text);
    const again = restoreSearchIndex(quotations, (q) => q.text, snapshot);
    expect(again.search('know your place')).toEqual(index.search('know your place'));
    expect(index.search('know your place').length).toBeGreaterThan(0);
  });

  it('refuses a snapshot of other items', async () => {
    const { paragraphs } = await seedCorpusIndex();
    const snapshot = searchSnapshot(paragraphs, (p) => p.text);
    expect(() => restoreSearchIndex(paragraphs.slice(1), (p) => p.text, snapshot)).toThrow(SearchSnapshotMismatch);
    expect(() => restoreSearchIndex(paragraphs, (p) => p.text, { ...snapshot, terms: snapshot.terms.slice(1) })).toThrow(SearchSnapshotMismatch);
  });
});
