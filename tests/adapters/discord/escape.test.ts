import { describe, expect, it } from 'vitest';
import { escapeMarkdown, neutralizeMentions, restoreMentions, safeMarkdown, truncate, unescapeMarkdown } from '../../../src/adapters/discord/escape.js';

const TRICKY = [
  '**bold** __under__ ~~strike~~ ||spoiler|| `code` ```block```',
  '# heading\n## sub\n-# subtext\n- item\n1. first\n> quote\n>>> rest',
  '[masked](https://example.com) \\ back\\slash \\*',
  'plain words, numbers 1.5 and e-mail a-b',
];

describe('escapeMarkdown', () => {
  it.each(TRICKY)('is exactly undone by unescapeMarkdown: %s', (text) => {
    expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
  });

  it('leaves no unescaped markdown character', () => {
    const escaped = escapeMarkdown(TRICKY.join('\n'));
    expect(escaped.replace(/\\./g, '')).not.toMatch(/[*_~`|[\]>#]/);
    expect(escaped).toContain('\\-\\# subtext');
    expect(escaped).toContain('1\\. first');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdown('plain words, numbers 1.5 and e-mail a-b')).toBe('plain words, numbers 1.5 and e-mail a-b');
  });
});

describe('neutralizeMentions', () => {
  const pings = ['@everyone', '@here', '@Everyone', '<@123>', '<@!123>', '<@&456>', '<#789>'];

  it.each(pings)('makes %s inert but keeps it readable', (ping) => {
    const safe = neutralizeMentions(`hi ${ping}!`);
    expect(safe).not.toMatch(/@(everyone|here)\b|<@[!&]?\d+>|<#\d+>/i);
    expect(safe.replace(/\u200b/g, '')).toBe(`hi ${ping}!`);
    expect(restoreMentions(safe)).toBe(`hi ${ping}!`);
  });

  it('is idempotent, so guarding twice changes nothing', () => {
    const once = safeMarkdown('@everyone <@1>');
    expect(neutralizeMentions(once)).toBe(once);
  });
});

describe('truncate', () => {
  it('keeps short text and marks a cut with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('never ends inside a backslash escape or a surrogate pair', () => {
    expect(truncate('abcdefgh\\*xyz', 10)).toBe('abcdefgh…');
    const emoji = truncate('abcdefgh😀😀', 10);
    expect(emoji.length).toBeLessThanOrEqual(10);
    expect(emoji).toBe('abcdefgh…');
  });
});
