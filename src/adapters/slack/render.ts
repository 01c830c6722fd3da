/**
 * Slack's one renderer: any answer in, a headline and units of Block Kit out. Paging
 * (pages.ts) then packs the units into messages within Slack's limits.
 * Every piece of user or corpus text goes through escapeText or the mrkdwn runs.
 */
import type { Answer, ContextAnswer, ErrorAnswer, HelpAnswer, QuoteAnswer, SourcesAnswer } from '../../core/answers.js';
import { isErrorAnswer } from '../../core/answers.js';
import { sourceLine } from '../shared/citationText.js';
import { LIMITS } from './blocks.js';
import { escapeText } from './escape.js';
import { chunkText } from './mrkdwn.js';
import { citationMrkdwn, excerptUnit, idMrkdwn, linesUnit, linkIfItFits, noteUnit, plural, quoted, sections, type RenderContext, type Unit } from './renderParts.js';
import { renderFigure, renderQuotesBy, renderWhoSaid } from './renderQuotations.js';
import { slackUsage } from './slashCommands.js';

export type { RenderContext, Unit } from './renderParts.js';

export interface RenderedAnswer {
  /** One mrkdwn line opening every page: what was asked and what was found. */
  headline: string;
  units: Unit[];
  /** Plain words for the message's fallback `text` (notifications, screen readers). */
  summary: string;
  /** Results beyond this answer, reached with the command's own `page` option. */
  more: number;
  /** Errors are private: never offered for sharing. */
  error?: true;
}

function renderQuote(answer: QuoteAnswer, ctx: RenderContext): RenderedAnswer {
  const where = answer.source ? ` in _${escapeText(answer.source)}_` : '';
  const summary = `passages for "${answer.query}"`;
  if (answer.results.length === 0) {
    return { headline: `No passage matches ${quoted(answer.query)}${where}.`, units: [noteUnit(`Try fewer or other words; typos are fine. ${ctx.slash.slashFor('sources')} lists what ibid has read.`)], summary, more: 0 };
  }
  return { headline: `${plural(answer.results.length, 'passage')} for ${quoted(answer.query)}${where}`, units: answer.results.map((result, i) => excerptUnit(result, i)), summary, more: answer.more };
}

function renderSources(answer: SourcesAnswer): RenderedAnswer {
  const units: Unit[] = answer.sources.map((source) => {
    return linesUnit([`${idMrkdwn(source.docId)} (${plural(source.paragraphs, 'paragraph')})`, linkIfItFits(source.url, escapeText(sourceLine(source)))]);
  });
  for (const problem of answer.problems) units.push(linesUnit([`:warning: ${idMrkdwn(problem.file)} was not loaded: ${escapeText(problem.reason)} (${escapeText(problem.detail)})`]));
  if (answer.sources.length === 0 && answer.problems.length === 0) units.push(noteUnit('The corpus has no documents yet.'));
  const problems = answer.problems.length > 0 ? `, ${plural(answer.problems.length, 'file')} not loaded` : '';
  return { headline: `${plural(answer.sources.length, 'document')} indexed${problems}`, units, summary: 'sources', more: 0 };
}

function renderContext(answer: ContextAnswer): RenderedAnswer {
  const units: Unit[] = [];
  let heading: string | null = null;
  for (const paragraph of answer.paragraphs) {
    if (paragraph.section && paragraph.section !== heading) units.push(linesUnit([`*${escapeText(paragraph.section)}*`], false));
    heading = paragraph.section;
    const label = paragraph.cited ? `*▶ ¶${paragraph.paragraph} (cited)*` : `*¶${paragraph.paragraph}*`;
    const chunks = chunkText(paragraph.text, LIMITS.textChars - label.length - 1);
    units.push({ blocks: sections(chunks.map((chunk, i) => (i === 0 ? `${label}\n${chunk}` : chunk))), separate: false });
  }
  return { headline: `${citationMrkdwn(answer.citation)} · ${idMrkdwn(answer.id)}`, units, summary: `context of ${answer.id}`, more: 0 };
}

/** `/quote <words> [source:<string>] [limit:<integer>]`. */
function helpUsage(command: HelpAnswer['commands'][number], ctx: RenderContext): string {
  return [ctx.slash.slashFor(command.name), ...slackUsage(command.options, (option) => `<${option.type}>`)].join(' ');
}

function renderHelp(answer: HelpAnswer, ctx: RenderContext): RenderedAnswer {
  const units = answer.commands.map((command) => {
    const options = command.options.filter((option) => !option.positional).map((option) => `• \`${option.name}:\` ${escapeText(option.description)}`);
    const examples = command.examples.map((example) => `_e.g._ \`${escapeText(ctx.slash.exampleLine(example))}\``);
    return linesUnit([`*${escapeText(helpUsage(command, ctx))}*`, escapeText(command.description), ...options, ...examples]);
  });
  const headline = answer.commands.length === 1 ? `How to use ${escapeText(ctx.slash.slashFor(answer.commands[0]!.name))}` : `ibid finds passages in what you have read and says where they come from. ${escapeText(ctx.slash.umbrella)} takes any command line too.`;
  return { headline, units, summary: 'ibid help', more: 0 };
}

function renderError(answer: ErrorAnswer, ctx: RenderContext): RenderedAnswer {
  // The message is worded for people; `details` of an internal error are for the log, never the chat.
  const needsHelp = answer.error.code === 'invalid_arguments' || answer.error.code === 'unknown_command';
  const units = needsHelp ? [linesUnit([`\`${escapeText(ctx.slash.slashFor('help'))}\` shows every command with an example.`])] : [];
  return { headline: `:warning: ${escapeText(answer.error.message)}`, units, summary: answer.error.message, more: 0, error: true };
}

export function renderAnswer(answer: Answer, ctx: RenderContext): RenderedAnswer {
  if (isErrorAnswer(answer)) return renderError(answer, ctx);
  switch (answer.command) {
    case 'quote':
      return renderQuote(answer, ctx);
    case 'who-said':
      return renderWhoSaid(answer, ctx);
    case 'quotes-by':
      return renderQuotesBy(answer, ctx);
    case 'figure':
      return renderFigure(answer, ctx);
    case 'sources':
      return renderSources(answer);
    case 'context':
      return renderContext(answer);
    case 'help':
      return renderHelp(answer, ctx);
  }
}
