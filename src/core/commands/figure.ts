import { z } from 'zod';
import type { FigureResult } from '../answers.js';
import { citationFor } from '../citation.js';
import { paragraphOf, type CorpusIndex } from '../corpusIndex.js';
import { groupFigures, rankFigures, type FigureMatch } from '../extract/figures/index.js';
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

interface GroupRef {
  key: string;
  counts: string;
  /** Whether the sources disagree across the whole group, not just the figures on this page. */
  disagree: boolean;
  /** How many documents give a figure in this group, and how many figures it has. */
  documents: number;
  size: number;
}

/**
 * Groups every matching figure before paging, so a disagreement between sources shows even
 * when its figures rank apart. Groups come in the order of their best-ranked figure; a figure
 * whose counted thing is unknown stands alone where it ranks.
 */
function orderByGroup(ranked: readonly FigureMatch[]): { figure: Figure; score: number; group: GroupRef }[] {
  const groupOf = new Map<string, GroupRef>();
  for (const group of groupFigures(ranked.map((match) => match.figure))) {
    const ref = { key: group.key, counts: group.counts, disagree: group.disagree, documents: group.documents, size: group.figures.length };
    for (const figure of group.figures) groupOf.set(figure.id, ref);
  }
  const best = new Map<string, { score: number; rank: number }>();
  const entries = ranked.map((match, i) => {
    const group = groupOf.get(match.figure.id) ?? { key: `alone:${match.figure.id}`, counts: match.figure.counts ?? match.figure.text, disagree: false, documents: 1, size: 1 };
    if (!best.has(group.key)) best.set(group.key, { score: match.score, rank: i });
    return { figure: match.figure, score: match.score, group };
  });
  // Equally relevant groups: the one more sources speak to is the comparison worth seeing first.
  // Within a group the figures keep their rank order: entries are in rank order and sort is stable.
  const order = (entry: (typeof entries)[number]) => best.get(entry.group.key)!;
  return entries.sort(
    (a, b) =>
      order(b).score - order(a).score ||
      b.group.documents - a.group.documents ||
      b.group.size - a.group.size ||
      order(a).rank - order(b).rank,
  );
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
      return corpus.figureTopics.filter((topic) => topic.toLowerCase().includes(wanted));
    },
  },
  run({ topic, limit, page }, { corpus }) {
    const ordered = orderByGroup(rankFigures(corpus.figures, topic));
    const start = (page - 1) * limit;
    const onPage = ordered.slice(start, start + limit);
    const results: FigureResult[] = [];
    // The page's groups in order of first appearance, each with the indexes of its results.
    const groups = new Map<string, { counts: string; results: number[]; disagree: boolean }>();
    for (const { figure, score, group } of onPage) {
      const result = figureResult(corpus, figure, score);
      if (!result) continue;
      const index = results.push(result) - 1;
      let shown = groups.get(group.key);
      if (!shown) groups.set(group.key, (shown = { counts: group.counts, results: [], disagree: group.disagree }));
      shown.results.push(index);
    }
    return { command: 'figure', topic, results, groups: [...groups.values()], more: Math.max(0, ordered.length - start - onPage.length) };
  },
});
