/**
 * The corpus files as the indexer sees them: each file's id and a hash of what it holds. The
 * hash is of the bytes (names, sizes and mtimes miss an edit that keeps the size within the same
 * second, or a copy that preserves mtimes). Files the loader would never read (wrong type, over
 * the size limit) are hashed by what decides their fate, so they are never read either.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { assignDocIds } from '../../core/corpus/docId.js';
import { listFiles } from '../../core/corpus/load.js';
import { documentKind, tooLarge } from '../../core/corpus/parseDocument.js';
import type { LoadProblem } from '../../core/corpus/types.js';

/** How many files are read at once, as in the core loader. */
const CONCURRENCY = 8;

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

/** Reads one file the way the core loader does (size checked first), keeping its hash. */
export async function readCorpusFile(dir: string, file: string, maxFileBytes: number): Promise<FileRead> {
  if (documentKind(file) === null) return { ok: false, hash: 'unsupported', problem: { file, reason: 'unsupported-type', detail: 'only .md, .markdown and .txt files are read' } };
  const absolute = path.join(dir, ...file.split('/'));
  try {
    const info = await stat(absolute);
    if (!info.isFile()) return { ok: false, hash: 'not-a-file', problem: { file, reason: 'unreadable', detail: 'not a regular file' } };
    if (info.size > maxFileBytes) return { ok: false, hash: `too-large:${info.size}`, problem: tooLarge(file, info.size, maxFileBytes) };
    const bytes = await readFile(absolute);
    return { ok: true, hash: sha256(bytes), bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code ? `${code}: ${(error as Error).message}` : String(error);
    return { ok: false, hash: `unreadable:${code ?? 'error'}`, problem: { file, reason: 'unreadable', detail } };
  }
}

/** Every visible file under `dir` with its id and content hash, in the loader's order. */
export async function hashCorpusFiles(dir: string, maxFileBytes: number): Promise<CorpusFile[]> {
  const files = await listFiles(dir);
  const ids = assignDocIds(files.filter((file) => documentKind(file) !== null));
  const out: CorpusFile[] = new Array(files.length);
  for (let start = 0; start < files.length; start += CONCURRENCY) {
    const batch = files.slice(start, start + CONCURRENCY);
    const reads = await Promise.all(batch.map((file) => readCorpusFile(dir, file, maxFileBytes)));
    reads.forEach((read, i) => {
      const file = batch[i]!;
      out[start + i] = { file, id: ids.get(file) ?? '', hash: read.hash };
    });
  }
  return out;
}

/** One hash for the whole corpus: names, ids and contents, in order. */
export function corpusHash(files: readonly Pick<CorpusFile, 'file' | 'id' | 'hash'>[]): string {
  const hash = createHash('sha256');
  for (const { file, id, hash: fileHash } of files) hash.update(`${file}\0${id}\0${fileHash}\n`);
  return hash.digest('hex');
}
