import { z } from 'zod';
import type { FigureResult } from '../answers.js';
import { citationFor } from '../citation.js';
import { paragraphOf, type CorpusIndex } from '../corpusIndex.js';
import { groupFigures, rankFigures } from '../extract/figures/index.js';
import type { Figure } from '../extract/types.js';
import { defineCommand } from './definition.js';
import { limitArg, pageArg, queryArg } from './sharedArgs.js';
import { excerptAround } from './excerptAround.js';

function figureResult(corpus: CorpusIndex, figure: Figure, score: number): FigureResult | null {
  const found = paragraphOf(corpus, figure.docId, figure.paragraph);
  if (!found) return null;
  const excerpt = excerptAround(found.paragraph.text, figure.range, figure.sentence);
  return {
    ...excerpt,
    score,
    citation: citationFor(found.doc, found.paragraph),
    figure: {
      text: figure.text,
      value: figure.value,
      low: figure.low,
      high: figure.high,
      unit: figure.unit,
      counts: figure.counts,
      qualifier: figure.qualifier,
      approximate: figure.approximate,
    },
    // Inside a quotation the speaker gives the figure; otherwise whoever the sentence credits.
    speaker: figure.speaker ?? figure.attribution,
    figureId: figure.id,
  };
}

/** What the figures count, most common first, for autocomplete. */
export function figureTopics(corpus: CorpusIndex): string[] {
  const counts = new Map<string, number>();
  for (const figure of corpus.figures) if (figure.counts) counts.set(figure.counts, (counts.get(figure.counts) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([topic]) => topic);
}

export const figureCommand = defineCommand({
  name: 'figure',
  description: 'The numbers the sources give for something, side by side, disagreements shown.',
  args: z.object({
    topic: queryArg.describe('What the figures count, e.g. civilians killed, refugees, troops'),
    limit: limitArg.unwrap().default(6).describe('How many figures (1-10, default 6)'),
    page: pageArg,
  }),
  positional: 'topic',
  examples: ['figure civilians killed', 'figure deaths', 'figure refugees', 'figure troops in Iraq'],
  complete: {
    topic: (corpus, typed) => {
      const wanted = typed.trim().toLowerCase();
      return figureTopics(corpus).filter((topic) => topic.toLowerCase().includes(wanted));
    },
  },
  run({ topic, limit, page }, { corpus }) {
    const ranked = rankFigures(corpus.figures, topic);
    const start = (page - 1) * limit;
    const pageOfMatches = ranked.slice(start, start + limit);
    const results: FigureResult[] = [];
    for (const match of pageOfMatches) {
      const result = figureResult(corpus, match.figure, match.score);
      if (result) results.push(result);
    }
    const indexOf = new Map(results.map((result, i) => [result.figureId, i]));
    // Groups in the order of their best-ranked figure, so the most relevant comparison comes first.
    const groups = groupFigures(pageOfMatches.map((match) => match.figure))
      .map((group) => ({
        counts: group.counts,
        results: group.figures.map((figure) => indexOf.get(figure.id)).filter((i): i is number => i !== undefined),
        disagree: group.disagree,
      }))
      .filter((group) => group.results.length > 0)
      .sort((a, b) => Math.min(...a.results) - Math.min(...b.results));
    // Figures whose counted thing is unknown belong to no group; they still get shown, alone.
    const grouped = new Set(groups.flatMap((group) => group.results));
    results.forEach((result, i) => {
      if (!grouped.has(i)) groups.push({ counts: result.figure.counts ?? result.figure.text, results: [i], disagree: false });
    });
    return { command: 'figure', topic, results, groups, more: Math.max(0, ranked.length - start - results.length) };
  },
});
