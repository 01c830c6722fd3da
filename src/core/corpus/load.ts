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

/** How many files are read at once. */
const CONCURRENCY = 8;

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

async function loadFile(dir: string, file: string, id: string, maxFileBytes: number): Promise<CorpusDocument | LoadProblem> {
  if (documentKind(file) === null) return { file, reason: 'unsupported-type', detail: 'only .md, .markdown and .txt files are read' };
  const absolute = path.join(dir, ...file.split('/'));
  try {
    // Size first, so an oversized file is never read into memory.
    const info = await stat(absolute);
    if (!info.isFile()) return { file, reason: 'unreadable', detail: 'not a regular file' };
    if (info.size > maxFileBytes) return tooLarge(file, info.size, maxFileBytes);
    const bytes = await readFile(absolute);
    return parseDocument(file, bytes, { maxFileBytes, id });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, reason: 'unreadable', detail: code ? `${code}: ${(error as Error).message}` : String(error) };
  }
}

/** Throws only when `dir` itself cannot be listed; every per-file failure is a problem in the result. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files = await listFiles(dir);
  const ids = assignDocIds(files.filter((file) => documentKind(file) !== null));
  const results: Array<CorpusDocument | LoadProblem> = new Array(files.length);
  for (let start = 0; start < files.length; start += CONCURRENCY) {
    const batch = files.slice(start, start + CONCURRENCY);
    const loaded = await Promise.all(batch.map((file) => loadFile(dir, file, ids.get(file) ?? '', maxFileBytes)));
    loaded.forEach((result, i) => (results[start + i] = result));
  }
  const documents: CorpusDocument[] = [];
  const problems: LoadProblem[] = [];
  for (const result of results) {
    if (isLoadProblem(result)) problems.push(result);
    else documents.push(result);
  }
  return { documents, problems };
}
