import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton, type ButtonState } from '../../../src/adapters/discord/customId.js';
import { readCitationIds, readRequestFooter, requestFooterText } from '../../../src/adapters/discord/footer.js';
import { optionsOf } from '../../../src/core/commands/options.js';
import { quoteCommand } from '../../../src/core/commands/quote.js';

describe('button custom ids', () => {
  const states: ButtonState[] = [
    { action: 'share' },
    { action: 'more', command: 'quote', page: 2, part: 0, args: { words: 'know your place', limit: 3 } },
    { action: 'more', command: 'who-said', page: 1, part: 3, args: {} },
    { action: 'context', id: 'revolution-2017#p4', index: -1 },
  ];

  it.each(states)('round-trips %j within 100 characters', (state) => {
    const id = encodeButton(state);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeButton(id)).toEqual(state);
  });

  it('says "read the message" when a query is too long for the id', () => {
    const id = encodeButton({ action: 'more', command: 'quote', page: 1, part: 1, args: { words: 'w'.repeat(300) } });
    expect(id).toBe('ibid:more:quote:1:1:@');
    expect(decodeButton(id)).toEqual({ action: 'more', command: 'quote', page: 1, part: 1, args: null });
    const context = encodeButton({ action: 'context', id: `${'d'.repeat(120)}#p1`, index: 4 });
    expect(context).toBe('ibid:ctx@4');
    expect(decodeButton(context)).toEqual({ action: 'context', id: null, index: 4 });
  });

  it('rejects ids it did not write', () => {
    for (const id of ['other:share', 'ibid:more:quote:1:0:{broken', 'ibid:more:quote:1:0:[1]', 'ibid:unknown']) expect(decodeButton(id)).toBeNull();
  });
});

describe('request footers', () => {
  it('give back the exact request, typed, including mentions and markdown characters', () => {
    const words = `${'long query '.repeat(50)}@everyone <@123> **stars**`.trim();
    const request = { name: 'quote', args: { words, source: 'Spartacist', limit: 4 } };
    const footer = `Spartacist · Title · ¶3\nid: doc#p3\n${requestFooterText(request)}`;
    expect(footer).not.toContain('@everyone');
    const read = readRequestFooter([{ footer: { text: 'id: other#p1' } }, { footer: { text: footer } }], optionsOf(quoteCommand));
    expect(read).toEqual(request);
  });

  it('list citation ids in order, ignoring the request lines', () => {
    const embeds = [{ footer: { text: 'A · ¶1\nid: a#p1' } }, { footer: { text: 'B · ¶2\nid: b#p2\n/context\nid: c#p3' } }];
    expect(readCitationIds(embeds)).toEqual(['a#p1', 'b#p2']);
  });

  it('return null when the message carries no request', () => {
    expect(readRequestFooter([{ footer: { text: 'id: a#p1' } }], optionsOf(quoteCommand))).toBeNull();
  });
});
