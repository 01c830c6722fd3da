/**
 * What a hot reload costs at scale: time from a change to the new index being served, and the
 * longest the main thread (the one answering commands) was blocked meanwhile. The indexing itself
 * runs in a worker thread; the main thread only receives the result and swaps it in.
 *
 *   npx tsx scripts/ops/reloadTime.ts --corpus /tmp/ibid-100k     (see startTime.ts to make one)
 */
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LiveCorpus } from '../../src/app/corpus/liveCorpus.js';
import { silentLogger } from '../../src/app/logger.js';

const at = process.argv.indexOf('--corpus');
const corpusDir = path.resolve(at >= 0 ? process.argv[at + 1]! : '/tmp/ibid-100k');
const snapshots = mkdtempSync(path.join(tmpdir(), 'ibid-reload-snapshots-'));
const live = new LiveCorpus({ dir: corpusDir, logger: silentLogger(), snapshotDir: snapshots, worker: true });

const print = (line: string) => process.stdout.write(`${line}\n`);
try {
  let started = performance.now();
  await live.start();
  print(`corpus ${corpusDir}: ${live.index!.paragraphs.length} paragraphs; first index ${((performance.now() - started) / 1000).toFixed(1)} s (writes the snapshot)`);
  print('\n| reload | result | change → served | longest main-thread block |\n|---|---|---|---|');
  const files = readdirSync(corpusDir).filter((name) => name.endsWith('.md')).sort();
  for (const [label, change] of [
    ['nothing changed', () => undefined],
    ['one file edited', () => appendFileSync(path.join(corpusDir, files[1]!), `\nAn edit at ${new Date().toISOString()}.\n`)],
    ['ten files edited', () => files.slice(2, 12).forEach((file) => appendFileSync(path.join(corpusDir, file), `\nAn edit at ${new Date().toISOString()}.\n`))],
  ] as const) {
    change();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    started = performance.now();
    const report = await live.reload(label);
    const elapsed = performance.now() - started;
    delay.disable();
    print(`| ${label} | ${report.status} | ${(elapsed / 1000).toFixed(1)} s | ${Math.round(delay.max / 1e6)} ms |`);
  }
} finally {
  rmSync(snapshots, { recursive: true, force: true });
}
