import { describe, expect, it } from 'vitest';
import { context, divider, section } from '../../../src/adapters/slack/blocks.js';
import { composeMessage, packUnits, type SlackMessage } from '../../../src/adapters/slack/pages.js';
import { renderAnswer } from '../../../src/adapters/slack/render.js';
import { SlashCommandTable } from '../../../src/adapters/slack/slashCommands.js';
import type { Answer } from '../../../src/core/answers.js';
import { buttonsOf, expectEscaped, expectWithinLimits, textsOf } from './blockChecks.js';
import { bigQuoteAnswer, contextAnswer, sourcesAnswer } from './fixtures/answers.js';
import { commands } from './fixtures/commands.js';

const ctx = { slash: new SlashCommandTable(commands, '') };
const request = { name: 'quote', args: { words: 'many', page: '1' } };

/** Every page of an answer, following the "More results" buttons the way a user would. */
function allPages(answer: Answer, canPage = true): SlackMessage[] {
  const rendered = renderAnswer(answer, ctx);
  const pages: SlackMessage[] = [];
  let part = 0;
  for (;;) {
    const page = composeMessage(rendered, { request, part, ephemeral: true, canPage });
    pages.push(page);
    const more = buttonsOf(page.blocks).find((b) => b.label === 'More results');
    if (!more?.state || more.state.request.args['page'] !== request.args.page) return pages;
    expect(more.state.part).toBe(part + 1);
    part = more.state.part;
    expect(pages.length).toBeLessThan(100);
  }
}

describe('paging long answers', () => {
  it('spreads ten long results over pages within the limits and loses no word', () => {
    const answer = bigQuoteAnswer(10, 2500, 4);
    const pages = allPages(answer);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expectWithinLimits(page.blocks);
      expectEscaped(page.blocks);
    }
    const shown = new Set(pages.flatMap((page) => textsOf(page.blocks).join(' ').match(/w\d+x\d+/g) ?? []));
    const expected = new Set(answer.results.flatMap((result) => result.excerpt.match(/w\d+x\d+/g) ?? []));
    expect(shown).toEqual(expected);
    expect(textsOf(pages[0]!.blocks).join('\n')).toContain(`Part 1 of ${pages.length}`);
  });

  it('ends with a button for the next page of results when the command has more', () => {
    const pages = allPages(bigQuoteAnswer(10, 2500, 4));
    const last = pages[pages.length - 1]!;
    const more = buttonsOf(last.blocks).find((b) => b.label === 'More results');
    expect(more?.state).toEqual({ request: { name: 'quote', args: { words: 'many', page: 2 } }, part: 0 });
    expect(textsOf(last.blocks).join('\n')).toContain('4 more results on the next page');
  });

  it('says so when results exist that no button can reach', () => {
    const pages = allPages(bigQuoteAnswer(1, 100, 4), false);
    expect(pages).toHaveLength(1);
    expect(buttonsOf(pages[0]!.blocks).some((b) => b.label === 'More results')).toBe(false);
    expect(textsOf(pages[0]!.blocks).join('\n')).toContain('4 more results not shown');
  });

  it('lists every one of 120 sources exactly once across its pages', () => {
    const pages = allPages(sourcesAnswer(120));
    expect(pages.length).toBeGreaterThan(2);
    const ids = pages.flatMap((page) => textsOf(page.blocks).join('\n').match(/`doc-\d+`/g) ?? []);
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    for (const page of pages) expectWithinLimits(page.blocks);
  });

  it('splits a paragraph of 20,000 characters into sections and pages without losing text', () => {
    const pages = allPages(contextAnswer(20_000));
    const words = pages.flatMap((page) => textsOf(page.blocks).join(' ').match(/ipsum/g) ?? []).length;
    const expected = contextAnswer(20_000).paragraphs.reduce((sum, p) => sum + (p.text.match(/ipsum/g) ?? []).length, 0);
    expect(words).toBe(expected);
    for (const page of pages) expectWithinLimits(page.blocks);
  });

  it('shows the last page for a part past the end (an old button after the corpus shrank)', () => {
    const rendered = renderAnswer(sourcesAnswer(3), ctx);
    const page = composeMessage(rendered, { request, part: 40, ephemeral: true, canPage: false });
    expect(textsOf(page.blocks).join('\n')).toContain('`doc-2`');
  });
});

describe('packUnits', () => {
  it('keeps a unit together on the next page rather than splitting it', () => {
    const unit = { blocks: [section('a'), context('b')], separate: true };
    const pages = packUnits([unit, unit, unit], { blocks: 5, chars: 1000 });
    expect(pages.map((page) => page.map((block) => block.type))).toEqual([['section', 'context', 'divider', 'section', 'context'], ['section', 'context']]);
  });

  it('spreads a unit bigger than a page over several', () => {
    const unit = { blocks: Array.from({ length: 7 }, () => section('x')), separate: true };
    const pages = packUnits([unit], { blocks: 3, chars: 1000 });
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
  });

  it('respects the character budget as well as the block count', () => {
    const unit = { blocks: [section('x'.repeat(600))], separate: false };
    const pages = packUnits([unit, unit, unit], { blocks: 50, chars: 1300 });
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat().some((block) => block.type === divider().type)).toBe(false);
  });
});
