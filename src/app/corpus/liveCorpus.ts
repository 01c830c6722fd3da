/**
 * The corpus while ibid runs: indexed at start (from a snapshot when one matches), re-indexed in
 * the background on request, and swapped whole into the bot only when the new index is sound.
 * A reload that cannot be trusted keeps the old index and logs exactly why.
 */
import { stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { CorpusIndex } from '../../core/corpusIndex.js';
import { DEFAULT_MAX_FILE_BYTES, isLoadProblem } from '../../core/corpus/parseDocument.js';
import { corpusIndexFrom } from './assemble.js';
import { entryKey, fileKey, isKnownEntry, type FileEntry } from './entries.js';
import { codeFingerprint } from './fingerprint.js';
import type { IndexHooks, IndexResult } from './indexer.js';
import { logIndexed, logNewProblems, logReloaded } from './reloadLog.js';
import { runIndexJob } from './runIndexJob.js';

export class CorpusDirectoryError extends Error {}

export interface LiveCorpusOptions {
  dir: string;
  logger: Logger;
  snapshotDir: string | null;
  maxFileBytes?: number;
  /** Index in a worker thread (servers) or on the main thread (terminal, tests). */
  worker: boolean;
  /** Called with each new index, e.g. bot.replaceCorpus. */
  onSwap?: (index: CorpusIndex) => void;
  /** Tests only: runs inside an inline job between hashing and parsing. */
  afterHash?: IndexHooks['afterHash'];
}

export type ReloadReport =
  | { status: 'swapped'; documents: number; added: string[]; removed: string[]; changed: string[]; kept: string[] }
  | { status: 'unchanged' }
  | { status: 'failed'; reason: string };

export class LiveCorpus {
  private entries: FileEntry[] = [];
  private hash = '';
  private current: CorpusIndex | null = null;
  private running: Promise<ReloadReport> | null = null;
  private again = false;
  private readonly log: Logger;

  constructor(private readonly options: LiveCorpusOptions) {
    this.log = options.logger.child({ corpus: options.dir });
  }

  get index(): CorpusIndex | null {
    return this.current;
  }

  get ready(): boolean {
    return this.current !== null;
  }

  private get maxFileBytes(): number {
    return this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  }

  private async checkDirectory(): Promise<void> {
    const info = await stat(this.options.dir).catch(() => null);
    if (!info?.isDirectory()) throw new CorpusDirectoryError(`The corpus directory "${this.options.dir}" does not exist or is not a directory.`);
  }

  private async job(withCurrent: boolean) {
    const known = withCurrent ? this.entries.filter((entry) => !entry.kept).map(entryKey) : [];
    const hooks: IndexHooks = { priorsFor: async (files) => this.priorsFor(files), ...(this.options.afterHash ? { afterHash: this.options.afterHash } : {}) };
    const { snapshotDir } = this.options;
    // Hashed here, once per process: each worker-thread job would otherwise hash src/core again.
    const snapshots = snapshotDir ? { dir: snapshotDir, fingerprint: await codeFingerprint() } : null;
    return runIndexJob(
      { corpusDir: this.options.dir, maxFileBytes: this.maxFileBytes, snapshots, ...(withCurrent ? { currentHash: this.hash, known } : {}) },
      { worker: this.options.worker, hooks },
    );
  }

  private priorsFor(files: { file: string; id: string }[]): FileEntry[] {
    const wanted = new Set(files.map(fileKey));
    return this.entries.filter((entry) => wanted.has(fileKey(entry)));
  }

  /** Entries sent as references resolve to the ones already held. */
  private resolve(result: IndexResult): FileEntry[] {
    const held = new Map(this.entries.map((entry) => [entryKey(entry), entry]));
    return result.entries.map((entry) => {
      if (!isKnownEntry(entry)) return entry;
      const found = held.get(entry.known);
      if (!found) throw new Error(`the indexer referred to an entry that is not held (${entry.known.split('\0')[0]})`);
      return found;
    });
  }

  private install(result: IndexResult, entries: FileEntry[] = this.resolve(result)): CorpusIndex {
    const index = corpusIndexFrom(entries, result.search);
    this.entries = entries;
    this.hash = result.corpusHash;
    this.current = index;
    this.options.onSwap?.(index);
    return index;
  }

  /** The first index. Throws CorpusDirectoryError when the directory is missing. */
  async start(): Promise<CorpusIndex> {
    await this.checkDirectory();
    const started = performance.now();
    const outcome = await this.job(false);
    if (outcome.unchanged) throw new Error('the first index job cannot find the corpus unchanged');
    for (const note of outcome.snapshotNotes) this.log.warn(note);
    const index = this.install(outcome);
    logIndexed(this.log, index, outcome.stats, performance.now() - started);
    logNewProblems(this.log, [], this.entries);
    return index;
  }

  /**
   * Re-indexes in the background and swaps when sound. Calls made while one runs are folded into
   * one more run after it, so a burst of saves costs at most two.
   */
  reload(why = 'requested'): Promise<ReloadReport> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async (): Promise<ReloadReport> => {
      let report = await this.reloadOnce(why);
      while (this.again) {
        this.again = false;
        report = await this.reloadOnce('changed during the last reload');
      }
      return report;
    };
    this.running = run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Resolves when no reload is running (for shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  private fail(reason: string): ReloadReport {
    this.log.error({ reason, documents: this.current?.documents.length ?? 0 }, `corpus reload failed: ${reason}; still serving the previous index`);
    return { status: 'failed', reason };
  }

  private async reloadOnce(why: string): Promise<ReloadReport> {
    if (!this.current) return this.fail('the corpus was never indexed');
    const started = performance.now();
    try {
      await this.checkDirectory();
    } catch (error) {
      return this.fail((error as Error).message);
    }
    let outcome;
    try {
      outcome = await this.job(true);
    } catch (error) {
      return this.fail((error as Error).message);
    }
    if (outcome.unchanged) {
      this.log.debug({ why }, 'corpus unchanged');
      return { status: 'unchanged' };
    }
    for (const note of outcome.snapshotNotes) this.log.warn(note);
    const before = this.entries;
    let index: CorpusIndex;
    try {
      const entries = this.resolve(outcome);
      if (this.current.documents.length > 0 && !entries.some((entry) => !isLoadProblem(entry.result))) {
        return this.fail(`the corpus directory has no readable documents now (it had ${this.current.documents.length}); if that is intended, restart ibid`);
      }
      index = this.install(outcome, entries);
    } catch (error) {
      return this.fail(`the new index could not be assembled: ${(error as Error).message}`);
    }
    const report = logReloaded(this.log, before, this.entries, index, outcome.stats, performance.now() - started, why);
    logNewProblems(this.log, before, this.entries);
    return report;
  }
}
