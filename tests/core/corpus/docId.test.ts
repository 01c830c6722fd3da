import { describe, expect, it } from 'vitest';
import { assignDocIds, docIdFromFile } from '../../../src/core/corpus/docId.js';

describe('docIdFromFile', () => {
  it.each([
    ['spartacist-canada-191-imperialist-bloodbath-in-mosul.md', 'spartacist-canada-191-imperialist-bloodbath-in-mosul'],
    ['2014/Iraq Report.txt', '2014-iraq-report'],
    ['Tomáš Tengely-Evans.md', 'tomas-tengely-evans'],
    ['  odd__name!!.markdown', 'odd-name'],
    ['報告.txt', '報告'],
    ['---.md', 'document'],
  ])('%s → %s', (file, id) => {
    expect(docIdFromFile(file)).toBe(id);
  });
});

describe('assignDocIds', () => {
  it('keeps ids unique in file order', () => {
    const ids = assignDocIds(['a.md', 'a.txt', 'A.txt', 'b.md']);
    expect([...ids.values()]).toEqual(['a', 'a-txt', 'a-2', 'b']);
  });
});
