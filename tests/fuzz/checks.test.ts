/** The fuzz checks catch what they are there to catch (a check that never fails proves nothing). */
import { describe, expect, it } from 'vitest';
import { choiceProblems, discordProblems, slackProblems, terminalProblems } from './checks.js';
import { FAMILIES, Hostile, seededRandom } from './hostile.js';

const NO_MENTIONS = { parse: [] };

describe('fuzz checks', () => {
  it('catch a live Discord mention, an open allowed_mentions and a message over the limits', () => {
    expect(discordProblems({ embeds: [{ description: 'hi @\u200beveryone <\u200b@123>' }], allowed_mentions: NO_MENTIONS })).toEqual([]);
    expect(discordProblems({ embeds: [{ description: 'hi @everyone' }], allowed_mentions: NO_MENTIONS })).toHaveLength(1);
    expect(discordProblems({ embeds: [{ title: 'x', fields: [{ name: 'a', value: '<@&42>' }] }], allowed_mentions: NO_MENTIONS })).toHaveLength(1);
    expect(discordProblems({ embeds: [], allowed_mentions: { parse: ['everyone'] } })).toEqual(['allowed_mentions does not block every mention']);
    expect(discordProblems({ embeds: [{ description: 'x'.repeat(4097) }], allowed_mentions: NO_MENTIONS })).toHaveLength(1);
  });

  it('catch unescaped Slack control characters and oversized blocks', () => {
    const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
    expect(slackProblems({ text: 'ibid: &lt;!channel&gt;', blocks: [section('&lt;!channel&gt;')] })).toEqual([]);
    expect(slackProblems({ text: 'ok', blocks: [section('<!channel>')] })).toHaveLength(1);
    expect(slackProblems({ text: 'ibid: <@U1>', blocks: [] })).toHaveLength(1);
    expect(slackProblems({ text: 'ok', blocks: Array.from({ length: 51 }, () => section('x')) })).toHaveLength(1);
  });

  it('catch control characters in terminal output, but not ibid’s own colours', () => {
    expect(terminalProblems('\u001b[1m\u001b[33mbold\u001b[0m\n\tindented')).toEqual([]);
    expect(terminalProblems('evil \u001b]0;title\u0007')).toHaveLength(1);
    expect(terminalProblems('bell \u0007')).toHaveLength(1);
  });

  it('catch too many or too long autocomplete choices', () => {
    expect(choiceProblems([{ name: 'ok', value: 'ok' }])).toEqual([]);
    expect(choiceProblems(Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` })))).toHaveLength(1);
    expect(choiceProblems([{ name: 'x'.repeat(101), value: 'x' }])).toHaveLength(1);
  });

  it('generate the same inputs for the same seed, and every family', () => {
    const a = new Hostile(seededRandom(7));
    const b = new Hostile(seededRandom(7));
    const texts = FAMILIES.map((family) => a.text(family));
    expect(FAMILIES.map((family) => b.text(family))).toEqual(texts);
    expect(texts[FAMILIES.indexOf('empty')]!.trim().replace(/\u200b/g, '')).toBe('');
    expect(texts[FAMILIES.indexOf('long')]!.length).toBeGreaterThanOrEqual(10_240);
  });
});
