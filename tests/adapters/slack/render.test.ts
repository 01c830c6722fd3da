import { describe, expect, it } from 'vitest';
import { composeMessage, type ComposeOptions } from '../../../src/adapters/slack/pages.js';
import { renderAnswer } from '../../../src/adapters/slack/render.js';
import { SlashCommandTable } from '../../../src/adapters/slack/slashCommands.js';
import type { Answer } from '../../../src/core/answers.js';
import { errorAnswer } from '../../../src/core/commands/handle.js';
import { commands as fakeRegistry } from './fixtures/commands.js';
import { buttonsOf, expectEscaped, expectWithinLimits, textsOf } from './blockChecks.js';
import { contextAnswer, figureAnswer, helpAnswer, HOSTILE, quoteAnswer, quotesByAnswer, sourcesAnswer, whoSaidAnswer } from './fixtures/answers.js';

const ctx = { slash: new SlashCommandTable(fakeRegistry, '') };
const request = { name: 'quote', args: { words: 'know your place' } };

function message(answer: Answer, options: Partial<ComposeOptions> = {}) {
  return composeMessage(renderAnswer(answer, ctx), { request, part: 0, ephemeral: true, canPage: true, ...options });
}

const everyKind: [string, Answer][] = [
  ['quote', quoteAnswer()],
  ['who-said attributed', whoSaidAnswer('attributed')],
  ['who-said unattributed', whoSaidAnswer('unattributed')],
  ['who-said not_quoted', whoSaidAnswer('not_quoted')],
  ['who-said not_found', whoSaidAnswer('not_found')],
  ['quotes-by', quotesByAnswer(true)],
  ['quotes-by none', quotesByAnswer(false)],
  ['figure', figureAnswer()],
  ['sources', sourcesAnswer(3)],
  ['context', contextAnswer()],
  ['help', helpAnswer()],
  ['error', errorAnswer('quote', 'invalid_arguments', `quote: words ${HOSTILE}`)],
];

describe('renderAnswer + composeMessage', () => {
  it.each(everyKind)('%s: stays within Slack limits and escapes all user and corpus text', (_kind, answer) => {
    const { blocks, text } = message(answer);
    expectWithinLimits(blocks);
    expectEscaped(blocks);
    expect(text).not.toMatch(/[<>]/);
  });

  it('shows a quote as excerpt sections with bold matches, linked citations and dividers between results', () => {
    const { blocks, response_type } = message(quoteAnswer());
    expect(response_type).toBe('ephemeral');
    const texts = textsOf(blocks);
    expect(texts.some((t) => t.includes('*know your place*'))).toBe(true);
    expect(texts).toContain('<https://example.org/mosul?a=1&amp;b=2|Revolution · Liberation of Mosul · July 24, 2017 · ¶4>');
    // The second result has no url: its citation is text, not a link.
    expect(texts.some((t) => t.startsWith('Revolution · Leaflets &lt;!channel&gt;'))).toBe(true);
    expect(blocks.filter((b) => b.type === 'divider')).toHaveLength(1);
  });

  it('gives each result a Show context button that asks for that citation, and offers sharing', () => {
    const buttons = buttonsOf(message(quoteAnswer()).blocks);
    const context = buttons.filter((b) => b.label === 'Show context');
    expect(context.map((b) => b.state?.request)).toEqual([
      { name: 'context', args: { id: 'revolution-2017#p4' } },
      { name: 'context', args: { id: 'leaflets#p2' } },
    ]);
    expect(new Set(buttons.map((b) => b.actionId)).size).toBe(buttons.length);
    const share = buttons.find((b) => b.label === 'Share to channel');
    expect(share?.state).toEqual({ request, part: 0 });
  });

  it('does not offer sharing for a public answer or an error, and keeps errors private', () => {
    expect(buttonsOf(message(quoteAnswer(), { ephemeral: false }).blocks).some((b) => b.label === 'Share to channel')).toBe(false);
    const failed = message(errorAnswer('quote', 'internal', 'Something went wrong.', ['TypeError: secret stack']), { ephemeral: false });
    expect(failed.response_type).toBe('ephemeral');
    expect(buttonsOf(failed.blocks)).toEqual([]);
    expect(JSON.stringify(failed.blocks)).not.toContain('secret stack');
  });

  it('names who shared an answer without an @-mention', () => {
    const shared = message(quoteAnswer(), { ephemeral: false, sharedBy: 'ann<@U1>' });
    expect(textsOf(shared.blocks)[0]).toBe('Shared by *ann&lt;@U1&gt;*');
    expect(shared.response_type).toBe('in_channel');
  });

  it('writes help in Slack form: slash names, name:value options, folded commands under /ibid', () => {
    const texts = textsOf(message(helpAnswer()).blocks).join('\n');
    expect(texts).toContain('*/quote &lt;words&gt; [limit:&lt;integer&gt;]*');
    expect(texts).toContain('`/quote know your place --limit 2`');
    expect(texts).toContain('*/ibid context &lt;id&gt;*');
    const prefixed = composeMessage(renderAnswer(helpAnswer(), { slash: new SlashCommandTable(fakeRegistry, 'r-') }), { request, part: 0, ephemeral: true, canPage: false });
    expect(textsOf(prefixed.blocks).join('\n')).toContain('`/r-ibid context doc#p1`');
  });

  it('says who said it, or that the text does not say', () => {
    expect(textsOf(message(whoSaidAnswer('attributed')).blocks).join('\n')).toContain('*Jane &lt;@U9&gt; Doe*');
    expect(textsOf(message(whoSaidAnswer('unattributed')).blocks).join('\n')).toMatch(/does not say who said it/);
    expect(textsOf(message(whoSaidAnswer('not_found')).blocks)[0]).toMatch(/is not in the corpus/);
  });

  it('suggests known speakers when quotes-by finds nobody', () => {
    expect(textsOf(message(quotesByAnswer(false)).blocks).join('\n')).toContain('*Jane Doe*, *&lt;!here&gt;*');
  });

  it('groups figures, flags disagreement and still shows a figure outside every group', () => {
    const texts = textsOf(message(figureAnswer()).blocks).join('\n');
    expect(texts).toContain('*civilians killed*  :warning: the sources give different numbers');
    for (const figure of ['*9,000*', '*40,000* (at least) according to Airwars', '*12*']) expect(texts).toContain(figure);
  });

  it('marks the cited paragraph in a context answer', () => {
    const texts = textsOf(message(contextAnswer()).blocks).join('\n');
    expect(texts).toContain('*▶ ¶4 (cited)*');
    expect(texts).toContain('*Intro*');
    expect(texts).toContain('*¶5*');
  });
});
