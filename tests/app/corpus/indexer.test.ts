import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusIndexFrom } from '../../../src/app/corpus/assemble.js';
import { isKnownEntry, type FileEntry } from '../../../src/app/corpus/entries.js';
import { codeFingerprint } from '../../../src/app/corpus/fingerprint.js';
import { indexCorpus, type IndexOutcome, type IndexResult } from '../../../src/app/corpus/indexer.js';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { buildCorpusIndex } from '../../../src/core/corpusIndex.js';
import { article, tempCorpus, type TempCorpus } from '../support/tempCorpus.js';

const MAX = 10 * 1024 * 1024;
let corpus: TempCorpus;
afterEach(() => corpus?.cleanup());

function done(outcome: IndexOutcome): IndexResult {
  if (outcome.unchanged) throw new Error('expected the corpus to be indexed');
  return outcome;
}

const entriesOf = (result: IndexResult) => result.entries.filter((entry): entry is FileEntry => !isKnownEntry(entry));

describe('indexCorpus', () => {
  it('builds exactly the index the core builds, bad files included', async () => {
    corpus = tempCorpus({ 'broken.md': '---\ntitle: [unclosed\n---\nText.\n', 'empty.txt': '', 'image.png': 'not read' }, { seed: true });
    const result = done(await indexCorpus({ corpusDir: corpus.dir, maxFileBytes: MAX, snapshots: null }));
    const ours = corpusIndexFrom(entriesOf(result), result.search);
    const core = buildCorpusIndex(await loadCorpus(corpus.dir));
    expect(ours.documents).toEqual(core.documents);
    expect(ours.problems).toEqual(core.problems);
    expect(ours.quotations).toEqual(core.quotations);
    expect(ours.figures).toEqual(core.figures);
    expect(ours.speakers).toEqual(core.speakers);
    for (const query of ['know your place', 'encircled city', 'hospital']) expect(ours.paragraphIndex.search(query)).toEqual(core.paragraphIndex.search(query));
    expect(ours.problems.map((problem) => problem.file).sort()).toEqual(['broken.md', 'empty.txt', 'image.png']);
  });

  it('starts from an exact snapshot without parsing, and reuses unchanged files after an edit', async () => {
    corpus = tempCorpus({}, { seed: true });
    const job = { corpusDir: corpus.dir, maxFileBytes: MAX, snapshots: { dir: corpus.snapshots, fingerprint: await codeFingerprint() } };
    const first = done(await indexCorpus(job));
    expect(first.stats).toMatchObject({ snapshot: 'none', parsed: 5, reused: 0 });
    const second = done(await indexCorpus(job));
    expect(second.stats).toMatchObject({ snapshot: 'exact', parsed: 0, reused: 5 });
    expect(second.corpusHash).toBe(first.corpusHash);
    expect(corpusIndexFrom(entriesOf(second), second.search).paragraphIndex.search('know your place')).toEqual(corpusIndexFrom(entriesOf(first), first.search).paragraphIndex.search('know your place'));
    corpus.write('new-notes.md', article('New notes', 'The ferry crossed the river twice before noon.'));
    const third = done(await indexCorpus(job));
    expect(third.stats).toMatchObject({ snapshot: 'partial', parsed: 1, reused: 5 });
    expect(corpusIndexFrom(entriesOf(third), third.search).paragraphIndex.search('ferry crossed the river')[0]?.item.docId).toBe('new-notes');
  });

  it('notices an edit that keeps the size and the modification time', async () => {
    corpus = tempCorpus({ 'note.txt': 'Field notes\n\nThe convoy reached the bridge at dawn.\n' });
    const job = { corpusDir: corpus.dir, maxFileBytes: MAX, snapshots: { dir: corpus.snapshots, fingerprint: await codeFingerprint() } };
    done(await indexCorpus(job));
    const file = path.join(corpus.dir, 'note.txt');
    const { atime, mtime } = statSync(file);
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('bridge', 'church'));
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(Buffer.byteLength(before));
    const after = done(await indexCorpus(job));
    expect(after.stats.parsed).toBe(1);
    expect(corpusIndexFrom(entriesOf(after), after.search).paragraphs.map((p) => p.text)).toContain('The convoy reached the church at dawn.');
  });

  it('ends early when the corpus is the one being served', async () => {
    corpus = tempCorpus({ 'a.txt': 'A title\n\nSome text here.\n' });
    const first = done(await indexCorpus({ corpusDir: corpus.dir, maxFileBytes: MAX, snapshots: null }));
    expect(await indexCorpus({ corpusDir: corpus.dir, maxFileBytes: MAX, snapshots: null, currentHash: first.corpusHash })).toEqual({ unchanged: true, corpusHash: first.corpusHash });
  });

  it('sends entries the caller holds as references', async () => {
    corpus = tempCorpus({ 'a.txt': 'A title\n\nSome text here.\n', 'b.txt': 'B title\n\nOther text here.\n' });
    const job = { corpusDir: corpus.dir, maxFileBytes: MAX, snapshots: null };
    const first = done(await indexCorpus(job));
    const a = entriesOf(first).find((entry) => entry.file === 'a.txt')!;
    corpus.write('b.txt', 'B title\n\nChanged text here.\n');
    const second = done(await indexCorpus({ ...job, currentHash: first.corpusHash, known: [`${a.file}\0${a.id}\0${a.hash}`] }));
    expect(second.entries[0]).toEqual({ known: `a.txt\0a\0${a.hash}` });
    expect(isKnownEntry(second.entries[1]!)).toBe(false);
  });

  it('keeps the served version of a document that turned bad, and says why', async () => {
    corpus = tempCorpus({ 'a.md': article('Alpha', 'The lighthouse keeper counted ships.'), 'b.md': article('Beta', 'Nothing to see.') });
    const job = { corpusDir: corpus.dir, maxFileBytes: MAX, snapshots: null };
    const first = done(await indexCorpus(job));
    corpus.write('a.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0xc3]));
    const served = entriesOf(first);
    const second = done(await indexCorpus(job, { priorsFor: async (files) => served.filter((entry) => files.some((f) => f.file === entry.file)) }));
    expect(second.stats.kept).toBe(1);
    const kept = entriesOf(second).find((entry) => entry.file === 'a.md')!;
    expect(kept.kept?.reason).toBe('invalid-utf8');
    const index = corpusIndexFrom(entriesOf(second), second.search);
    expect(index.paragraphIndex.search('lighthouse keeper')[0]?.item.docId).toBe('a');
    expect(index.problems).toEqual([expect.objectContaining({ file: 'a.md', reason: 'invalid-utf8', detail: expect.stringContaining('the last good version is still served') })]);
    // Without a served version to fall back on, the bad file is simply skipped.
    const fresh = done(await indexCorpus(job));
    expect(corpusIndexFrom(entriesOf(fresh), fresh.search).documents.map((doc) => doc.id)).toEqual(['b']);
  });
});
