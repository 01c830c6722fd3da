import { describe, expect, it } from 'vitest';
import { extractFigures, groupFigures } from '../../../../src/core/extract/figures/index.js';
import { docOf } from './helpers.js';

const revolution = extractFigures(
  docOf(['AI estimates that 5,805 civilians may have been killed, and close to a million residents forced to flee. A Kurdish intelligence official told The Independent as many as 40,000 civilians may have been killed.'], 'revolution'),
);
const spartacist = extractFigures(docOf(['In that month alone, U.S.-led forces killed at least 200 civilians. Some 45,000 people had already been driven out.'], 'spartacist'));

describe('groupFigures', () => {
  const groups = groupFigures([...revolution, ...spartacist]);
  const killed = groups.find((g) => g.counts === 'civilians killed');

  it('puts figures counting the same thing from several sources side by side', () => {
    expect(killed?.figures.map((f) => [f.docId, f.value])).toEqual([['revolution', 5805], ['revolution', 40000], ['spartacist', 200]]);
    expect(killed?.documents).toBe(2);
    expect([killed?.min, killed?.max, killed?.disagree]).toEqual([200, 40000, true]);
  });

  it('keeps who gives each figure', () => {
    expect(killed?.figures.map((f) => f.attribution)).toEqual(['AI', 'A Kurdish intelligence official', null]);
  });

  it('keeps other counted things apart and puts the widest group first', () => {
    expect(groups[0]).toBe(killed);
    expect(groups.map((g) => g.counts).sort()).toEqual(['civilians killed', 'people displaced', 'residents displaced']);
  });

  it('says when sources agree', () => {
    const same = groupFigures([...extractFigures(docOf(['It has 5,000 troops.'], 'a')), ...extractFigures(docOf(['It has 5,000 troops.'], 'b'))]);
    expect(same.map((g) => [g.counts, g.disagree, g.documents])).toEqual([['troops', false, 2]]);
  });

  it('groups nothing without a counted thing', () => {
    expect(groupFigures(extractFigures(docOf(['Three weeks later, it ended.'])))).toEqual([]);
  });
});
