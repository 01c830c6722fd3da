import { describe, expect, it } from 'vitest';
import type { Answer, QuoteAnswer } from '../../../src/core/answers.js';
import { handleCommand } from '../../../src/core/commands/handle.js';
import { seedContext } from '../../support/seedCorpus.js';

async function quote(args: Record<string, unknown>): Promise<Answer> {
  return handleCommand({ name: 'quote', args }, await seedContext());
}

function asQuote(answer: Answer): QuoteAnswer {
  if (answer.command !== 'quote' || 'error' in answer) throw new Error(`expected a quote answer, got ${JSON.stringify(answer)}`);
  return answer as QuoteAnswer;
}

describe('quote', () => {
  it('finds a passage from a typo-ridden, half-remembered query and cites it', async () => {
    const answer = asQuote(await quote({ words: 'safest plase from an airstrike in Syria' }));
    const top = answer.results[0]!;
    expect(top.excerpt).toContain('the safest place from an air strike in Syria');
    expect(top.citation).toMatchObject({ docId: '2014-06-isis-captures-mosul', title: null, author: null, date: 'June 2014' });
    expect(top.citation.id).toBe(`${top.citation.docId}#p${top.citation.paragraph}`);
  });

  it('keeps every excerpt traceable: its range in the paragraph holds the excerpt text, highlights fall inside it', async () => {
    const { corpus } = await seedContext();
    const answer = asQuote(await quote({ words: 'hospital airstrike', limit: 5 }));
    expect(answer.results.length).toBeGreaterThan(0);
    for (const result of answer.results) {
      const paragraph = corpus.byId.get(result.citation.docId)!.paragraphs[result.citation.paragraph - 1]!;
      expect(result.excerpt.replace(/^…|…$/g, '')).toBe(paragraph.text.slice(...result.range));
      for (const [start, end] of result.highlights) {
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(result.excerpt.length);
      }
      expect(result.score).toBeGreaterThan(0);
      expect(result.score).toBeLessThanOrEqual(1);
    }
  });

  it('says nothing matched rather than returning the least bad passage', async () => {
    const answer = asQuote(await quote({ words: 'chocolate chip cookie recipe' }));
    expect(answer.results).toEqual([]);
    expect(answer.more).toBe(0);
  });

  it('filters by source, fuzzily, and names an unknown source', async () => {
    const answer = asQuote(await quote({ words: 'Mosul', source: 'socialst worker', limit: 10 }));
    expect(answer.results.length).toBeGreaterThan(0);
    expect(new Set(answer.results.map((r) => r.citation.docId))).toEqual(new Set(['socialist-worker-2561-mission-accomplished']));
    expect(await quote({ words: 'Mosul', source: 'zzzz qqqq' })).toMatchObject({ error: { code: 'not_found' } });
  });

  it('pages without repeating results, counting what is left', async () => {
    const first = asQuote(await quote({ words: 'Mosul civilians', limit: 2 }));
    const second = asQuote(await quote({ words: 'Mosul civilians', limit: 2, page: 2 }));
    expect(first.results).toHaveLength(2);
    expect(second.results).toHaveLength(2);
    const ids = (a: QuoteAnswer) => a.results.map((r) => r.citation.id);
    expect(ids(second)).not.toEqual(expect.arrayContaining(ids(first)));
    expect(second.more).toBe(first.more - 2);
  });

  it('refuses an empty or oversized query with a clear message', async () => {
    expect(await quote({ words: '   ' })).toMatchObject({ error: { code: 'invalid_arguments', details: ['words: needs some words to look for'] } });
    expect(await quote({ words: 'a'.repeat(10_240) })).toMatchObject({ error: { code: 'invalid_arguments' } });
  });
});
