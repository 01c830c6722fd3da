/** Timing, memory and top-1 scoring of one engine on one paragraph set. */
import { performance } from 'node:perf_hooks';
import type { BenchEngine, Searcher } from './engines.js';
import type { Paragraph } from './datasets.js';
import { settledMemory } from './memory.js';
import { percentile } from './percentile.js';
import type { Query } from './queries.js';
import { containsWords, type Truth } from './truth.js';

const MB = 1024 * 1024;

export interface BuildFigures {
  searcher: Searcher;
  buildMs: number;
  /** Growth of the JS heap plus array buffers (typed arrays live outside the heap). */
  memoryMB: number;
  rssMB: number;
}

export function measureBuild(engine: BenchEngine, paragraphs: readonly Paragraph[]): BuildFigures {
  const texts = paragraphs.map((p) => p.text);
  const before = settledMemory();
  const t0 = performance.now();
  const searcher = engine.build(texts);
  const buildMs = performance.now() - t0;
  const after = settledMemory();
  const memoryMB = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / MB;
  return { searcher, buildMs, memoryMB, rssMB: (after.rss - before.rss) / MB };
}

export interface KindFigures {
  queries: number;
  medianMs: number;
  p99Ms: number;
  /** The same over each query's best of `repeats` passes: barely inflated when other processes take the cores. */
  bestOfMedianMs: number;
  bestOfP99Ms: number;
  repeats: number;
  /**
   * % of queries whose first hit is right: the source paragraph, an identical duplicate, or any
   * paragraph containing the untouched fragment word for word (a citation as good as the source's).
   */
  top1: number;
  /** % whose first hit is the source paragraph or an identical duplicate, nothing else. */
  top1Source: number;
  /** The time budget ran out before all queries were run. */
  cut: boolean;
}

/**
 * Times each query once as a user would meet it (wall clock, first pass), then `repeats - 1` more
 * passes over the whole list; each query's best pass gives a figure that other processes on a
 * shared machine barely inflate. Passes go over the whole list so no query runs twice in a row.
 */
export function measureQueries(
  searcher: Searcher,
  queries: readonly Query[],
  paragraphs: readonly Paragraph[],
  truth: Truth,
  budgetMs: number,
  repeats: number,
): KindFigures {
  // Start from a collected heap so one kind does not pay for the previous kind's garbage.
  settledMemory();
  const times: number[] = [];
  let strict = 0;
  let lenient = 0;
  const started = performance.now();
  for (const q of queries) {
    if (times.length > 0 && performance.now() - started > budgetMs) break;
    const t0 = performance.now();
    const hit = searcher.top(q.text);
    times.push(performance.now() - t0);
    const same = hit !== undefined && truth.duplicateGroup[hit] === truth.duplicateGroup[q.source];
    if (same) strict++;
    if (same || (hit !== undefined && containsWords((paragraphs[hit] as Paragraph).text, q.clean))) lenient++;
  }
  const n = times.length;
  const best = times.slice();
  for (let pass = 1; pass < repeats; pass++) {
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      searcher.top((queries[i] as Query).text);
      best[i] = Math.min(best[i] as number, performance.now() - t0);
    }
  }
  const ascending = (a: number, b: number): number => a - b;
  times.sort(ascending);
  best.sort(ascending);
  return {
    queries: n,
    medianMs: percentile(times, 50),
    p99Ms: percentile(times, 99),
    bestOfMedianMs: percentile(best, 50),
    bestOfP99Ms: percentile(best, 99),
    repeats,
    top1: (100 * lenient) / n,
    top1Source: (100 * strict) / n,
    cut: n < queries.length,
  };
}

/** A few untimed searches so the JIT has compiled the hot paths before timing starts. */
export function warmUp(searcher: Searcher, queries: readonly Query[]): void {
  for (const q of queries) searcher.top(q.text);
}
