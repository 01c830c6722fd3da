import { describe, expect, it } from 'vitest';
import type { WhoSaidAnswer } from '../../../src/core/answers.js';
import { handleCommand } from '../../../src/core/commands/handle.js';
import { commands } from '../../../src/core/commands/registry.js';
import { buildCorpusIndex } from '../../../src/core/corpusIndex.js';
import { seedContext } from '../../support/seedCorpus.js';

async function whoSaid(words: string): Promise<WhoSaidAnswer> {
  const answer = await handleCommand({ name: 'who-said', args: { words } }, await seedContext());
  if ('error' in answer || answer.command !== 'who-said') throw new Error(JSON.stringify(answer));
  return answer as WhoSaidAnswer;
}

describe('who-said', () => {
  it('names the speaker with the fullest name the document gives, and the quotation as written', async () => {
    const answer = await whoSaid('know your plase');
    expect(answer.status).toBe('attributed');
    expect(answer.results[0]).toMatchObject({ speaker: 'Recep Tayyip Erdogan', quote: 'know your place!' });
    expect(answer.results[0]!.citation.docId).toBe('spartacist-canada-191-imperialist-bloodbath-in-mosul');
  });

  it('resolves a surname back to the full name and keeps the channel', async () => {
    const answer = await whoSaid('the city is not fully encircled');
    expect(answer.results[0]).toMatchObject({ speaker: 'Sergei Lavrov' });
    const zebari = await whoSaid('west Mosul will be destroyed');
    expect(zebari.results[0]!.speaker).toBe('Hoshyar Zebari');
    expect(zebari.results[0]!.channel).toMatch(/Independent/);
  });

  it('says when a quotation is in the corpus but the text does not say who said it', async () => {
    const text = 'Residents painted “we will never surrender this city to anyone, whatever it costs us” on the walls of the old market.';
    const corpus = buildCorpusIndex({
      documents: [{ id: 'walls', file: 'walls.md', meta: { title: 'Walls', publication: null, author: null, date: null, url: null }, sortDate: null, paragraphs: [{ docId: 'walls', number: 1, text, section: null }] }],
      problems: [],
    });
    const answer = await handleCommand({ name: 'who-said', args: { words: 'never surrender this city whatever it costs' } }, { corpus, commands });
    expect(answer).toMatchObject({ status: 'unattributed', results: [{ speaker: null, quote: 'we will never surrender this city to anyone, whatever it costs us' }] });
  });

  it('offers a loose paraphrase as the closest quotation, flagged as not the same words', async () => {
    const loose = await whoSaid('the city will be destroyed');
    expect(loose).toMatchObject({ status: 'attributed', uncertain: true, results: [{ speaker: 'Hoshyar Zebari' }] });
    expect((await whoSaid('west Mosul will be destroyed')).uncertain).toBe(false);
  });

  it('does not claim words are in the corpus when only a few of them are', async () => {
    // "said", "would" and "hard" appear near Obama's quotation, but these words are not there.
    const answer = await whoSaid('obama said it would be hard');
    expect(answer.status).toBe('not_found');
    expect(answer.passages).toEqual([]);
  });

  it('tells narrator text from a quotation, and absent words from both', async () => {
    const narrative = await whoSaid('the safest place from an air strike in Syria');
    expect(narrative.status).toBe('not_quoted');
    expect(narrative.passages[0]!.citation.docId).toBe('2014-06-isis-captures-mosul');
    expect((await whoSaid('chocolate chip cookie recipe')).status).toBe('not_found');
  });
});
