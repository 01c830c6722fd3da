/**
 * Scores figure extraction on the labelled corpus set (tests/core/extract/figures/labels.json):
 * precision and recall for values, value + unit and value + what it counts, broken down by the
 * kind of figure, by how the number was written, and by the rule that found what it counts; and
 * how many labelled non-figures (years, dates, issue numbers…) were rejected.
 *
 *   npx tsx scripts/eval-figures.ts [--verbose]
 */
import { pathToFileURL } from 'node:url';
import type { Figure } from '../src/core/extract/types.js';
import { scanDocument } from '../src/core/extract/figures/index.js';
import { countsMatch, loadLabels, locate, pair, valueMatches, type FigureLabel } from '../tests/core/extract/figures/label-set.js';
import { seedDocuments } from '../tests/support/seedCorpus.js';

export interface Score {
  predicted: number;
  labelled: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FiguresEvaluation {
  value: Score;
  valueUnit: Score;
  valueCounts: Score;
  byKind: Record<string, { labelled: number; value: number; valueCounts: number }>;
  byForm: Record<string, { predicted: number; valueCorrect: number }>;
  byCountsRule: Record<string, { predicted: number; countsCorrect: number }>;
  negatives: Record<string, { labelled: number; rejected: number }>;
  unlocated: string[];
  errors: string[];
  /** Extraction time over the corpus, for the record (not asserted anywhere). */
  millis: number;
  words: number;
}

function score(correct: number, predicted: number, labelled: number): Score {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = labelled === 0 ? 0 : correct / labelled;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predicted, labelled, correct, precision, recall, f1 };
}

function bump<T extends Record<string, number>>(table: Record<string, T>, key: string, zero: T, add: Partial<T>): void {
  const row = (table[key] ??= { ...zero });
  for (const [k, v] of Object.entries(add)) (row as Record<string, number>)[k] = (row[k] ?? 0) + (v as number);
}

const show = (f: Figure): string => `${JSON.stringify(f.text)} v=${f.value} [${f.low},${f.high}] u=${f.unit} counts=${f.counts}`;
const showLabel = (l: FigureLabel): string => `${JSON.stringify(l.text)} v=${l.value} [${l.low},${l.high}] u=${l.unit} noun=${l.noun} event=${l.event}`;

