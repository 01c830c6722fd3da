/** The Markdown table for the README and the target verdict. */
import { QUERY_KINDS } from './queries.js';
import type { BenchResults, EngineFigures } from './results.js';

export const TARGET_SIZE = 100_000;
export const TARGET_P99_MS = 10;
export const TARGET_TYPO_TOP1 = 95;

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

export function ms(n: number): string {
  if (Number.isNaN(n)) return '—';
  if (n < 1) return n.toFixed(2);
  if (n < 100) return n.toFixed(1);
  return int(n);
}

const pct = (n: number): string => (Number.isNaN(n) ? '—' : `${n.toFixed(1)}%`);

function engineCell(run: EngineFigures): string {
  if (!run.kinds) return `${run.engine} (${run.status})`;
  const counts = QUERY_KINDS.map((k) => run.kinds?.[k].queries ?? 0);
  if (counts.every((c) => c === run.queriesRequested)) return run.engine;
  return `${run.engine} (${counts.join('/')} queries)`;
}

function row(run: EngineFigures): string {
  const cells = [int(run.paragraphs), engineCell(run)];
  if (!run.kinds || run.buildMs === undefined || run.memoryMB === undefined) {
    cells.push(...Array<string>(2 + 3 * QUERY_KINDS.length).fill('—'));
  } else {
    cells.push(int(run.buildMs), run.memoryMB.toFixed(1));
    for (const kind of QUERY_KINDS) {
      const k = run.kinds[kind];
      cells.push(ms(k.medianMs), ms(k.p99Ms), pct(k.top1));
    }
  }
  return `| ${cells.join(' | ')} |`;
}

export function markdownTable(results: BenchResults): string {
  const head = ['Paragraphs', 'Engine', 'Build ms', 'Memory MB'];
  for (const kind of QUERY_KINDS) head.push(`${kind} median ms`, `${kind} p99 ms`, `${kind} top-1`);
  const align = head.map((_, i) => (i === 1 ? ':---' : '---:'));
  return [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...results.runs.map(row)].join('\n');
}

export function targetLine(results: BenchResults): string {
  const label = `Target: /quote p99 ≤ ${TARGET_P99_MS} ms at ${int(TARGET_SIZE)} paragraphs, typo top-1 ≥ ${TARGET_TYPO_TOP1}%`;
  const run = results.runs.find((r) => r.engine === 'ibid' && r.paragraphs === TARGET_SIZE);
  if (!run) return `${label}: NOT MEASURED (${int(TARGET_SIZE)} not in --sizes)`;
  if (!run.kinds) return `${label}: FAIL (engine ${run.status}${run.note ? `: ${run.note}` : ''})`;
  const p99 = Math.max(...QUERY_KINDS.map((k) => run.kinds?.[k].p99Ms ?? Number.POSITIVE_INFINITY));
  const typoTop1 = run.kinds.typo.top1;
  const pass = p99 <= TARGET_P99_MS && typoTop1 >= TARGET_TYPO_TOP1;
  const bestP99 = Math.max(...QUERY_KINDS.map((k) => run.kinds?.[k].bestOfP99Ms ?? Number.POSITIVE_INFINITY));
  const verdict = `${pass ? 'PASS' : 'FAIL'} (worst p99 ${ms(p99)} ms, ${ms(bestP99)} ms best-of-passes; typo top-1 ${pct(typoTop1)})`;
  const { cores, loadStart, loadEnd } = results.machine;
  const busy = Math.max(loadStart, loadEnd) > cores ? ' — machine busy: rerun on an idle machine before trusting the p99' : '';
  return `${label}: ${verdict}${busy}`;
}
