import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../src/core/corpus/blocks.js';
import { removeHeader, repeatsMeta } from '../../../src/core/corpus/header.js';
import type { DocumentMeta } from '../../../src/core/corpus/types.js';

const meta: DocumentMeta = {
  title: 'The U.S. “Liberation” of Mosul: War Crimes in Service of Imperialism',
  publication: 'Socialist Worker (Britain), Issue 2561',
  author: 'Tomáš Tengely-Evans',
  date: 'July 24, 2017',
  url: null,
};

describe('repeatsMeta', () => {
  it.each(['July 24, 2017 | Socialist Worker (Britain), Issue 2561 |', 'By Tomáš Tengely-Evans', 'Issue 2561', 'july 24, 2017'])('"%s" repeats the front matter', (line) => {
    expect(repeatsMeta(line, meta)).toBe(true);
  });

  it.each(['War Crimes', 'Socialist', 'July 24, 2017 was hot', 'By the river'])('"%s" does not', (line) => {
    expect(repeatsMeta(line, meta)).toBe(false);
  });
});

describe('removeHeader', () => {
  it('drops the masthead above the title and the title wrapped over two lines', () => {
    const blocks = splitBlocks('Site Name\nHome\n\nThe U.S. “Liberation” of Mosul:\nWar Crimes in Service of Imperialism\n\nJuly 24, 2017 | Socialist Worker (Britain), Issue 2561 |\n\nFirst paragraph.');
    expect(removeHeader(blocks, meta).map((b) => b.lines)).toEqual([['First paragraph.']]);
  });

  it('keeps everything when the title is not near the top', () => {
    const text = Array.from({ length: 25 }, (_, i) => `Line ${i}.`).join('\n\n') + '\n\nThe U.S. “Liberation” of Mosul: War Crimes in Service of Imperialism';
    expect(removeHeader(splitBlocks(text), meta)).toHaveLength(25);
  });

  it('keeps all lines when the front matter knows nothing', () => {
    const empty: DocumentMeta = { title: null, publication: null, author: null, date: null, url: null };
    expect(removeHeader(splitBlocks('A\n\nB'), empty).map((b) => b.lines)).toEqual([['A'], ['B']]);
  });
});
