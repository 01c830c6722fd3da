/**
 * Index snapshots on disk: `ibid-<code>-<corpus>.snapshot`, named by the code fingerprint and the
 * corpus content hash. An exact match starts ibid without parsing anything; a snapshot of an older
 * state of the corpus still spares every file that did not change. Written atomically (a
 * temporary file renamed), read defensively (a damaged or foreign file is ignored, with a reason).
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { SNAPSHOT_ARRAYS, type SearchIndexSnapshot } from '../../core/search/snapshot.js';
import type { CorpusSearchSnapshot, FileEntry } from './entries.js';
import { SNAPSHOT_FORMAT } from './fingerprint.js';

export interface CorpusSnapshot {
  format: number;
  fingerprint: string;
  maxFileBytes: number;
  corpusHash: string;
  entries: FileEntry[];
  search: CorpusSearchSnapshot;
}

export interface SnapshotWanted {
  fingerprint: string;
  maxFileBytes: number;
  corpusHash: string;
}

export type SnapshotLookup = { snapshot: CorpusSnapshot; file: string; exact: boolean } | { snapshot: null; ignored?: string };

/** Snapshots kept per directory (the newest); older ones are deleted after each write. */
const KEEP = 3;
const NAME = /^ibid-([0-9a-f]{16})-([0-9a-f]{16})\.snapshot$/;

export function snapshotName(fingerprint: string, corpusHash: string): string {
  return `ibid-${fingerprint.slice(0, 16)}-${corpusHash.slice(0, 16)}.snapshot`;
}

/** Typed arrays read by v8.deserialize are views into the whole file's buffer: copy them out. */
function ownSearch(search: SearchIndexSnapshot): SearchIndexSnapshot {
  const own = { ...search };
  for (const key of SNAPSHOT_ARRAYS) own[key] = search[key].slice();
  return own;
}

function valid(value: unknown, wanted: Omit<SnapshotWanted, 'corpusHash'>): value is CorpusSnapshot {
  const s = value as Partial<CorpusSnapshot> | null;
  return (
    typeof s === 'object' && s !== null && s.format === SNAPSHOT_FORMAT && s.fingerprint === wanted.fingerprint && s.maxFileBytes === wanted.maxFileBytes &&
    typeof s.corpusHash === 'string' && Array.isArray(s.entries) && typeof s.search?.paragraphs === 'object' && typeof s.search.quotations === 'object'
  );
}

export async function readSnapshot(file: string, wanted: Omit<SnapshotWanted, 'corpusHash'>): Promise<CorpusSnapshot | string> {
  try {
    const value: unknown = deserialize(await readFile(file));
    if (!valid(value, wanted)) return `${path.basename(file)} is not a snapshot of this version of ibid`;
    return { ...value, search: { paragraphs: ownSearch(value.search.paragraphs), quotations: ownSearch(value.search.quotations) } };
  } catch (error) {
    return `${path.basename(file)} could not be read (${(error as Error).message})`;
  }
}

async function listSnapshots(dir: string): Promise<{ name: string; mtimeMs: number }[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const found = await Promise.all(
    names.filter((name) => NAME.test(name)).map(async (name) => ({ name, mtimeMs: (await stat(path.join(dir, name)).catch(() => null))?.mtimeMs ?? 0 })),
  );
  return found.sort((a, b) => b.mtimeMs - a.mtimeMs);
}

/** The snapshot of exactly this corpus, else the newest one made by this code (for its unchanged files). */
export async function findSnapshot(dir: string, wanted: SnapshotWanted): Promise<SnapshotLookup> {
  const exactName = snapshotName(wanted.fingerprint, wanted.corpusHash);
  const sameCode = (await listSnapshots(dir)).filter((entry) => entry.name.startsWith(`ibid-${wanted.fingerprint.slice(0, 16)}-`));
  const ordered = [...sameCode.filter((entry) => entry.name === exactName), ...sameCode.filter((entry) => entry.name !== exactName)];
  let ignored: string | undefined;
  for (const candidate of ordered.slice(0, 2)) {
    const file = path.join(dir, candidate.name);
    const read = await readSnapshot(file, wanted);
    if (typeof read === 'string') {
      ignored ??= read;
      continue;
    }
    return { snapshot: read, file, exact: read.corpusHash === wanted.corpusHash };
  }
  return { snapshot: null, ...(ignored ? { ignored } : {}) };
}

/** Writes atomically, then keeps only the newest few. Returns the file written. */
export async function writeSnapshot(dir: string, snapshot: CorpusSnapshot): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, snapshotName(snapshot.fingerprint, snapshot.corpusHash));
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, serialize(snapshot));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const all = await listSnapshots(dir);
  await Promise.all(all.filter((entry) => entry.name !== path.basename(file)).slice(KEEP - 1).map((entry) => rm(path.join(dir, entry.name), { force: true })));
  await removeAbandoned(dir);
  return file;
}

/** Temporary files left by a process that stopped mid-write (shutdown abandons a running reload). */
async function removeAbandoned(dir: string): Promise<void> {
  const hourAgo = Date.now() - 60 * 60_000;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith('ibid-') || !name.endsWith('.tmp')) continue;
    const info = await stat(path.join(dir, name)).catch(() => null);
    if (info && info.mtimeMs < hourAgo) await rm(path.join(dir, name), { force: true });
  }
}
