/**
 * Loads every document under a corpus directory. A bad file becomes a LoadProblem and the rest
 * still loads; hidden files and directories are ignored.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusDocument, LoadedCorpus, LoadProblem } from './types.js';
import { assignDocIds } from './docId.js';
import { DEFAULT_MAX_FILE_BYTES, documentKind, isLoadProblem, parseDocument, tooLarge } from './parseDocument.js';

export interface LoadOptions {
  /** Files larger than this are refused without being read (default 10 MiB). */
  maxFileBytes?: number;
}

/** How many files are read at once (the loader's and the server indexer's reads alike). */
export const READ_CONCURRENCY = 8;

/** `f` over `items`, a batch of `size` at a time, the results in item order. */
export async function mapInBatches<T, R>(items: readonly T[], size: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += size) out.push(...(await Promise.all(items.slice(start, start + size).map((item) => f(item)))));
  return out;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Relative paths ("/"-separated) of the visible files under `dir`, sorted. Symlinked directories are followed once. */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const visited = new Set<string>();
  const walk = async (absolute: string, relative: string): Promise<void> => {
    const real = await realpath(absolute);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(absolute, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const childAbsolute = path.join(absolute, entry.name);
      const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(childAbsolute).catch(() => null))?.isDirectory());
      if (isDirectory) await walk(childAbsolute, childRelative);
      else files.push(childRelative);
    }
  };
  await walk(dir, '');
  return files.sort(byCodePoint);
}

/**
 * What reading one file gave: its bytes, or the problem that stops it loading with `cause`, a
 * short token for what decided it (the same cause gives the same token, e.g. `too-large:<size>`).
 */
export type DocumentRead = { ok: true; bytes: Buffer } | { ok: false; cause: string; problem: LoadProblem };

function unreadable(file: string, error: unknown): LoadProblem {
  const code = (error as NodeJS.ErrnoException).code;
  return { file, reason: 'unreadable', detail: code ? `${code}: ${(error as Error).message}` : String(error) };
}

/** Reads one corpus file, size first, so an oversized file is never read into memory. */
export async function readDocumentFile(dir: string, file: string, maxFileBytes: number): Promise<DocumentRead> {
  if (documentKind(file) === null) return { ok: false, cause: 'unsupported', problem: { file, reason: 'unsupported-type', detail: 'only .md, .markdown and .txt files are read' } };
  const absolute = path.join(dir, ...file.split('/'));
  try {
    const info = await stat(absolute);
    if (!info.isFile()) return { ok: false, cause: 'not-a-file', problem: { file, reason: 'unreadable', detail: 'not a regular file' } };
    if (info.size > maxFileBytes) return { ok: false, cause: `too-large:${info.size}`, problem: tooLarge(file, info.size, maxFileBytes) };
    return { ok: true, bytes: await readFile(absolute) };
  } catch (error) {
    return { ok: false, cause: `unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}`, problem: unreadable(file, error) };
  }
}

async function loadFile(dir: string, file: string, id: string, maxFileBytes: number): Promise<CorpusDocument | LoadProblem> {
  const read = await readDocumentFile(dir, file, maxFileBytes);
  if (!read.ok) return read.problem;
  try {
    return parseDocument(file, read.bytes, { maxFileBytes, id });
  } catch (error) {
    // A file the parser fails on is that file's problem, like one that cannot be read.
    return unreadable(file, error);
  }
}

/** Throws only when `dir` itself cannot be listed; every per-file failure is a problem in the result. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files = await listFiles(dir);
  const ids = assignDocIds(files.filter((file) => documentKind(file) !== null));
  const results = await mapInBatches(files, READ_CONCURRENCY, (file) => loadFile(dir, file, ids.get(file) ?? '', maxFileBytes));
  const documents: CorpusDocument[] = [];
  const problems: LoadProblem[] = [];
  for (const result of results) {
    if (isLoadProblem(result)) problems.push(result);
    else documents.push(result);
  }
  return { documents, problems };
}
