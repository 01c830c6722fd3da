import { describe, expect, it } from 'vitest';
import type { FigureAnswer } from '../../../src/core/answers.js';
import { handleCommand } from '../../../src/core/commands/handle.js';
import { seedContext } from '../../support/seedCorpus.js';

async function figure(topic: string, extra: Record<string, unknown> = {}): Promise<FigureAnswer> {
  const answer = await handleCommand({ name: 'figure', args: { topic, ...extra } }, await seedContext());
  if ('error' in answer || answer.command !== 'figure') throw new Error(JSON.stringify(answer));
  return answer as FigureAnswer;
}

describe('figure', () => {
  it('puts the sources’ civilian death figures side by side and shows that they disagree', async () => {
    const answer = await figure('civilians killed', { limit: 10 });
    const group = answer.groups.find((g) => g.results.some((i) => answer.results[i]!.figure.value === 5805));
    expect(group).toBeDefined();
    const values = group!.results.map((i) => answer.results[i]!.figure.value);
    expect(values).toEqual(expect.arrayContaining([5805, 40000]));
    expect(group!.disagree).toBe(true);
    const amnesty = answer.results.find((r) => r.figure.value === 5805)!;
    expect(amnesty.figure).toMatchObject({ text: '5,805 civilians', unit: null, low: null, high: null });
    expect(amnesty.speaker).toMatch(/Amnesty International/);
    expect(amnesty.excerpt.slice(...amnesty.highlights[0]!)).toBe('5,805 civilians');
  });

  it('matches synonyms of what is counted', async () => {
    for (const topic of ['civilian deaths', 'civilian casualties', 'civilians dead']) {
      const answer = await figure(topic, { limit: 10 });
      expect(answer.results.map((r) => r.figure.value), topic).toContain(5805);
    }
  });

  it('finds nothing for a topic no figure counts', async () => {
    const answer = await figure('chocolate chip cookies');
    expect(answer.results).toEqual([]);
    expect(answer.groups).toEqual([]);
  });
});

describe('figure paging', () => {
  it('keeps a group together across pages and never repeats a figure', async () => {
    const all = await figure('civilians killed', { limit: 10 });
    const pages = [await figure('civilians killed', { limit: 2 }), await figure('civilians killed', { limit: 2, page: 2 })];
    const ids = pages.flatMap((p) => p.results.map((r) => r.figureId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(all.results.slice(0, 4).map((r) => r.figureId));
    // The disagreement is the whole group's, so it shows on every page that holds part of it.
    expect(pages.every((p) => p.groups[0]!.disagree)).toBe(true);
  });
});

describe('figure autocomplete', () => {
  it('offers what the corpus’s figures count, most common first, filtered by what is typed', async () => {
    const { corpus, commands } = await seedContext();
    const complete = commands.find((c) => c.name === 'figure')!.complete!['topic']!;
    const all = complete(corpus, '');
    expect(all).toContain('civilians killed');
    const counts = (topic: string) => corpus.figures.filter((f) => f.counts === topic).length;
    for (let i = 1; i < all.length; i++) expect(counts(all[i - 1]!)).toBeGreaterThanOrEqual(counts(all[i]!));
    expect(complete(corpus, 'CIVIL').every((topic) => topic.toLowerCase().includes('civil'))).toBe(true);
  });
});
