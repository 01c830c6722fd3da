/**
 * Turns a corpus directory into index parts: every file hashed, unchanged files taken from a
 * snapshot, the rest parsed and extracted, the search indexes built as plain data. Runs in a
 * worker thread for a server (indexWorker.ts) or inline for the terminal and tests.
 *
 * A snapshot holds what the disk holds. On top of it, a file that was a good document and is
 * bad now (half-written, broken) keeps the version already being served (`priorsFor`, asked of
 * whoever serves it): a reload never loses a document to a save in progress.
 */
import { paragraphText, quotationText } from '../../core/corpusIndex.js';
import { mapInBatches, READ_CONCURRENCY } from '../../core/corpus/load.js';
import { isLoadProblem, parseDocument } from '../../core/corpus/parseDocument.js';
import { extractFigures } from '../../core/extract/figures/index.js';
import { extractQuotations } from '../../core/extract/quotes/index.js';
import { searchSnapshot } from '../../core/search/snapshot.js';
import { entryKey, fileKey, partsOf, type CorpusSearchSnapshot, type FileEntry, type KnownEntry } from './entries.js';
import { corpusHash, hashCorpusFiles, readCorpusFile, type CorpusFile } from './files.js';
import { SNAPSHOT_FORMAT } from './fingerprint.js';
import { findSnapshot, writeSnapshot } from './snapshotStore.js';

export interface IndexJob {
  corpusDir: string;
  maxFileBytes: number;
  /**
   * Where snapshots are read and written, and the code fingerprint (fingerprint.ts) that names
   * them, computed once by the caller rather than in each job's thread; null: neither.
   */
  snapshots: { dir: string; fingerprint: string } | null;
  /** The hash of the corpus being served: an unchanged corpus ends the job early. */
  currentHash?: string;
  /** entryKey()s of entries the caller already holds: sent back as references, not copies. */
  known?: string[];
}

export interface IndexStats {
  /** exact: every entry came from a snapshot; partial: unchanged files did. */
  snapshot: 'exact' | 'partial' | 'none';
  reused: number;
  parsed: number;
  kept: number;
}

export interface IndexResult {
  unchanged: false;
  /** Hash of the corpus on disk (kept versions do not change it). */
  corpusHash: string;
  entries: Array<FileEntry | KnownEntry>;
  search: CorpusSearchSnapshot;
  stats: IndexStats;
  /** Why a snapshot was not used or not written (a warning; the index is fine). */
  snapshotNotes: string[];
}

export type IndexOutcome = IndexResult | { unchanged: true; corpusHash: string };

export interface IndexHooks {
  /** Runs after hashing, before parsing: tests change the corpus here, as a user might mid-reload. */
  afterHash?: () => Promise<void> | void;
  /** The entries now served for these files, where they are documents. */
  priorsFor?: (files: { file: string; id: string }[]) => Promise<FileEntry[]>;
}

function entryFor(f: CorpusFile, hash: string, result: FileEntry['result']): FileEntry {
  if (isLoadProblem(result)) return { file: f.file, id: f.id, hash, result, quotations: [], figures: [] };
  const quotations = extractQuotations(result);
  return { file: f.file, id: f.id, hash, result, quotations, figures: extractFigures(result, quotations) };
}

async function parseChanged(job: IndexJob, files: readonly CorpusFile[], cache: ReadonlyMap<string, FileEntry>, stats: IndexStats): Promise<FileEntry[]> {
  return mapInBatches(files, READ_CONCURRENCY, async (f) => {
    const cached = cache.get(entryKey(f));
    if (cached) {
      stats.reused++;
      return cached;
    }
    const read = await readCorpusFile(job.corpusDir, f.file, job.maxFileBytes);
    stats.parsed++;
    return entryFor(f, read.hash, read.ok ? parseDocument(f.file, read.bytes, { maxFileBytes: job.maxFileBytes, id: f.id }) : read.problem);
  });
}

/** Problem entries whose file is served as a document now become that document, marked kept. */
async function keepServed(entries: FileEntry[], hooks: IndexHooks): Promise<{ served: FileEntry[]; kept: number }> {
  const bad = entries.filter((entry) => isLoadProblem(entry.result) && entry.result.reason !== 'unsupported-type');
  if (bad.length === 0 || !hooks.priorsFor) return { served: entries, kept: 0 };
  const priors = new Map((await hooks.priorsFor(bad.map(({ file, id }) => ({ file, id })))).map((prior) => [fileKey(prior), prior]));
  let kept = 0;
  const served = entries.map((entry) => {
    const prior = priors.get(fileKey(entry));
    if (!prior || isLoadProblem(prior.result) || !isLoadProblem(entry.result)) return entry;
    kept++;
    return { ...prior, hash: entry.hash, kept: entry.result };
  });
  return { served, kept };
}

function buildSearch(entries: readonly FileEntry[]): CorpusSearchSnapshot {
  const parts = partsOf(entries);
  return { paragraphs: searchSnapshot(parts.documents.flatMap((doc) => doc.paragraphs), paragraphText), quotations: searchSnapshot(parts.quotations, quotationText) };
}

export async function indexCorpus(job: IndexJob, hooks: IndexHooks = {}): Promise<IndexOutcome> {
  const stats: IndexStats = { snapshot: 'none', reused: 0, parsed: 0, kept: 0 };
  const notes: string[] = [];
  const files = await hashCorpusFiles(job.corpusDir, job.maxFileBytes);
  const diskHash = corpusHash(files);
  if (job.currentHash === diskHash) return { unchanged: true, corpusHash: diskHash };

  const { snapshots } = job;
  const found = snapshots ? await findSnapshot(snapshots.dir, { fingerprint: snapshots.fingerprint, maxFileBytes: job.maxFileBytes, corpusHash: diskHash }) : { snapshot: null };
  if ('ignored' in found && found.ignored) notes.push(`snapshot ignored: ${found.ignored}`);

  let entries: FileEntry[];
  let search: CorpusSearchSnapshot;
  let hash = diskHash;
  if (found.snapshot?.corpusHash === diskHash) {
    stats.snapshot = 'exact';
    stats.reused = found.snapshot.entries.length;
    entries = found.snapshot.entries;
    search = found.snapshot.search;
  } else {
    if (found.snapshot) stats.snapshot = 'partial';
    const cache = new Map((found.snapshot?.entries ?? []).map((entry) => [entryKey(entry), entry]));
    await hooks.afterHash?.();
    entries = await parseChanged(job, files, cache, stats);
    search = buildSearch(entries);
    // The bytes actually parsed: a file edited since hashing counts as it was read.
    hash = corpusHash(entries);
    if (snapshots) {
      await writeSnapshot(snapshots.dir, { format: SNAPSHOT_FORMAT, fingerprint: snapshots.fingerprint, maxFileBytes: job.maxFileBytes, corpusHash: hash, entries, search }).catch((error: Error) =>
        notes.push(`snapshot not written to ${snapshots.dir}: ${error.message}`),
      );
    }
  }

  const { served, kept } = await keepServed(entries, hooks);
  stats.kept = kept;
  if (kept > 0) search = buildSearch(served);
  const known = new Set(job.known ?? []);
  const shipped = served.map((entry) => (!entry.kept && known.has(entryKey(entry)) ? { known: entryKey(entry) } : entry));
  return { unchanged: false, corpusHash: hash, entries: shipped, search, stats, snapshotNotes: notes };
}
