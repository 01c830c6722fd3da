import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/app/bot.js';
import { LiveCorpus } from '../../../src/app/corpus/liveCorpus.js';
import type { ContextAnswer } from '../../../src/core/answers.js';
import type { CorpusIndex } from '../../../src/core/corpusIndex.js';
import { captureLog } from '../support/captureLog.js';
import { article, tempCorpus, type TempCorpus } from '../support/tempCorpus.js';

let corpus: TempCorpus;
afterEach(() => corpus?.cleanup());

function live(options: { worker?: boolean; snapshots?: boolean } = {}) {
  const log = captureLog({ level: 'debug' });
  const swaps: CorpusIndex[] = [];
  const liveCorpus = new LiveCorpus({ dir: corpus.dir, logger: log.logger, snapshotDir: options.snapshots === false ? null : corpus.snapshots, worker: options.worker ?? false, onSwap: (index) => swaps.push(index) });
  return { liveCorpus, log, swaps };
}

const ALPHA = article('Alpha', 'The lighthouse keeper counted ships every night.', 'Storms closed the harbour in March.');
const BETA = article('Beta', 'The baker sold bread before dawn.');

describe('LiveCorpus', () => {
  it('swaps in a new index on reload, and a citation of a document that still exists keeps working', async () => {
    corpus = tempCorpus({ 'alpha.md': ALPHA, 'beta.md': BETA, 'gamma.md': article('Gamma', 'Goats climbed the wall.') });
    const { liveCorpus, swaps } = live();
    const bot = createBot({ corpus: await liveCorpus.start(), logger: captureLog().logger });
    const cite = 'alpha#p2';
    const before = (await bot.handle({ name: 'context', args: { id: cite } }, 'test')) as ContextAnswer;
    expect(JSON.stringify(before)).toContain('Storms closed the harbour');

    // Other documents come, change and go; files named before and after alpha.md in every order.
    corpus.write('aardvark.md', article('Aardvark', 'An aardvark dug a burrow.'));
    corpus.write('beta.md', article('Beta', 'The baker sold cakes after dusk.'));
    corpus.remove('gamma.md');
    const report = await liveCorpus.reload('test');
    expect(report).toMatchObject({ status: 'swapped', added: ['aardvark'], removed: ['gamma'], changed: ['beta'] });
    bot.replaceCorpus(swaps.at(-1)!);
    const after = await bot.handle({ name: 'context', args: { id: cite } }, 'test');
    expect(after).toEqual(before);
    expect(bot.corpus().paragraphIndex.search('baker sold cakes')[0]?.item.docId).toBe('beta');
    expect(bot.corpus().byId.has('gamma')).toBe(false);
  });

  it('keeps the old index when the directory disappears, and logs exactly why', async () => {
    corpus = tempCorpus({ 'alpha.md': ALPHA });
    const { liveCorpus, log } = live();
    const first = await liveCorpus.start();
    rmSync(corpus.dir, { recursive: true });
    expect(await liveCorpus.reload('test')).toEqual({ status: 'failed', reason: expect.stringContaining('does not exist') });
    expect(liveCorpus.index).toBe(first);
    expect(log.records().find((record) => record['level'] === 50)).toMatchObject({ msg: expect.stringMatching(/corpus reload failed: The corpus directory ".*" does not exist.*still serving the previous index/) });
  });

  it('refuses to swap a corpus for an empty one', async () => {
    corpus = tempCorpus({ 'alpha.md': ALPHA });
    const { liveCorpus } = live();
    const first = await liveCorpus.start();
    corpus.remove('alpha.md');
    expect(await liveCorpus.reload()).toEqual({ status: 'failed', reason: expect.stringContaining('no readable documents now') });
    expect(liveCorpus.index).toBe(first);
  });

  it('serves the last good version of a half-written document, naming it in a warning', async () => {
    corpus = tempCorpus({ 'alpha.md': ALPHA, 'beta.md': BETA });
    const { liveCorpus, log } = live({ snapshots: false });
    await liveCorpus.start();
    // Saved half-way: the front matter is cut off inside a value.
    corpus.write('alpha.md', '---\ntitle: "Alpha\nauthor: Te');
    const report = await liveCorpus.reload();
    expect(report).toMatchObject({ status: 'swapped', kept: ['alpha.md'] });
    expect(liveCorpus.index!.paragraphIndex.search('lighthouse keeper')[0]?.item.docId).toBe('alpha');
    const warning = log.records().find((record) => record['level'] === 40 && record['file'] === 'alpha.md');
    expect(warning).toMatchObject({ reason: 'malformed-front-matter', msg: expect.stringContaining('still serving its last good version') });
    // Once the save completes, the new version replaces it.
    corpus.write('alpha.md', article('Alpha', 'The lighthouse keeper retired.'));
    expect(await liveCorpus.reload()).toMatchObject({ status: 'swapped', changed: ['alpha'], kept: [] });
    expect(liveCorpus.index!.problems).toEqual([]);
  });

  it('does nothing for an unchanged corpus, and folds reloads requested while one runs', async () => {
    corpus = tempCorpus({ 'alpha.md': ALPHA });
    const { liveCorpus, swaps } = live();
    await liveCorpus.start();
    expect(await liveCorpus.reload()).toEqual({ status: 'unchanged' });
    corpus.write('beta.md', BETA);
    const reloads = [liveCorpus.reload('a'), liveCorpus.reload('b'), liveCorpus.reload('c')];
    const reports = await Promise.all(reloads);
    expect(reports[0]).toBe(reports[2]);
    // One swap for the start, one for the change; the folded run finds nothing new.
    expect(swaps).toHaveLength(2);
  });

  it('indexes and reloads in a worker thread, asking the main thread for the versions it serves', async () => {
    corpus = tempCorpus({ 'alpha.md': ALPHA, 'beta.md': BETA });
    const { liveCorpus } = live({ worker: true });
    await liveCorpus.start();
    expect(liveCorpus.index!.documents.map((doc) => doc.id)).toEqual(['alpha', 'beta']);
    corpus.write('beta.md', Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    corpus.write('delta.md', article('Delta', 'A river delta floods each spring.'));
    expect(await liveCorpus.reload()).toMatchObject({ status: 'swapped', added: ['delta'], kept: ['beta.md'] });
    expect(liveCorpus.index!.paragraphIndex.search('baker sold bread')[0]?.item.docId).toBe('beta');
    expect(liveCorpus.index!.paragraphIndex.search('river delta floods')[0]?.item.docId).toBe('delta');
  }, 30_000);
});
