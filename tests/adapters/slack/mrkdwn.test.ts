import { describe, expect, it } from 'vitest';
import { chunkRuns, chunkText, highlightRuns, packLines, runsToMrkdwn } from '../../../src/adapters/slack/mrkdwn.js';

/** What a reader sees: markup and escapes removed. */
function visible(mrkdwn: string): string {
  return mrkdwn.replace(/\*/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('highlightRuns', () => {
  it('bolds highlighted words, merging neighbours separated by spaces', () => {
    const text = 'you must know your place in it';
    const runs = highlightRuns(text, [[9, 13], [14, 18], [19, 24]]);
    expect(runsToMrkdwn(runs)).toBe('you must *know your place* in it');
  });

  it('keeps spaces outside the bold markers and ignores empty or out-of-range highlights', () => {
    const runs = highlightRuns('a word here', [[1, 7], [5, 5], [40, 50]]);
    expect(runsToMrkdwn(runs)).toBe('a *word* here');
  });

  it('escapes the text inside and outside bold', () => {
    const runs = highlightRuns('<!channel> & <@U1>', [[0, 10]]);
    expect(runsToMrkdwn(runs)).toBe('*&lt;!channel&gt;* &amp; &lt;@U1&gt;');
  });
});

describe('chunkRuns', () => {
  it('splits long text into pieces within the limit that together keep every word', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `w${i}`);
    const text = words.join(' ');
    const runs = highlightRuns(text, [[0, 2], [text.length - 5, text.length]]);
    const chunks = chunkRuns(runs, 3000);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(3000);
    expect(visible(chunks.join(' ')).split(/\s+/)).toEqual(words);
  });

  it('never cuts an escape in two', () => {
    const chunks = chunkText('&'.repeat(1000), 97);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(97);
      expect(chunk).toMatch(/^(?:&amp;)+$/);
    }
    expect(chunks.join('').length).toBe(5000);
  });

  it('cuts a single over-long word between characters rather than dropping it', () => {
    const word = 'x'.repeat(7000);
    const chunks = chunkText(word, 3000);
    expect(chunks.map((c) => c.length)).toEqual([3000, 3000, 1000]);
  });

  it('balances bold markers in every piece', () => {
    const text = Array.from({ length: 400 }, () => 'bold').join(' ');
    const chunks = chunkRuns(highlightRuns(text, [[0, text.length]]), 200);
    for (const chunk of chunks) expect((chunk.match(/\*/g) ?? []).length % 2).toBe(0);
  });
});

describe('packLines', () => {
  it('joins lines up to the limit and breaks between them', () => {
    expect(packLines(['aaa', 'bbb', 'ccc'], 7)).toEqual(['aaa\nbbb', 'ccc']);
  });

  it('splits a line longer than the limit at a space, not inside an escape', () => {
    const line = `${'word '.repeat(10)}&amp;&amp;&amp;`;
    const pieces = packLines([line], 52);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(52);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(line.replace(/\s+/g, ' '));
    for (const piece of pieces) expect(piece).not.toMatch(/&(?!amp;)/);
  });
});
