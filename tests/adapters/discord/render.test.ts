import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../../src/adapters/discord/customId.js';
import { answerMessage, type OutgoingMessage } from '../../../src/adapters/discord/message.js';
import { COLORS, renderAnswer } from '../../../src/adapters/discord/render.js';
import type { Answer, ExcerptResult, FigureAnswer, QuoteAnswer } from '../../../src/core/answers.js';
import type { CommandRequest } from '../../../src/core/commands/parseLine.js';
import { expectNoLiveMentions, expectWithinDiscordLimits, renderedStrings } from './support/discordLimits.js';
import { answerFixture } from './support/fixtures.js';

const FIXTURES = ['quote', 'who-said', 'quotes-by', 'figure', 'sources', 'context', 'error'] as const;

function messages(answer: Answer, request: CommandRequest, pageable = true): OutgoingMessage[] {
  const rendered = renderAnswer(answer, request);
  return rendered.pages.map((_, part) => answerMessage(rendered, request, { part, ephemeral: true, pageable }));
}

function buttons(message: OutgoingMessage) {
  return message.components.flatMap((row) => row.components).map((button) => ({ label: 'label' in button ? button.label : '', state: decodeButton('custom_id' in button ? button.custom_id : '') }));
}

describe('Discord renderer, on fixtures', () => {
  it.each(FIXTURES)('renders %s within every Discord limit, with no live mention', (name) => {
    const answer = answerFixture(name);
    for (const message of messages(answer, { name: answer.command, args: { words: 'x @everyone' } })) {
      expectWithinDiscordLimits(message);
      expectNoLiveMentions(message);
    }
  });

  it('gives each command its own colour, and errors red', () => {
    const colours = FIXTURES.map((name) => messages(answerFixture(name), { name, args: {} })[0]!.embeds[0]!.color);
    expect(new Set(colours).size).toBe(FIXTURES.length);
    expect(colours.at(-1)).toBe(COLORS.error);
  });

  it('shows a quote with its matched words bold, a linked title and the citation line', () => {
    const [message] = messages(answerFixture('quote'), { name: 'quote', args: { words: 'escape house' } });
    const first = message!.embeds[0]!;
    expect(first.description).toBe('> Bashar told PBS, “We tried to **escape** the day before, but ISIS shot at us. We ran back to the **house** and the army told us, stay inside.”');
    expect(first.title).toBe('1. The U.S. “Liberation” of Mosul: War Crimes in Service of Imperialism');
    expect(first.url).toBe('https://revcom.us/a/502/the-us-liberation-of-mosul-en.html');
    expect(first.footer!.text.split('\n')).toEqual([
      'Revolution Newspaper · The U.S. “Liberation” of Mosul: War Crimes in Service of Imperialism · July 24, 2017 · ¶3',
      'id: revolution-2017-07-24-the-us-liberation-of-mosul#p3',
    ]);
    // A url that is not http(s) would make Discord refuse the whole message.
    expect(message!.embeds[1]!.url).toBeUndefined();
  });

  it('escapes markdown in corpus text so it shows as written, and bolds across escapes', () => {
    const [message] = messages(answerFixture('quote'), { name: 'quote', args: {} });
    const text = message!.embeds[1]!.description!;
    expect(text).toContain('the \\***safest**\\* **place\\_is** \\*\\*not\\*\\* \\|\\|here\\|\\|');
    expect(text).toContain('\\[this\\](https://evil.example) \\`code\\`');
  });

  it('neutralises mentions from corpus text and from the query, keeping them readable', () => {
    const [message] = messages(answerFixture('quote'), { name: 'quote', args: { words: 'ping @here <@&42> <@!7>' } });
    const all = renderedStrings(message!).join('\n');
    expect(all).toContain('@\u200beveryone');
    expect(all).toContain('<\u200b@&789\\>');
    expect(all.replace(/\u200b/g, '')).toContain('words: ping @here <@&42> <@!7>');
    expectNoLiveMentions(message!);
  });

  it('shows figures by what they count, says when sources disagree, and keeps figures no group claims', () => {
    const answer = answerFixture<FigureAnswer>('figure');
    const [message] = messages(answer, { name: 'figure', args: { topic: 'civilians killed' } });
    expect(message!.embeds.map((embed) => embed.title)).toEqual(['civilians killed — sources disagree', 'Other figures']);
    expect(message!.embeds[0]!.description).toContain('1. **at least 5,805** (at least) — Airwars');
    expect(message!.embeds[1]!.description).toContain('3. **some 900,000**');
    const contexts = buttons(message!).filter((button) => button.state?.action === 'context');
    expect(contexts.map((button) => button.label)).toEqual(['Context 1', 'Context 2', 'Context 3']);
    expect(contexts.map((button) => button.state)).toContainEqual({ action: 'context', id: 'spartacist-canada-191-imperialist-bloodbath-in-mosul#p5', index: -1 });
  });

  it('gives an error no buttons and keeps it private, without repeating details the message already has', () => {
    const answer = answerFixture('error');
    const [message] = messages(answer, { name: 'quote', args: {} });
    expect(message!.ephemeral).toBe(true);
    expect(message!.failed).toBe(true);
    expect(message!.components).toEqual([]);
    expect(message!.embeds[0]!.description).toBe('quote: words: needs some words to look for; limit: must be at most 10');
  });

  it('never shows the details of an internal error in the channel', () => {
    const answer: Answer = { command: 'quote', error: { code: 'internal', message: 'Something went wrong while answering quote.', details: ['TypeError: secret stack'] } };
    const [message] = messages(answer, { name: 'quote', args: {} });
    expect(renderedStrings(message!).join(' ')).not.toContain('secret');
  });
});

