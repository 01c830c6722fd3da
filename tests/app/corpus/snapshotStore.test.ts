import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_FORMAT } from '../../../src/app/corpus/fingerprint.js';
import { findSnapshot, snapshotName, writeSnapshot, type CorpusSnapshot } from '../../../src/app/corpus/snapshotStore.js';

const FINGERPRINT = 'f'.repeat(64);
const emptySearch = () => ({ terms: [], df: new Uint32Array(0), tokens: new Uint32Array(0), itemStart: new Uint32Array(1), postingStart: new Uint32Array(1), postingItems: new Uint32Array(0) });

function snapshot(corpusHash: string): CorpusSnapshot {
  return { format: SNAPSHOT_FORMAT, fingerprint: FINGERPRINT, maxFileBytes: 100, corpusHash, entries: [], search: { paragraphs: emptySearch(), quotations: emptySearch() } };
}

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the snapshot store', () => {
  it('finds the exact snapshot, else the newest one made by the same code', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ibid-snapshots-'));
    await writeSnapshot(dir, snapshot('a'.repeat(64)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeSnapshot(dir, snapshot('b'.repeat(64)));
    const exact = await findSnapshot(dir, { fingerprint: FINGERPRINT, maxFileBytes: 100, corpusHash: 'a'.repeat(64) });
    expect(exact).toMatchObject({ exact: true, snapshot: { corpusHash: 'a'.repeat(64) } });
    const other = await findSnapshot(dir, { fingerprint: FINGERPRINT, maxFileBytes: 100, corpusHash: 'c'.repeat(64) });
    expect(other).toMatchObject({ exact: false, snapshot: { corpusHash: 'b'.repeat(64) } });
    expect(await findSnapshot(dir, { fingerprint: 'e'.repeat(64), maxFileBytes: 100, corpusHash: 'a'.repeat(64) })).toEqual({ snapshot: null });
  });

  it('ignores a damaged snapshot or one made with other settings, saying why', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ibid-snapshots-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, snapshotName(FINGERPRINT, 'd'.repeat(64))), 'half a snapshot');
    const damaged = await findSnapshot(dir, { fingerprint: FINGERPRINT, maxFileBytes: 100, corpusHash: 'd'.repeat(64) });
    expect(damaged).toEqual({ snapshot: null, ignored: expect.stringContaining('could not be read') });
    await writeSnapshot(dir, snapshot('e'.repeat(64)));
    const otherLimit = await findSnapshot(dir, { fingerprint: FINGERPRINT, maxFileBytes: 999, corpusHash: 'e'.repeat(64) });
    expect(otherLimit).toEqual({ snapshot: null, ignored: expect.stringContaining('not a snapshot of this version') });
  });

  it('writes atomically and keeps only the newest few', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ibid-snapshots-'));
    for (const letter of ['1', '2', '3', '4', '5']) {
      await writeSnapshot(dir, snapshot(letter.repeat(64)));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const names = readdirSync(dir);
    expect(names.some((name) => name.endsWith('.tmp'))).toBe(false);
    expect(names.sort()).toEqual(['3', '4', '5'].map((letter) => snapshotName(FINGERPRINT, letter.repeat(64))).sort());
  });
});
