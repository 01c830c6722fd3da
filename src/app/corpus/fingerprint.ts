/**
 * A fingerprint of the code that turns files into an index (src/core, or dist/core once built).
 * A snapshot made by other code is never trusted: a parser fix must reach every document, even
 * when the version number did not move.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './files.js';

/** Bumped when the snapshot's layout changes. */
export const SNAPSHOT_FORMAT = 1;

const CORE_DIR = fileURLToPath(new URL('../../core/', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(full)));
    else if (/\.(?:ts|js|json)$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Once per process: LiveCorpus asks on the main thread and hands it to each index job. */
let cached: Promise<string> | undefined;

export function codeFingerprint(coreDir: string = CORE_DIR): Promise<string> {
  if (coreDir !== CORE_DIR) return computeFingerprint(coreDir);
  cached ??= computeFingerprint(coreDir);
  return cached;
}

async function computeFingerprint(coreDir: string): Promise<string> {
  const parts = [`format ${SNAPSHOT_FORMAT}`, `v8 ${process.versions.v8}`];
  for (const file of await sourceFiles(coreDir)) parts.push(`${path.relative(coreDir, file)}\0${sha256(await readFile(file))}`);
  return sha256(parts.join('\n'));
}
