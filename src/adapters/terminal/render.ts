/** The terminal's one renderer: an answer model in, readable (optionally coloured) text out. */
import type { Answer, ContextAnswer, ErrorAnswer, HelpAnswer, QuoteAnswer, SourcesAnswer } from '../../core/answers.js';
import { isErrorAnswer } from '../../core/answers.js';
import { citationLine, sourceLine } from '../shared/citationText.js';
import { renderFigure, renderQuotesBy, renderWhoSaid } from './renderExtracts.js';
import { ansi, citationLines, highlight, safe, style, type RenderOptions } from './style.js';

export type { RenderOptions } from './style.js';

function renderQuote(answer: QuoteAnswer, options: RenderOptions): string {
  if (answer.results.length === 0) return `No match for "${safe(answer.query)}"${answer.source ? ` in ${safe(answer.source)}` : ''}.`;
  const blocks = answer.results.map((result, i) => {
    return `${i + 1}. ${highlight(result.excerpt, result.highlights, options)}\n${citationLines(result.citation, options, ` · score ${result.score.toFixed(2)}`)}`;
  });
  if (answer.more > 0) blocks.push(style(`(${answer.more} more: add --page or --limit)`, ansi.dim, options));
  return blocks.join('\n\n');
}

function renderSources(answer: SourcesAnswer, options: RenderOptions): string {
  const lines = answer.sources.map((source) => {
    const url = source.url ? `\n   ${source.url}` : '';
    return `• ${style(source.docId, ansi.bold, options)} (${source.paragraphs} paragraphs)\n   ${safe(sourceLine(source))}${url}`;
  });
  if (answer.sources.length === 0) lines.push('The corpus has no documents.');
  for (const problem of answer.problems) lines.push(style(`! ${safe(problem.file)} was not loaded: ${problem.reason} (${safe(problem.detail)})`, ansi.red, options));
  return lines.join('\n');
}

function renderContext(answer: ContextAnswer, options: RenderOptions): string {
  const lines = [style(safe(citationLine(answer.citation)), ansi.cyan, options)];
  if (answer.citation.url) lines.push(safe(answer.citation.url));
  let section: string | null = null;
  for (const paragraph of answer.paragraphs) {
    if (paragraph.section && paragraph.section !== section) lines.push('', style(`## ${safe(paragraph.section)}`, ansi.bold, options));
    section = paragraph.section;
    const marker = paragraph.cited ? '▶' : ' ';
    const text = paragraph.cited ? style(safe(paragraph.text), ansi.bold, options) : safe(paragraph.text);
    lines.push('', `${marker} ¶${paragraph.paragraph}  ${text}`);
  }
  return lines.join('\n');
}

function renderHelp(answer: HelpAnswer, options: RenderOptions): string {
  return answer.commands
    .map((command) => {
      const lines = [`${style(command.usage, ansi.bold, options)}\n  ${command.description}`];
      for (const option of command.options) lines.push(`    ${option.positional ? option.name : `--${option.name}`}  ${option.description}`);
      lines.push(...command.examples.map((example) => style(`  e.g. ${example}`, ansi.dim, options)));
      return lines.join('\n');
    })
    .join('\n\n');
}

function renderError(answer: ErrorAnswer, options: RenderOptions): string {
  return style(`Error (${answer.error.code}): ${safe(answer.error.message)}`, ansi.red, options);
}

export function renderAnswer(answer: Answer, options: RenderOptions): string {
  if (isErrorAnswer(answer)) return renderError(answer, options);
  switch (answer.command) {
    case 'quote':
      return renderQuote(answer, options);
    case 'sources':
      return renderSources(answer, options);
    case 'context':
      return renderContext(answer, options);
    case 'help':
      return renderHelp(answer, options);
    case 'who-said':
      return renderWhoSaid(answer, options);
    case 'quotes-by':
      return renderQuotesBy(answer, options);
    case 'figure':
      return renderFigure(answer, options);
  }
}
