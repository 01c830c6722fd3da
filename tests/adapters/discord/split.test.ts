import { describe, expect, it } from 'vitest';
import { splitMarkdown } from '../../../src/adapters/discord/split.js';

describe('splitMarkdown', () => {
  it('returns short text whole', () => {
    expect(splitMarkdown('short text', 100)).toEqual(['short text']);
  });

  it('prefers paragraph, then line, then sentence, then word boundaries', () => {
    const text = `${'a'.repeat(30)}\n\n${'b'.repeat(30)}`;
    expect(splitMarkdown(text, 50)).toEqual(['a'.repeat(30), 'b'.repeat(30)]);
    expect(splitMarkdown('one two three four five six seven eight', 20)).toEqual(['one two three four', 'five six seven eight']);
  });

  it('closes bold before a cut and reopens it after', () => {
    const chunks = splitMarkdown(`start **${'word '.repeat(20)}end** tail`, 40);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(40);
      expect((chunk.match(/\*\*/g) ?? []).length % 2).toBe(0);
    }
    expect(chunks[1]!.startsWith('**')).toBe(true);
    expect(chunks.join(' ').replace(/\*\*/g, '').replace(/\s+/g, ' ')).toBe(`start ${'word '.repeat(20)}end tail`);
  });

  it('never separates a backslash from the character it escapes, nor an escaped star from bold', () => {
    const text = '\\*'.repeat(40);
    const chunks = splitMarkdown(text, 17);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(17);
      expect(chunk.replace(/\\\*/g, '')).toBe('');
    }
    expect(chunks.join('')).toBe(text);
  });

  it('cuts a word longer than the limit rather than overflow', () => {
    const chunks = splitMarkdown('x'.repeat(100), 30);
    expect(chunks.every((chunk) => chunk.length <= 30)).toBe(true);
    expect(chunks.join('')).toBe('x'.repeat(100));
  });
});
