import { describe, expect, it } from 'vitest';
import { removeLines, splitBlocks } from '../../../src/core/corpus/blocks.js';

describe('splitBlocks', () => {
  it('groups lines between blank lines, trimming and collapsing spaces, counting the gap', () => {
    expect(splitBlocks(' one  line \ntwo\n\n\n\nthree\n ---- \nfour')).toEqual([
      { lines: ['one line', 'two'], gapBefore: 0 },
      { lines: ['three'], gapBefore: 3 },
      { lines: ['four'], gapBefore: 1 },
    ]);
  });

  it('makes "#" lines headings only in Markdown', () => {
    expect(splitBlocks('## The Kurds\nText', { markdown: true })).toEqual([
      { lines: ['The Kurds'], gapBefore: 0, markdownHeading: true },
      { lines: ['Text'], gapBefore: 0 },
    ]);
    expect(splitBlocks('#1 priority\nText')).toEqual([{ lines: ['#1 priority', 'Text'], gapBefore: 0 }]);
  });
});

describe('removeLines', () => {
  it('splits a block where a line is removed', () => {
    const blocks = removeLines(splitBlocks('a\nMENU\nb'), (line) => line === 'MENU');
    expect(blocks.map((b) => b.lines)).toEqual([['a'], ['b']]);
  });
});
