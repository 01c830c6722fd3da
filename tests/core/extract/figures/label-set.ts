/**
 * The labelled seed figures (labels.json) and how extracted figures are scored against them.
 * A prediction matches a label when it overlaps the label's text in the same paragraph; one
 * prediction per label. Values must agree on value, low and high; counts compare the singular
 * head of the noun and the event key.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusDocument } from '../../../../src/core/corpus/types.js';
import type { Figure } from '../../../../src/core/extract/types.js';
import { headKey } from '../../../../src/core/extract/figures/nouns-normal.js';

export interface FigureLabel {
  doc: string;
  text: string;
  context?: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  noun: string | null;
  event: string | null;
  kind: string;
}

export interface NegativeLabel {
  doc: string;
  text: string;
  reason: string;
  context?: string;
}

export interface LabelSet {
  figures: FigureLabel[];
  negatives: NegativeLabel[];
}

export interface Located<T> {
  label: T;
  paragraph: number;
  range: [number, number];
}

export function loadLabels(): LabelSet {
  const path = fileURLToPath(new URL('./labels.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as LabelSet;
}

/** Finds a label's span: the first paragraph holding its context (or text). Null when absent. */
export function locate<T extends { doc: string; text: string; context?: string }>(
  label: T,
  docs: readonly CorpusDocument[],
): Located<T> | null {
  const doc = docs.find((d) => d.file === label.doc);
  if (doc === undefined) return null;
  const anchor = label.context ?? label.text;
  for (const p of doc.paragraphs) {
    const at = p.text.indexOf(anchor);
    if (at < 0) continue;
    const inner = anchor.indexOf(label.text);
    if (inner < 0) return null;
    return { label, paragraph: p.number, range: [at + inner, at + inner + label.text.length] };
  }
  return null;
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function valueMatches(f: Figure, l: FigureLabel): boolean {
  return close(f.value, l.value) && close(f.low, l.low) && close(f.high, l.high);
}

export function countsMatch(f: Figure, l: FigureLabel): boolean {
  return headKey(f.noun) === headKey(l.noun === null ? null : l.noun.toLowerCase()) && f.event === l.event;
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export interface Pairing {
  /** Label index → the figure matched to it. */
  matched: Map<number, Figure>;
  /** Figures that overlap no label. */
  unmatched: Figure[];
}

/** Pairs each located label with at most one overlapping figure (the one with the right value first). */
export function pair(figures: readonly Figure[], located: readonly (Located<FigureLabel> | null)[], docs: readonly CorpusDocument[]): Pairing {
  const used = new Set<Figure>();
  const matched = new Map<number, Figure>();
  located.forEach((loc, index) => {
    if (loc === null) return;
    const docId = docs.find((d) => d.file === loc.label.doc)?.id;
    const candidates = figures.filter((f) => !used.has(f) && f.docId === docId && f.paragraph === loc.paragraph && overlaps(f.range, loc.range));
    const best = candidates.find((f) => valueMatches(f, loc.label)) ?? candidates[0];
    if (best !== undefined) {
      used.add(best);
      matched.set(index, best);
    }
  });
  return { matched, unmatched: figures.filter((f) => !used.has(f)) };
}
