/** Blocks for who-said, quotes-by and figure. */
import type { FigureAnswer, FigureResult, QuotationResult, QuotesByAnswer, WhoSaidAnswer } from '../../core/answers.js';
import { citationLine, speakerDetail } from '../shared/citationText.js';
import { safeMarkdown } from './escape.js';
import { ID_PREFIX } from './footer.js';
import type { Block, ContextLink } from './paginate.js';
import { quoted, resultBlock } from './resultBlock.js';

function speakerHeading(result: QuotationResult): string {
  return `${result.speaker ?? 'Unattributed'}${speakerDetail(result)}`;
}

function quotationBlocks(results: readonly QuotationResult[]): Block[] {
  return results.map((result, i) => resultBlock(result, i + 1, speakerHeading(result)));
}

/** A loose match is offered as the closest one, never passed off as the words asked about. */
function closest(answer: WhoSaidAnswer): Block[] {
  return answer.uncertain ? [{ title: 'Closest match', description: `Not these exact words: the closest quotation to “${safeMarkdown(answer.query)}” in the corpus.` }] : [];
}

export function whoSaidBlocks(answer: WhoSaidAnswer): Block[] {
  const query = safeMarkdown(answer.query);
  switch (answer.status) {
    case 'not_found':
      return [{ title: 'Not in the corpus', description: `“${query}” does not appear in the corpus.` }];
    case 'not_quoted':
      return [
        { title: 'Not a quotation', description: `“${query}” is in the corpus, but nobody is quoted saying it. Where the words appear:` },
        ...answer.passages.map((passage, i) => resultBlock(passage, i + 1)),
      ];
    case 'unattributed':
      return [...closest(answer), { title: 'Speaker not given', description: 'Quoted in the corpus, but the text does not say who said it.' }, ...quotationBlocks(answer.results)];
    case 'attributed':
      return [...closest(answer), ...quotationBlocks(answer.results)];
  }
}

export function quotesByBlocks(answer: QuotesByAnswer): Block[] {
  if (answer.results.length === 0) {
    const hint = answer.suggestions.length > 0 ? `\nSpeakers the corpus knows: ${answer.suggestions.map(safeMarkdown).join(', ')}.` : '';
    return [{ title: 'No quotations', description: `Nobody matching “${safeMarkdown(answer.person)}” is quoted in the corpus.${hint}` }];
  }
  return quotationBlocks(answer.results);
}

function figureEntry(result: FigureResult, n: number): string {
  const qualifier = result.figure.qualifier ? ` (${safeMarkdown(result.figure.qualifier)})` : '';
  const speaker = result.speaker ? ` — ${safeMarkdown(result.speaker)}` : '';
  return `${n}. **${safeMarkdown(result.figure.text)}**${qualifier}${speaker}\n${quoted(result)}\n— ${safeMarkdown(citationLine(result.citation))}`;
}

export function figureBlocks(answer: FigureAnswer): Block[] {
  if (answer.results.length === 0) return [{ title: 'No figures', description: `No figures about “${safeMarkdown(answer.topic)}” in the corpus.` }];
  const grouped = new Set(answer.groups.flatMap((group) => group.results));
  // A result no group claims is still shown, never dropped.
  const loose = answer.results.map((_, i) => i).filter((i) => !grouped.has(i));
  const groups = [...answer.groups, ...(loose.length > 0 ? [{ counts: 'Other figures', results: loose, disagree: false }] : [])];
  let n = 0;
  return groups.map((group) => {
    const members = group.results.map((i) => answer.results[i]).filter((result): result is FigureResult => Boolean(result));
    const numbered = members.map((result) => ({ result, n: ++n }));
    const contexts: ContextLink[] = numbered.map(({ result, n: number }) => ({ label: String(number), id: result.citation.id }));
    return {
      title: `${safeMarkdown(group.counts)}${group.disagree ? ' — sources disagree' : ''}`,
      description: numbered.map(({ result, n: number }) => figureEntry(result, number)).join('\n\n'),
      footer: contexts.map((link) => `${ID_PREFIX}${link.id}`),
      contexts,
    };
  });
}
