import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../src/core/corpus/blocks.js';
import { removeCaptions, removeTeasers } from '../../../src/core/corpus/captions.js';

const lines = (blocks: ReturnType<typeof splitBlocks>) => blocks.map((b) => b.lines);

describe('removeCaptions', () => {
  it('drops a caption printed twice, the second time with its credit', () => {
    const blocks = splitBlocks('Issue 2561\nThe US invasion smashed Iraqi society\nThe US invasion smashed Iraqi society (Pic: Mstyslav Chernov/Wikimedia Commons)\n\nBody text.');
    expect(lines(removeCaptions(blocks))).toEqual([['Issue 2561'], ['Body text.']]);
  });

  it('drops a lone credited caption but keeps a bare line that is not its twin', () => {
    const blocks = splitBlocks('A different line\nSoldiers at the gate (Photo: Reuters)\n\nBody text.');
    expect(lines(removeCaptions(blocks))).toEqual([['A different line'], ['Body text.']]);
  });

  it('keeps a paragraph that merely mentions a picture credit inside', () => {
    const text = 'The photo (Pic: AP) was widely shared, and the paper ran it on the front page that week.';
    expect(lines(removeCaptions(splitBlocks(text)))).toEqual([[text]]);
  });
});

describe('removeTeasers', () => {
  it('drops a sidebar teaser: a headline, repeated, then "Read More"', () => {
    const blocks = splitBlocks('He surrendered.\n\n\nWar threats flow from logic of imperialism\nWar threats flow from logic of imperialism\n  Read More\n\nNow Assad went on.');
    expect(lines(removeTeasers(blocks))).toEqual([['He surrendered.'], ['Now Assad went on.']]);
  });

  it('drops the headline block right above a standalone "Read More"', () => {
    const blocks = splitBlocks('Body.\n\nAnother story headline\n\nRead more\n\nMore body.');
    expect(lines(removeTeasers(blocks))).toEqual([['Body.'], ['More body.']]);
  });

  it('keeps a finished sentence above "Read More"', () => {
    const blocks = splitBlocks('The army fled the city overnight.\nRead More');
    expect(lines(removeTeasers(blocks))).toEqual([['The army fled the city overnight.']]);
  });
});
