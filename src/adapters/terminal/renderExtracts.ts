/** Terminal rendering of who-said, quotes-by and figure answers. */
import type { FigureAnswer, FigureResult, QuotationResult, QuotesByAnswer, WhoSaidAnswer } from '../../core/answers.js';
import { citationLine, speakerDetail } from '../shared/citationText.js';
import { citationLines, highlight, safe, style, ansi, type RenderOptions } from './style.js';

function speakerLine(result: QuotationResult): string {
  return `${result.speaker ?? 'unattributed (the text does not say who)'}${speakerDetail(result)}`;
}

function quotationBlock(result: QuotationResult, n: number, options: RenderOptions): string {
  return [
    `${n}. ${style(safe(speakerLine(result)), ansi.bold, options)}`,
    `   ${highlight(result.excerpt, result.highlights, options)}`,
    citationLines(result.citation, options),
  ].join('\n');
}

/** A loose match is offered as the closest one, never passed off as the words asked about. */
function closest(answer: WhoSaidAnswer): string {
  return answer.uncertain ? `Not these exact words; the closest quotation in the corpus:` : '';
}

export function renderWhoSaid(answer: WhoSaidAnswer, options: RenderOptions): string {
  const query = safe(answer.query);
  switch (answer.status) {
    case 'not_found':
      return `"${query}" is not in the corpus.`;
    case 'not_quoted':
      return [`"${query}" is in the corpus, but not as a quotation: nobody is quoted saying it.`, ...answer.passages.map((p, i) => `${i + 1}. ${highlight(p.excerpt, p.highlights, options)}\n   ${safe(citationLine(p.citation))}`)].join('\n\n');
    case 'unattributed':
      return [closest(answer), `Quoted in the corpus, but the text does not say who said it:`, ...answer.results.map((r, i) => quotationBlock(r, i + 1, options))].filter(Boolean).join('\n\n');
    case 'attributed':
      return [closest(answer), ...answer.results.map((r, i) => quotationBlock(r, i + 1, options))].filter(Boolean).join('\n\n');
  }
}

export function renderQuotesBy(answer: QuotesByAnswer, options: RenderOptions): string {
  if (answer.results.length === 0) {
    const hint = answer.suggestions.length > 0 ? ` Speakers the corpus knows: ${answer.suggestions.map(safe).join(', ')}.` : '';
    return `No quotations attributed to "${safe(answer.person)}".${hint}`;
  }
  const blocks = answer.results.map((r, i) => quotationBlock(r, i + 1, options));
  if (answer.more > 0) blocks.push(style(`(${answer.more} more: add --page)`, ansi.dim, options));
  return blocks.join('\n\n');
}

function figureLine(result: FigureResult, options: RenderOptions): string {
  const said = result.speaker ? ` — ${safe(result.speaker)}` : '';
  return `  • ${style(safe(result.figure.text), ansi.bold + ansi.yellow, options)}${result.figure.qualifier ? ` (${safe(result.figure.qualifier)})` : ''}${said}\n    ${highlight(result.excerpt, result.highlights, options)}\n    ${style(safe(citationLine(result.citation)), ansi.cyan, options)}`;
}

export function renderFigure(answer: FigureAnswer, options: RenderOptions): string {
  if (answer.results.length === 0) return `No figures for "${safe(answer.topic)}" in the corpus.`;
  const blocks = answer.groups.map((group) => {
    const heading = `${style(safe(group.counts), ansi.bold, options)}${group.disagree ? style('  (sources disagree)', ansi.red, options) : ''}`;
    return [heading, ...group.results.map((i) => answer.results[i]).filter((r): r is FigureResult => Boolean(r)).map((r) => figureLine(r, options))].join('\n');
  });
  if (answer.more > 0) blocks.push(style(`(${answer.more} more: add --page)`, ansi.dim, options));
  return blocks.join('\n\n');
}
