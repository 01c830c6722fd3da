import { describe, expect, it } from 'vitest';
import { escapeText, linkOrText, unescapeText } from '../../../src/adapters/slack/escape.js';

describe('escapeText', () => {
  it('turns every Slack control sequence into inert text', () => {
    const hostile = '<!channel> <!here> <@U123> <#C1> <!subteam^S1|@team> <https://evil.example|click> AT&T';
    const escaped = escapeText(hostile);
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).toContain('&lt;!channel&gt;');
    expect(escaped).toContain('&lt;@U123&gt;');
    expect(escaped).toContain('AT&amp;T');
  });

  it('escapes an ampersand that already looks like an escape, so it shows as typed', () => {
    expect(escapeText('&lt;')).toBe('&amp;lt;');
  });

  it('is undone by unescapeText for command text Slack sends escaped', () => {
    const typed = 'AT&T said <no> & "yes"';
    expect(unescapeText(escapeText(typed))).toBe(typed);
  });
});

describe('linkOrText', () => {
  it('links web urls, escaping & and | inside the url', () => {
    expect(linkOrText('https://example.org/a?b=1&c=2|x', 'Label')).toBe('<https://example.org/a?b=1&amp;c=2%7Cx|Label>');
  });

  it('keeps other schemes and junk as plain label', () => {
    expect(linkOrText('javascript:alert(1)', 'Label')).toBe('Label');
    expect(linkOrText('not a url', 'Label')).toBe('Label');
    expect(linkOrText(null, 'Label')).toBe('Label');
  });

  it('cannot be closed early by a > in the url', () => {
    const link = linkOrText('https://example.org/<!channel>', 'L');
    expect(link.slice(1, -1)).not.toMatch(/[<>]/);
  });
});
