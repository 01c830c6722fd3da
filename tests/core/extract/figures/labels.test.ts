import { describe, expect, it } from 'vitest';
import { evalFigures } from '../../../../scripts/eval-figures.js';

describe('figures on the labelled corpus (labels.json)', async () => {
  const e = await evalFigures();

  it('finds every labelled figure and negative in the texts', () => {
    expect(e.unlocated).toEqual([]);
  });

  it('reaches the precision and recall floors for values', () => {
    expect(e.value.precision).toBeGreaterThanOrEqual(0.97);
    expect(e.value.recall).toBeGreaterThanOrEqual(0.97);
    expect(e.valueUnit.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches the floors for value and what it counts', () => {
    expect(e.valueCounts.precision).toBeGreaterThanOrEqual(0.93);
    expect(e.valueCounts.recall).toBeGreaterThanOrEqual(0.93);
  });

  it('rejects every labelled year, date, issue number and reference', () => {
    for (const [reason, r] of Object.entries(e.negatives)) expect([reason, r.rejected]).toEqual([reason, r.labelled]);
  });
});
