/**
 * `npm run bench`: how fast and how right /quote's search is at 1,000, 10,000 and 100,000
 * paragraphs, next to a naive fuse.js baseline. Prints a Markdown table for the README.
 */
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseBenchArgs, USAGE } from './bench/args.js';
import { loadCorpus, paragraphSet } from './bench/datasets.js';
import { fuseBaseline, loadIbidEngine } from './bench/engines.js';
import { canCollectGarbage } from './bench/memory.js';
import { datasetNotes, machineNote, scoringNotes } from './bench/notes.js';
import type { BenchResults } from './bench/results.js';
import { BASELINE_SKIP_FROM, datasetFigures, prepareSize, runSize } from './bench/run.js';
import { markdownTable, targetLine } from './bench/table.js';

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const ibid = await loadIbidEngine(options.engineModule ? pathToFileURL(options.engineModule) : undefined);
  if ('missing' in ibid) log(`ibid engine missing: ${ibid.missing} (measuring the rest anyway)`);
  if (!canCollectGarbage) log('warning: no gc available, memory figures will be rough');

  const t0 = performance.now();
  const corpus = loadCorpus(options.seed);
  log(`Prepared ${corpus.real.length.toLocaleString('en-US')} real paragraphs in ${(performance.now() - t0).toFixed(0)} ms`);

  const results: BenchResults = {
    seed: options.seed,
    machine: { cores: availableParallelism(), loadStart: loadavg()[0] ?? 0, loadEnd: 0 },
    queriesPerKind: options.queries,
    gcAvailable: canCollectGarbage,
    datasets: [],
    runs: [],
  };
  for (const size of [...options.sizes].sort((a, b) => a - b)) {
    const started = performance.now();
    const ctx = prepareSize(paragraphSet(corpus, size, options.seed), options.queries, options.seed);
    log(`${size.toLocaleString('en-US')} paragraphs: set and queries drawn in ${(performance.now() - started).toFixed(0)} ms`);
    results.datasets.push(datasetFigures(ctx));
    results.runs.push(...runSize(ctx, ibid, options.baseline ? fuseBaseline : undefined, log));
  }
  results.machine.loadEnd = loadavg()[0] ?? 0;

  if (options.json) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  console.log(markdownTable(results));
  console.log();
  const busy = machineNote(results);
  if (busy) console.log(`${busy}\n`);
  console.log(targetLine(results));
  console.log();
  for (const run of results.runs) if (run.note) console.log(`- ${run.engine} at ${run.paragraphs.toLocaleString('en-US')}: ${run.status === 'measured' ? '' : `${run.status}: `}${run.note}`);
  if (options.baseline && options.sizes.some((s) => s >= BASELINE_SKIP_FROM)) {
    console.log(`- fuse.js is skipped from ${BASELINE_SKIP_FROM.toLocaleString('en-US')} paragraphs: it scans every paragraph, so one query would take tens of seconds there.`);
  }
  console.log();
  console.log([...scoringNotes(results), '', ...datasetNotes(results)].join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
