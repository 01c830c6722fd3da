/** Slack rendering of who-said, quotes-by and figure answers. */
import type { FigureAnswer, FigureResult, QuotationResult, QuotesByAnswer, WhoSaidAnswer } from '../../core/answers.js';
import { speakerDetail } from '../shared/citationText.js';
import { escapeText } from './escape.js';
import { bold, plain, type Run } from './mrkdwn.js';
import type { RenderedAnswer } from './render.js';
import { excerptUnit, linesUnit, noteUnit, plural, quoted, type RenderContext, type Unit } from './renderParts.js';

/** "Jane Doe, a UN official (to Reuters)" above the quotation, the name in bold. */
function speakerRuns(result: QuotationResult): Run[] {
  if (!result.speaker) return plain('Unattributed: the text does not say who said this');
  return [...bold(result.speaker), ...plain(speakerDetail(result))];
}

function quotationUnits(results: readonly QuotationResult[]): Unit[] {
  return results.map((result, i) => excerptUnit(result, i, speakerRuns(result)));
}

/** A loose match is offered as the closest one, never passed off as the words asked about. */
function closest(answer: WhoSaidAnswer): string {
  return answer.uncertain ? 'Not these exact words; the closest quotation. ' : '';
}

export function renderWhoSaid(answer: WhoSaidAnswer, ctx: RenderContext): RenderedAnswer {
  const query = quoted(answer.query);
  const base = { summary: `who said "${answer.query}"`, more: 0 };
  switch (answer.status) {
    case 'not_found':
      return { ...base, headline: `${query} is not in the corpus.`, units: [noteUnit(`Check the wording, or try ${ctx.slash.slashFor('quote')} with the words you remember.`)] };
    case 'not_quoted':
      return { ...base, headline: `${query} is in the corpus, but nobody is quoted saying it. Where the words appear:`, units: answer.passages.map((passage, i) => excerptUnit(passage, i)) };
    case 'unattributed':
      return { ...base, headline: `${closest(answer)}${query} is quoted, but the text does not say who said it.`, units: quotationUnits(answer.results) };
    case 'attributed': {
      const speakers = [...new Set(answer.results.map((result) => result.speaker).filter((s): s is string => Boolean(s)))];
      return { ...base, headline: `${closest(answer)}Who said ${query}: *${escapeText(speakers.join(', ') || 'unknown')}*`, units: quotationUnits(answer.results) };
    }
  }
}

export function renderQuotesBy(answer: QuotesByAnswer, ctx: RenderContext): RenderedAnswer {
  const summary = `quotations by ${answer.person}`;
  if (answer.results.length === 0) {
    const hint = answer.suggestions.length > 0 ? [`Speakers the corpus knows: ${answer.suggestions.map((s) => `*${escapeText(s)}*`).join(', ')}.`] : [`Try ${ctx.slash.slashFor('who-said')} with words they said.`];
    return { headline: `No quotations attributed to ${quoted(answer.person)}.`, units: [linesUnit(hint)], summary, more: 0 };
  }
  const names = answer.speakers.length > 0 ? answer.speakers : [answer.person];
  return {
    headline: `${plural(answer.results.length, 'quotation')} by *${escapeText(names.join(', '))}*, newest first`,
    units: quotationUnits(answer.results),
    summary,
    more: answer.more,
  };
}

function figureLead(result: FigureResult): Run[] {
  const qualifier = result.figure.qualifier ? ` (${result.figure.qualifier})` : '';
  const said = result.speaker ? ` according to ${result.speaker}` : '';
  return [...bold(result.figure.text), ...plain(`${qualifier}${said}`)];
}

export function renderFigure(answer: FigureAnswer, ctx: RenderContext): RenderedAnswer {
  const summary = `figures for ${answer.topic}`;
  if (answer.results.length === 0) {
    return { headline: `No figures for ${quoted(answer.topic)} in the corpus.`, units: [noteUnit(`Try other words, or ${ctx.slash.slashFor('quote')} to find the passage.`)], summary, more: 0 };
  }
  const units: Unit[] = [];
  const shown = new Set<number>();
  for (const group of answer.groups) {
    const members = group.results.filter((i) => answer.results[i] !== undefined);
    if (members.length === 0) continue;
    units.push(linesUnit([`*${escapeText(group.counts)}*${group.disagree ? '  :warning: the sources give different numbers' : ''}`]));
    members.forEach((i, n) => {
      shown.add(i);
      units.push({ ...excerptUnit(answer.results[i]!, i, figureLead(answer.results[i]!)), separate: n > 0 });
    });
  }
  // A figure outside every group is still an answer; it must not vanish.
  answer.results.forEach((result, i) => {
    if (!shown.has(i)) units.push(excerptUnit(result, i, figureLead(result)));
  });
  return { headline: `${plural(answer.results.length, 'figure')} for ${quoted(answer.topic)}`, units, summary, more: answer.more };
}
