/**
 * Groups figures that count the same thing across sources, so a disagreement shows:
 * "civilians killed" → 5,805 (Amnesty International, Revolution) and 40,000 (a Kurdish official).
 */
import type { Figure } from '../types.js';
import { headKey } from './nouns-normal.js';

export interface FigureGroup {
  /** `<kind>|<unit>|<singular head noun>|<event>`: stable, for lookups. */
  key: string;
  /** What the group counts, as most of its figures say it: "civilians killed". */
  counts: string;
  figures: Figure[];
  /** How many documents give a figure in this group. */
  documents: number;
  /** The smallest and largest amount given (ranges count by their ends). */
  min: number | null;
  max: number | null;
  /** True when the figures give different amounts. */
  disagree: boolean;
}

function keyOf(f: Figure): string | null {
  if (f.counts === null) return null;
  return [f.kind, f.unit ?? '', headKey(f.noun) ?? '', f.event ?? ''].join('|');
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const byKey = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = keyOf(f);
    if (key === null) continue;
    const members = byKey.get(key);
    if (members === undefined) byKey.set(key, [f]);
    else members.push(f);
  }
  const groups: FigureGroup[] = [];
  for (const [key, members] of byKey) {
    const amounts = members.flatMap((f) => [f.value, f.low, f.high]).filter((v): v is number => v !== null);
    const distinct = new Set(members.map((f) => `${f.value}|${f.low}|${f.high}`));
    groups.push({
      key,
      counts: mostCommon(members.map((f) => f.counts!)),
      figures: members,
      documents: new Set(members.map((f) => f.docId)).size,
      min: amounts.length > 0 ? Math.min(...amounts) : null,
      max: amounts.length > 0 ? Math.max(...amounts) : null,
      disagree: distinct.size > 1,
    });
  }
  return groups.sort((a, b) => b.documents - a.documents || b.figures.length - a.figures.length || a.key.localeCompare(b.key));
}