function hugeResult(i: number, words: number): ExcerptResult {
  const excerpt = Array.from({ length: words }, (_, j) => `r${i}w${j}`).join(' ');
  return {
    excerpt,
    highlights: [[0, excerpt.length]],
    range: [0, excerpt.length],
    score: 0.5,
    citation: { id: `doc-${i}#p1`, docId: `doc-${i}`, title: `Document ${i}`, publication: null, author: null, date: null, paragraph: 1, section: null, url: null },
  };
}

describe('Discord renderer, paging long answers', () => {
  const huge: QuoteAnswer = { command: 'quote', query: 'huge', source: null, results: Array.from({ length: 10 }, (_, i) => hugeResult(i, 900)), more: 7 };
  const request = { name: 'quote', args: { words: 'huge', limit: 10 } };
  const pages = messages(huge, request);

  it('splits a huge answer into pages that each fit one message', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expectWithinDiscordLimits(page);
  });

  it('loses no word: every word of every excerpt appears exactly once across the pages', () => {
    const text = pages.flatMap((page) => page.embeds.map((embed) => embed.description ?? '')).join(' ');
    const seen = text.match(/r\d+w\d+/g) ?? [];
    expect(seen.length).toBe(10 * 900);
    expect(new Set(seen).size).toBe(10 * 900);
  });

  it('keeps bold balanced in every embed when a highlighted excerpt is split', () => {
    for (const page of pages) for (const embed of page.embeds) expect((embed.description!.match(/\*\*/g) ?? []).length % 2).toBe(0);
    const continued = pages.flatMap((page) => page.embeds).filter((embed) => embed.title?.endsWith('(continued)'));
    expect(continued.length).toBeGreaterThan(0);
    expect(continued[0]!.description!.startsWith('**')).toBe(true);
  });

  it('offers "Next page" through the rendered pages, then "More results" for the next page of results', () => {
    const first = buttons(pages[0]!).find((button) => button.state?.action === 'more');
    expect(first?.label).toBe(`Next page (2/${pages.length})`);
    expect(first?.state).toMatchObject({ action: 'more', command: 'quote', page: 1, part: 1 });
    const last = buttons(pages.at(-1)!).find((button) => button.state?.action === 'more');
    expect(last?.label).toBe('More results');
    expect(last?.state).toEqual({ action: 'more', command: 'quote', page: 2, part: 0, args: { words: 'huge', limit: 10 } });
  });

  it('offers no "More results" when nothing is left or the command cannot page', () => {
    const done = messages({ ...huge, results: huge.results.slice(0, 1), more: 0 }, request);
    expect(buttons(done.at(-1)!).some((button) => button.state?.action === 'more')).toBe(false);
    const unpageable = messages({ ...huge, results: huge.results.slice(0, 1) }, request, false);
    expect(buttons(unpageable.at(-1)!).some((button) => button.state?.action === 'more')).toBe(false);
  });

  it('puts a share button only on private answers', () => {
    const rendered = renderAnswer(answerFixture('quote'), { name: 'quote', args: {} });
    const labels = (ephemeral: boolean) => answerMessage(rendered, { name: 'quote', args: {} }, { part: 0, ephemeral, pageable: true }).components.flatMap((row) => row.components.map((b) => ('label' in b ? b.label : '')));
    expect(labels(true)).toContain('Share to channel');
    expect(labels(false)).not.toContain('Share to channel');
  });
});

describe('Discord help', () => {
  it('shows each example the way it is typed in Discord', async () => {
    const { helpCommand } = await import('../../../src/core/commands/help.js');
    const { quoteCommand } = await import('../../../src/core/commands/quote.js');
    const answer = await helpCommand.run({ command: 'quote' }, { corpus: {} as never, commands: [quoteCommand as never, helpCommand as never] });
    const [message] = messages(answer, { name: 'help', args: { command: 'quote' } });
    const description = message!.embeds[0]!.description!;
    expect(description).toContain('`/quote words:know your place`');
    expect(description).toContain('`/quote words:hospital airstrike source:spartacist limit:2`');
  });
});
