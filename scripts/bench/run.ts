/** Runs every engine over one paragraph set and returns the figures. */
import type { Paragraph } from './datasets.js';
import type { BenchEngine, EngineLoad } from './engines.js';
import { measureBuild, measureQueries, warmUp, type KindFigures } from './measure.js';
import { generateQueries, QUERY_KINDS, type Query, type QueryKind } from './queries.js';
import { seededRng } from './random.js';
import type { DatasetFigures, EngineFigures } from './results.js';
import { buildTruth, type Truth } from './truth.js';

/** Per query kind: the engine gets all its queries; fuse.js only what fits in its budget. */
const ENGINE_BUDGET_MS = 60_000;
const BASELINE_BUDGET_MS = 15_000;
/**
 * fuse.js scans every paragraph with a bit-parallel fuzzy matcher: ~0.2–0.6 s per query at 1,000
 * paragraphs here, ten times that at 10,000. From this size one query takes tens of seconds.
 */
export const BASELINE_SKIP_FROM = 50_000;
const WARM_UP_QUERIES = 10;
/** Passes over the engine's queries (the first is the reported wall-clock one); fuse.js gets one. */
const ENGINE_PASSES = 3;

export interface SizeContext {
  paragraphs: Paragraph[];
  truth: Truth;
  queries: Record<QueryKind, Query[]>;
  warmUp: Query[];
}

export function prepareSize(paragraphs: Paragraph[], queriesPerKind: number, seed: number): SizeContext {
  const truth = buildTruth(paragraphs);
  const queries = {} as Record<QueryKind, Query[]>;
  const warm: Query[] = [];
  QUERY_KINDS.forEach((kind, k) => {
    const rng = seededRng(seed * 7919 + paragraphs.length * 31 + k);
    queries[kind] = generateQueries(paragraphs, truth, kind, queriesPerKind, rng);
    warm.push(...generateQueries(paragraphs, truth, kind, WARM_UP_QUERIES, seededRng(rng.int(1, 2 ** 31))));
  });
  return { paragraphs, truth, queries, warmUp: warm };
}

export function datasetFigures(ctx: SizeContext): DatasetFigures {
  const { paragraphs, truth } = ctx;
  const synthetic = paragraphs.filter((p) => p.synthetic).length;
  const sentenceUses = paragraphs.reduce((n, p) => n + new Set(p.sentenceIds).size, 0);
  return {
    paragraphs: paragraphs.length,
    realParagraphs: paragraphs.length - synthetic,
    syntheticParagraphs: synthetic,
    words: truth.totalWords,
    distinctWords: truth.distinctWords,
    meanWordsPerParagraph: truth.totalWords / paragraphs.length,
    duplicateParagraphs: truth.duplicateParagraphs,
    paragraphsPerSentence: sentenceUses / truth.paragraphsWithSentence.size,
    ambiguousQueries: Object.fromEntries(
      QUERY_KINDS.map((k) => [k, (100 * ctx.queries[k].filter((q) => q.ambiguous).length) / ctx.queries[k].length]),
    ) as Record<QueryKind, number>,
  };
}

function runEngine(engine: BenchEngine, ctx: SizeContext, baseline: boolean, log: (line: string) => void): EngineFigures {
  const size = ctx.paragraphs.length;
  const budget = baseline ? BASELINE_BUDGET_MS : ENGINE_BUDGET_MS;
  const base: EngineFigures = { paragraphs: size, engine: engine.name, status: 'measured', queriesRequested: ctx.queries.exact.length };
  try {
    log(`  ${engine.name}: building…`);
    const built = measureBuild(engine, ctx.paragraphs);
    log(`  ${engine.name}: built in ${built.buildMs.toFixed(0)} ms, +${built.memoryMB.toFixed(1)} MB; searching…`);
    // One warm-up query per kind is plenty for a scan that takes tenths of a second per query.
    warmUp(built.searcher, baseline ? ctx.warmUp.filter((_, i) => i % WARM_UP_QUERIES === 0) : ctx.warmUp);
    const kinds = {} as Record<QueryKind, KindFigures>;
    for (const kind of QUERY_KINDS) {
      kinds[kind] = measureQueries(built.searcher, ctx.queries[kind], ctx.paragraphs, ctx.truth, budget, baseline ? 1 : ENGINE_PASSES);
    }
    const note = QUERY_KINDS.some((k) => kinds[k].cut) ? `each kind stopped after its ${budget / 1000} s budget` : undefined;
    return { ...base, buildMs: built.buildMs, memoryMB: built.memoryMB, rssMB: built.rssMB, kinds, ...(note ? { note } : {}) };
  } catch (error) {
    return { ...base, status: 'failed', note: (error as Error).stack?.split('\n').slice(0, 3).join(' ') ?? String(error) };
  }
}

export function runSize(
  ctx: SizeContext,
  ibid: EngineLoad,
  baseline: BenchEngine | undefined,
  log: (line: string) => void,
): EngineFigures[] {
  const runs: EngineFigures[] = [];
  if ('engine' in ibid) runs.push(runEngine(ibid.engine, ctx, false, log));
  else runs.push({ paragraphs: ctx.paragraphs.length, engine: 'ibid', status: 'missing', note: ibid.missing });
  if (baseline && ctx.paragraphs.length < BASELINE_SKIP_FROM) runs.push(runEngine(baseline, ctx, true, log));
  return runs;
}
