/**
 * The corpus files as the indexer sees them: each file's id and a hash of what it holds. The
 * hash is of the bytes (names, sizes and mtimes miss an edit that keeps the size within the same
 * second, or a copy that preserves mtimes). Files the loader would never read (wrong type, over
 * the size limit) are hashed by what decides their fate, so they are never read either.
 */
import { createHash } from 'node:crypto';
import { assignDocIds } from '../../core/corpus/docId.js';
import { listFiles, mapInBatches, READ_CONCURRENCY, readDocumentFile } from '../../core/corpus/load.js';
import { documentKind } from '../../core/corpus/parseDocument.js';
import type { LoadProblem } from '../../core/corpus/types.js';

export interface CorpusFile {
  file: string;
  /** The document id the file gets (unique across the corpus); '' for files that are not documents. */
  id: string;
  /** sha256 of the bytes, or a marker saying why the bytes do not matter. */
  hash: string;
}

/** What reading one file gave: its bytes and their hash, or the problem that stops it loading. */
export type FileRead = { ok: true; hash: string; bytes: Buffer } | { ok: false; hash: string; problem: LoadProblem };

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Reads one file as the core loader does, keeping its hash (for a file not read, what decided that). */
export async function readCorpusFile(dir: string, file: string, maxFileBytes: number): Promise<FileRead> {
  const read = await readDocumentFile(dir, file, maxFileBytes);
  return read.ok ? { ok: true, hash: sha256(read.bytes), bytes: read.bytes } : { ok: false, hash: read.cause, problem: read.problem };
}

/** Every visible file under `dir` with its id and content hash, in the loader's order. */
export async function hashCorpusFiles(dir: string, maxFileBytes: number): Promise<CorpusFile[]> {
  const files = await listFiles(dir);
  const ids = assignDocIds(files.filter((file) => documentKind(file) !== null));
  return mapInBatches(files, READ_CONCURRENCY, async (file) => ({ file, id: ids.get(file) ?? '', hash: (await readCorpusFile(dir, file, maxFileBytes)).hash }));
}

/** One hash for the whole corpus: names, ids and contents, in order. */
export function corpusHash(files: readonly Pick<CorpusFile, 'file' | 'id' | 'hash'>[]): string {
  const hash = createHash('sha256');
  for (const { file, id, hash: fileHash } of files) hash.update(`${file}\0${id}\0${fileHash}\n`);
  return hash.digest('hex');
}
