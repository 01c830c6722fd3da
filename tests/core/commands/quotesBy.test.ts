import { describe, expect, it } from 'vitest';
import type { QuotesByAnswer } from '../../../src/core/answers.js';
import { handleCommand } from '../../../src/core/commands/handle.js';
import { seedContext } from '../../support/seedCorpus.js';

async function quotesBy(person: string, extra: Record<string, unknown> = {}): Promise<QuotesByAnswer> {
  const answer = await handleCommand({ name: 'quotes-by', args: { person, ...extra } }, await seedContext());
  if ('error' in answer || answer.command !== 'quotes-by') throw new Error(JSON.stringify(answer));
  return answer as QuotesByAnswer;
}

describe('quotes-by', () => {
  it('matches names fuzzily and gathers quotations across documents', async () => {
    for (const person of ['erdogan', 'Erdoğan', 'Recep Erdogan']) {
      const answer = await quotesBy(person, { limit: 10 });
      expect(answer.speakers, person).toEqual(['Recep Tayyip Erdogan']);
      expect(new Set(answer.results.map((r) => r.citation.docId)).size, person).toBeGreaterThanOrEqual(2);
      expect(answer.results.every((r) => r.speaker === 'Recep Tayyip Erdogan')).toBe(true);
    }
  });

  it('lists the newest document first', async () => {
    const { corpus } = await seedContext();
    const answer = await quotesBy('erdogan', { limit: 10 });
    const dates = answer.results.map((r) => corpus.byId.get(r.citation.docId)!.sortDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('suggests known speakers when nobody matches', async () => {
    const answer = await quotesBy('Sergio Lavrovich');
    expect(answer.results).toEqual([]);
    expect(answer.suggestions).toContain('Sergei Lavrov');
  });
});
