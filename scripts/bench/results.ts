/** The figures one bench run produces (also what --json prints). */
import type { KindFigures } from './measure.js';
import type { QueryKind } from './queries.js';

export interface DatasetFigures {
  paragraphs: number;
  realParagraphs: number;
  syntheticParagraphs: number;
  words: number;
  distinctWords: number;
  meanWordsPerParagraph: number;
  /** Paragraphs whose normalised text equals an earlier paragraph's. */
  duplicateParagraphs: number;
  /** How many paragraphs, on average, each sentence used appears in. */
  paragraphsPerSentence: number;
  /** Per kind, % of queries whose untouched fragment is also word for word in another paragraph. */
  ambiguousQueries: Record<QueryKind, number>;
}

export interface EngineFigures {
  paragraphs: number;
  engine: string;
  /** "missing": the engine could not be loaded; "failed": it threw. */
  status: 'measured' | 'missing' | 'failed';
  note?: string;
  buildMs?: number;
  memoryMB?: number;
  rssMB?: number;
  queriesRequested?: number;
  kinds?: Record<QueryKind, KindFigures>;
}

export interface MachineFigures {
  cores: number;
  /** One-minute load average when the run started and ended; above `cores`, wall-clock tails are inflated. */
  loadStart: number;
  loadEnd: number;
}

export interface BenchResults {
  seed: number;
  machine: MachineFigures;
  queriesPerKind: number;
  gcAvailable: boolean;
  datasets: DatasetFigures[];
  runs: EngineFigures[];
}
