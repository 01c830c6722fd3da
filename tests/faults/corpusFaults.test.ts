/**
 * Bad files in the corpus, at start and during reloads: each is named in a warning, and every
 * other document is still served. The 50 MB files are made in a temp dir (one sparse, one
 * streamed) and never committed.
 */
import { createWriteStream, ftruncateSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/app/bot.js';
import { LiveCorpus } from '../../src/app/corpus/liveCorpus.js';
import type { CorpusIndex } from '../../src/core/corpusIndex.js';
import { captureLog } from '../app/support/captureLog.js';
import { article, tempCorpus, type TempCorpus } from '../app/support/tempCorpus.js';

const MB = 1024 * 1024;
let corpus: TempCorpus;
afterEach(() => corpus?.cleanup());

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

function sparseFile(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

async function streamedTextFile(file: string, bytes: number): Promise<void> {
  const out = createWriteStream(file);
  const line = 'The convoy reached the bridge at dawn and waited there for the others to arrive.\n';
  for (let written = 0; written < bytes; written += line.length) {
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** Every seed document is still answered: its first paragraph finds it. */
async function expectEverySeedDocumentServed(index: CorpusIndex): Promise<void> {
  const bot = createBot({ corpus: index, logger: captureLog({ level: 'silent' }).logger });
  const seedIds = ['2014-06-isis-captures-mosul', '2016-10-offensive-to-retake-mosul', 'revolution-2017-07-24-liberation-of-mosul', 'socialist-worker-2561-mission-accomplished', 'spartacist-canada-191-imperialist-bloodbath-in-mosul'];
  for (const id of seedIds) {
    const paragraph = index.byId.get(id)?.paragraphs.find((p) => p.text.split(' ').length >= 8);
    expect(paragraph, id).toBeDefined();
    const answer = await bot.handle({ name: 'context', args: { id: `${id}#p${paragraph!.number}` } }, 'test');
    expect(JSON.stringify(answer)).toContain(paragraph!.text.slice(0, 40));
  }
}

function warningsFor(log: ReturnType<typeof captureLog>, file: string) {
  return log.records().filter((record) => record['level'] === 40 && record['file'] === file && String(record['msg']).includes(file));
}

describe('corpus faults at start', () => {
  it('names each bad file in a warning and serves every other document', async () => {
    corpus = tempCorpus(
      {
        'binary.md': Buffer.concat([PNG_HEADER, Buffer.alloc(64, 0)]),
        'latin1.txt': Buffer.from('Caf\xe9 au lait\n\nA paragraph written in Latin-1, not UTF-8.\n', 'latin1'),
        'empty.md': '',
        'broken-front-matter.md': '---\ntitle: [unclosed\nauthor: x\n---\nText.\n',
      },
      { seed: true },
    );
    sparseFile(path.join(corpus.dir, 'huge-sparse.md'), 50 * MB);
    await streamedTextFile(path.join(corpus.dir, 'huge-text.txt'), 50 * MB);
    const log = captureLog();
    const live = new LiveCorpus({ dir: corpus.dir, logger: log.logger, snapshotDir: corpus.snapshots, worker: false });
    const index = await live.start();

    const expected: Record<string, string> = {
      'binary.md': 'binary',
      'latin1.txt': 'invalid-utf8',
      'empty.md': 'empty',
      'broken-front-matter.md': 'malformed-front-matter',
      'huge-sparse.md': 'too-large',
      'huge-text.txt': 'too-large',
    };
    for (const [file, reason] of Object.entries(expected)) {
      expect(warningsFor(log, file), file).toEqual([expect.objectContaining({ reason })]);
    }
    expect(index.problems.map((problem) => problem.file).sort()).toEqual(Object.keys(expected).sort());
    expect(warningsFor(log, 'huge-text.txt')[0]!['detail']).toMatch(/50\.0 MiB .* over the 10\.0 MiB limit/);
    expect(index.documents).toHaveLength(5);
    await expectEverySeedDocumentServed(index);

    // The same again from the snapshot: the warnings come back, the documents too.
    const again = captureLog();
    const fromSnapshot = await new LiveCorpus({ dir: corpus.dir, logger: again.logger, snapshotDir: corpus.snapshots, worker: false }).start();
    expect(again.records().find((record) => record['msg'] === 'corpus indexed')).toMatchObject({ snapshot: 'exact', parsed: 0 });
    for (const file of Object.keys(expected)) expect(warningsFor(again, file), file).toHaveLength(1);
    await expectEverySeedDocumentServed(fromSnapshot);
  }, 60_000);
});

describe('corpus faults during reloads', () => {
  it('a file deleted while a reload reads the corpus: its last version stays until the next reload', async () => {
    corpus = tempCorpus({ 'doomed.md': article('Doomed', 'The old mill burned down in the night.') }, { seed: true });
    const log = captureLog();
    let deleteDuringReload = false;
    const live = new LiveCorpus({
      dir: corpus.dir,
      logger: log.logger,
      snapshotDir: corpus.snapshots,
      worker: false,
      afterHash: () => {
        if (deleteDuringReload) corpus.remove('doomed.md');
      },
    });
    await live.start();
    corpus.write('newcomer.md', article('Newcomer', 'A newcomer opened a bakery by the river.'));
    // Edited (so this reload must read it again), then deleted while the reload runs.
    corpus.write('doomed.md', article('Doomed', 'The old mill burned down in the night, and the new one too.'));
    deleteDuringReload = true;
    const report = await live.reload('test');
    expect(report).toMatchObject({ status: 'swapped', added: ['newcomer'], kept: ['doomed.md'] });
    expect(warningsFor(log, 'doomed.md')).toEqual([expect.objectContaining({ reason: 'unreadable', detail: expect.stringContaining('ENOENT') })]);
    await expectEverySeedDocumentServed(live.index!);
    expect(live.index!.paragraphIndex.search('newcomer opened a bakery')[0]?.item.docId).toBe('newcomer');

    deleteDuringReload = false;
    expect(await live.reload('the deletion itself')).toMatchObject({ status: 'swapped', removed: ['doomed'] });
    expect(live.index!.byId.has('doomed')).toBe(false);
    expect(live.index!.problems).toEqual([]);
  });

  it('bad files arriving in a reload are named and skipped; everything else is served', async () => {
    corpus = tempCorpus({}, { seed: true });
    const log = captureLog();
    const live = new LiveCorpus({ dir: corpus.dir, logger: log.logger, snapshotDir: null, worker: false });
    await live.start();
    corpus.write('binary.txt', Buffer.concat([PNG_HEADER, Buffer.alloc(32, 0)]));
    corpus.write('empty.txt', '');
    corpus.write('half-written.md', '---\ntitle: "Half');
    const report = await live.reload();
    expect(report).toMatchObject({ status: 'swapped', added: [] });
    for (const file of ['binary.txt', 'empty.txt', 'half-written.md']) expect(warningsFor(log, file), file).toHaveLength(1);
    await expectEverySeedDocumentServed(live.index!);
    // Nothing changed: no reload, and no warning said twice.
    expect(await live.reload()).toEqual({ status: 'unchanged' });
    corpus.write('fine.md', article('Fine', 'All is well.'));
    await live.reload();
    for (const file of ['binary.txt', 'empty.txt', 'half-written.md']) expect(warningsFor(log, file), file).toHaveLength(1);
  });
});
