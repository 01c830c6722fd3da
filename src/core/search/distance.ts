/**
 * Edit distance with adjacent transpositions (optimal string alignment), bounded: the answer is
 * exact when it is <= max, and max + 1 otherwise. A typo like "teh" for "the" costs one edit.
 */

let prevPrev = new Int32Array(64);
let prev = new Int32Array(64);
let curr = new Int32Array(64);

export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb) <= max ? Math.max(la, lb) : max + 1;
  if (lb + 1 > curr.length) {
    prevPrev = new Int32Array(lb + 1);
    prev = new Int32Array(lb + 1);
    curr = new Int32Array(lb + 1);
  }
  const big = max + 1;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    const ca = a.charCodeAt(i - 1);
    // Only cells within `max` of the diagonal can end up <= max.
    const from = Math.max(1, i - max);
    const to = Math.min(lb, i + max);
    curr[0] = i;
    if (from > 1) curr[from - 1] = big;
    let rowMin = from === 1 ? i : big;
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = prev[j - 1]! + cost;
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = curr[j - 1]! + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const tr = prevPrev[j - 2]! + 1;
        if (tr < v) v = tr;
      }
      curr[j] = v > big ? big : v;
      if (v < rowMin) rowMin = v;
    }
    if (to < lb) curr[to + 1] = big;
    if (rowMin > max) return big;
    const t = prevPrev;
    prevPrev = prev;
    prev = curr;
    curr = t;
  }
  const d = prev[lb]!;
  return d > max ? big : d;
}
