/** What indexing and reloading say in the log: counts at info, each bad file named in a warning. */
import type { Logger } from 'pino';
import type { CorpusIndex } from '../../core/corpusIndex.js';
import { isLoadProblem } from '../../core/corpus/parseDocument.js';
import type { FileEntry } from './entries.js';
import type { IndexStats } from './indexer.js';

const ms = (value: number) => Math.round(value);

function counts(index: CorpusIndex) {
  return { documents: index.documents.length, paragraphs: index.paragraphs.length, quotations: index.quotations.length, figures: index.figures.length, problems: index.problems.length };
}

export function logIndexed(log: Logger, index: CorpusIndex, stats: IndexStats, elapsed: number): void {
  log.info({ ...counts(index), ms: ms(elapsed), snapshot: stats.snapshot, reused: stats.reused, parsed: stats.parsed }, 'corpus indexed');
}

const problemKey = (entry: FileEntry) => (entry.kept ? `kept\0${entry.kept.reason}\0${entry.kept.detail}` : isLoadProblem(entry.result) ? `bad\0${entry.result.reason}\0${entry.result.detail}` : 'ok');

/** One warning per file that is bad now and was not bad in the same way before. */
export function logNewProblems(log: Logger, before: readonly FileEntry[], after: readonly FileEntry[]): void {
  const previous = new Map(before.map((entry) => [entry.file, problemKey(entry)]));
  for (const entry of after) {
    const key = problemKey(entry);
    if (key === 'ok' || previous.get(entry.file) === key) continue;
    if (entry.kept) {
      log.warn({ file: entry.file, reason: entry.kept.reason, detail: entry.kept.detail }, `${entry.file} could not be reloaded: ${entry.kept.detail}; still serving its last good version`);
    } else if (isLoadProblem(entry.result)) {
      const { file, reason, detail } = entry.result;
      log.warn({ file, reason, detail }, `skipped ${file}: ${detail}`);
    }
  }
}

export function logReloaded(log: Logger, before: readonly FileEntry[], after: readonly FileEntry[], index: CorpusIndex, stats: IndexStats, elapsed: number, why: string) {
  const docs = (entries: readonly FileEntry[]) => new Map(entries.filter((entry) => !isLoadProblem(entry.result)).map((entry) => [entry.id, entry.hash]));
  const old = docs(before);
  const now = docs(after);
  const added = [...now.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !now.has(id));
  const keptEntries = after.filter((entry) => entry.kept);
  const keptIds = new Set(keptEntries.map((entry) => entry.id));
  const changed = [...now].filter(([id, hash]) => old.has(id) && old.get(id) !== hash && !keptIds.has(id)).map(([id]) => id);
  const kept = keptEntries.map((entry) => entry.file);
  log.info({ ...counts(index), ms: ms(elapsed), why, added: added.length, removed: removed.length, changed: changed.length, kept: kept.length, reused: stats.reused, parsed: stats.parsed }, 'corpus reloaded');
  return { status: 'swapped' as const, documents: index.documents.length, added, removed, changed, kept };
}
