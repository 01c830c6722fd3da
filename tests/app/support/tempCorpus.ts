/** A corpus directory in the system's temp dir, for tests that change it under a running index. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEED_CORPUS_DIR } from '../../support/seedCorpus.js';

export interface TempCorpus {
  dir: string;
  /** A sibling directory for snapshots. */
  snapshots: string;
  write(file: string, content: string | Uint8Array): void;
  remove(file: string): void;
  cleanup(): void;
}

/** `seed`: start from a copy of the bundled corpus. */
export function tempCorpus(files: Record<string, string | Uint8Array> = {}, options: { seed?: boolean } = {}): TempCorpus {
  const root = mkdtempSync(path.join(tmpdir(), 'ibid-corpus-'));
  const dir = path.join(root, 'corpus');
  if (options.seed) cpSync(SEED_CORPUS_DIR, dir, { recursive: true });
  else mkdirSync(dir);
  const corpus: TempCorpus = {
    dir,
    snapshots: path.join(root, 'snapshots'),
    write(file, content) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    },
    remove(file) {
      rmSync(path.join(dir, file), { force: true });
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  for (const [file, content] of Object.entries(files)) corpus.write(file, content);
  return corpus;
}

/** A small document with front matter and a few distinctive paragraphs. */
export function article(title: string, ...paragraphs: string[]): string {
  return `---\ntitle: ${title}\nauthor: Test Writer\ndate: 2024-03-01\n---\n\n${paragraphs.join('\n\n')}\n`;
}