export async function evalFigures(): Promise<FiguresEvaluation> {
  const docs = await seedDocuments();
  const labels = loadLabels();
  const figures: Figure[] = [];
  const started = performance.now();
  for (const doc of docs) figures.push(...scanDocument(doc).figures);
  const millis = performance.now() - started;
  const words = docs.reduce((n, d) => n + d.paragraphs.reduce((m, p) => m + p.text.split(/\s+/).length, 0), 0);
  const located = labels.figures.map((l) => locate(l, docs));
  const unlocated = labels.figures.filter((_, k) => located[k] === null).map((l) => `${l.doc}: ${l.text}`);
  const { matched, unmatched } = pair(figures, located, docs);

  let valueOk = 0;
  let unitOk = 0;
  let countsOk = 0;
  const byKind: FiguresEvaluation['byKind'] = {};
  const byForm: FiguresEvaluation['byForm'] = {};
  const byCountsRule: FiguresEvaluation['byCountsRule'] = {};
  const errors: string[] = [];
  labels.figures.forEach((label, k) => {
    const f = matched.get(k);
    const v = f !== undefined && valueMatches(f, label);
    const c = v && countsMatch(f, label);
    valueOk += v ? 1 : 0;
    unitOk += v && f.unit === label.unit ? 1 : 0;
    countsOk += c ? 1 : 0;
    bump(byKind, label.kind, { labelled: 0, value: 0, valueCounts: 0 }, { labelled: 1, value: v ? 1 : 0, valueCounts: c ? 1 : 0 });
    if (f === undefined) errors.push(`MISS   ${label.doc.slice(0, 3)} ${showLabel(label)}`);
    else if (!v) errors.push(`VALUE  ${label.doc.slice(0, 3)} ${showLabel(label)}  ⇐ ${show(f)}`);
    else if (!c) errors.push(`COUNTS ${label.doc.slice(0, 3)} ${showLabel(label)}  ⇐ ${show(f)}`);
    else if (f.unit !== label.unit) errors.push(`UNIT   ${label.doc.slice(0, 3)} ${showLabel(label)}  ⇐ ${show(f)}`);
  });
  for (const [k, f] of matched) {
    const label = labels.figures[k]!;
    for (const form of f.forms) bump(byForm, form, { predicted: 0, valueCorrect: 0 }, { predicted: 1, valueCorrect: valueMatches(f, label) ? 1 : 0 });
    bump(byCountsRule, f.countsRule ?? 'none', { predicted: 0, countsCorrect: 0 }, { predicted: 1, countsCorrect: countsMatch(f, label) ? 1 : 0 });
  }
  for (const f of unmatched) {
    for (const form of f.forms) bump(byForm, form, { predicted: 0, valueCorrect: 0 }, { predicted: 1 });
    errors.push(`EXTRA  ${f.docId.slice(0, 3)} ${show(f)}`);
  }

  const negatives: FiguresEvaluation['negatives'] = {};
  for (const neg of labels.negatives) {
    const loc = locate(neg, docs);
    if (loc === null) {
      unlocated.push(`${neg.doc}: ${neg.text} (negative)`);
      continue;
    }
    const docId = docs.find((d) => d.file === neg.doc)!.id;
    const hit = figures.some((f) => f.docId === docId && f.paragraph === loc.paragraph && f.range[0] < loc.range[1] && loc.range[0] < f.range[1]);
    bump(negatives, neg.reason, { labelled: 0, rejected: 0 }, { labelled: 1, rejected: hit ? 0 : 1 });
    if (hit) errors.push(`ACCEPTED NON-FIGURE ${neg.doc.slice(0, 3)} ${neg.text} (${neg.reason})`);
  }

  return {
    value: score(valueOk, figures.length, labels.figures.length),
    valueUnit: score(unitOk, figures.length, labels.figures.length),
    valueCounts: score(countsOk, figures.length, labels.figures.length),
    byKind,
    byForm,
    byCountsRule,
    negatives,
    unlocated,
    errors,
    millis,
    words,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

export function printFigures(e: FiguresEvaluation, verbose = false): void {
  console.log(`Figure extraction on the labelled corpus (${e.words} words extracted in ${e.millis.toFixed(0)} ms)`);
  for (const [name, s] of [['value', e.value], ['value+unit', e.valueUnit], ['value+counts', e.valueCounts]] as const) {
    console.log(`  ${name.padEnd(13)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (${s.correct} correct, ${s.predicted} extracted, ${s.labelled} labelled)`);
  }
  console.log('  recall by kind of figure:');
  for (const [k, r] of Object.entries(e.byKind)) console.log(`    ${k.padEnd(10)} value ${pct(r.value / r.labelled)}  value+counts ${pct(r.valueCounts / r.labelled)}  (${r.labelled})`);
  console.log('  precision of values by form written:');
  for (const [k, r] of Object.entries(e.byForm)) console.log(`    ${k.padEnd(10)} ${pct(r.valueCorrect / r.predicted)}  (${r.predicted})`);
  console.log('  counts right by rule (matched figures):');
  for (const [k, r] of Object.entries(e.byCountsRule)) console.log(`    ${k.padEnd(12)} ${pct(r.countsCorrect / r.predicted)}  (${r.predicted})`);
  console.log('  non-figures rejected:');
  for (const [k, r] of Object.entries(e.negatives)) console.log(`    ${k.padEnd(10)} ${r.rejected}/${r.labelled}`);
  if (e.unlocated.length > 0) console.log(`  labels not found in the texts: ${e.unlocated.join('; ')}`);
  if (verbose) for (const line of e.errors) console.log('  ' + line);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printFigures(await evalFigures(), process.argv.includes('--verbose'));
}
