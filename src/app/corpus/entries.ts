/**
 * The indexer's unit of work and of caching: one file, what it became (a document or a problem)
 * and what extraction found in it. Entries are plain data, so they cross a thread boundary and
 * go into a snapshot as they are.
 */
import type { ExtractedCorpus } from '../../core/corpusIndex.js';
import { isLoadProblem } from '../../core/corpus/parseDocument.js';
import type { CorpusDocument, LoadProblem } from '../../core/corpus/types.js';
import type { Figure, Quotation } from '../../core/extract/types.js';
import type { SearchIndexSnapshot } from '../../core/search/snapshot.js';

export interface FileEntry {
  file: string;
  id: string;
  /** Hash of the file as it is on disk (see files.ts). */
  hash: string;
  result: CorpusDocument | LoadProblem;
  quotations: Quotation[];
  figures: Figure[];
  /**
   * The file is bad now (half-written, broken) but was a good document before: `result` is that
   * earlier version, still served, and this is why the new one was refused.
   */
  kept?: LoadProblem;
}

/** Stands for an entry the receiver already holds (same file, id and hash): not copied across threads. */
export interface KnownEntry {
  known: string;
}

/** One file under one document id, whatever its contents. */
export function fileKey(entry: Pick<FileEntry, 'file' | 'id'>): string {
  return `${entry.file}\0${entry.id}`;
}

/** One file under one document id with exactly these contents. */
export function entryKey(entry: Pick<FileEntry, 'file' | 'id' | 'hash'>): string {
  return `${fileKey(entry)}\0${entry.hash}`;
}

export function isKnownEntry(entry: FileEntry | KnownEntry): entry is KnownEntry {
  return 'known' in entry;
}

export interface CorpusSearchSnapshot {
  paragraphs: SearchIndexSnapshot;
  quotations: SearchIndexSnapshot;
}

/** A document whose newer version was refused is both served and reported. */
export function keptProblem(kept: LoadProblem): LoadProblem {
  return { ...kept, detail: `${kept.detail}; the last good version is still served` };
}

/** Entries (in file order) as the parts of a corpus index. */
export function partsOf(entries: readonly FileEntry[]): ExtractedCorpus {
  const parts: ExtractedCorpus = { documents: [], problems: [], quotations: [], figures: [] };
  for (const entry of entries) {
    if (isLoadProblem(entry.result)) {
      parts.problems.push(entry.result);
      continue;
    }
    parts.documents.push(entry.result);
    if (entry.kept) parts.problems.push(keptProblem(entry.kept));
    for (const quotation of entry.quotations) parts.quotations.push(quotation);
    for (const figure of entry.figures) parts.figures.push(figure);
  }
  return parts;
}
