import { describe, expect, it } from 'vitest';
import type { ContextAnswer, SourcesAnswer } from '../../../src/core/answers.js';
import { handleCommand } from '../../../src/core/commands/handle.js';
import { seedContext } from '../../support/seedCorpus.js';

describe('sources', () => {
  it('lists each document with exactly what is known and its paragraph count', async () => {
    const answer = (await handleCommand({ name: 'sources', args: {} }, await seedContext())) as SourcesAnswer;
    expect(answer.sources).toHaveLength(5);
    const worker = answer.sources.find((s) => s.docId === 'socialist-worker-2561-mission-accomplished')!;
    expect(worker).toMatchObject({ author: 'Tomáš Tengely-Evans', url: null });
    const pdf = answer.sources.find((s) => s.docId === '2016-10-offensive-to-retake-mosul')!;
    // SOURCES.md: publication, title and author are not stated; nothing may be invented.
    expect(pdf).toMatchObject({ title: null, publication: null, author: null, date: 'October 2016' });
    for (const source of answer.sources) expect(source.paragraphs).toBeGreaterThan(10);
    expect(answer.problems).toEqual([]);
  });
});

describe('context', () => {
  it('shows the cited paragraph with its neighbours', async () => {
    const context = await seedContext();
    const doc = context.corpus.byId.get('spartacist-canada-191-imperialist-bloodbath-in-mosul')!;
    const answer = (await handleCommand({ name: 'context', args: { id: `${doc.id}#p17`, around: '2' } }, context)) as ContextAnswer;
    expect(answer.paragraphs.map((p) => [p.paragraph, p.cited])).toEqual([[15, false], [16, false], [17, true], [18, false], [19, false]]);
    expect(answer.paragraphs[2]!.text).toBe(doc.paragraphs[16]!.text);
    expect(answer.citation.id).toBe(`${doc.id}#p17`);
  });

  it('accepts quotation ids and stops at the document’s edges', async () => {
    const context = await seedContext();
    const answer = (await handleCommand({ name: 'context', args: { id: 'spartacist-canada-191-imperialist-bloodbath-in-mosul#p1#q1' } }, context)) as ContextAnswer;
    expect(answer.paragraphs.map((p) => p.paragraph)).toEqual([1, 2]);
  });

  it('explains a malformed id, an unknown document and a paragraph out of range', async () => {
    const context = await seedContext();
    const run = (id: string) => handleCommand({ name: 'context', args: { id } }, context);
    expect(await run('hello')).toMatchObject({ error: { code: 'invalid_arguments' } });
    expect(await run('nope#p1')).toMatchObject({ error: { code: 'not_found' } });
    expect(await run('spartacist-canada-191-imperialist-bloodbath-in-mosul#p999')).toMatchObject({ error: { code: 'not_found', message: expect.stringContaining('paragraphs 1 to 29') } });
  });
});
