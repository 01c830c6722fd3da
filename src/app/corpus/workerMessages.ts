/** What the index worker and the main thread say to each other. */
import type { FileEntry } from './entries.js';
import type { IndexOutcome } from './indexer.js';

export type ToMain = { type: 'priors'; files: { file: string; id: string }[] } | { type: 'done'; outcome: IndexOutcome } | { type: 'failed'; message: string };

export type ToWorker = { type: 'priors'; entries: FileEntry[] };
