/** Realistic typing mistakes: swapped, dropped, inserted or mistyped letters (QWERTY neighbours). */
import type { Rng } from './random.js';

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys next to each letter on a QWERTY keyboard (same row and the rows above/below). */
const NEIGHBOURS: Record<string, string> = (() => {
  const map: Record<string, string> = {};
  ROWS.forEach((row, r) => {
    [...row].forEach((key, c) => {
      let near = '';
      for (const dr of [-1, 0, 1]) {
        const other = ROWS[r + dr];
        if (!other) continue;
        for (const dc of dr === 0 ? [-1, 1] : [-1, 0, 1]) near += other[c + dc] ?? '';
      }
      map[key] = near;
    });
  });
  return map;
})();

export type TypoKind = 'swap' | 'drop' | 'insert' | 'replace';
const KINDS: readonly TypoKind[] = ['swap', 'drop', 'insert', 'replace'];

function neighbourOf(ch: string, rng: Rng): string {
  const lower = ch.toLowerCase();
  const near = NEIGHBOURS[lower];
  if (!near) return ch;
  const key = rng.pick([...near]);
  return ch === lower ? key : key.toUpperCase();
}

/** A word long enough that one slip still leaves it recognisable. */
export function canTypo(word: string): boolean {
  return /^[A-Za-z]{4,}$/.test(word);
}

/** One typo, never on the first letter (people rarely miss it) and always changing the word. */
export function typo(word: string, rng: Rng): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const kind = rng.pick(KINDS);
    const i = rng.int(1, word.length - 1);
    let out = word;
    if (kind === 'swap' && i < word.length - 1) out = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    else if (kind === 'drop') out = word.slice(0, i) + word.slice(i + 1);
    else if (kind === 'insert') out = word.slice(0, i) + neighbourOf(word[i] as string, rng) + word.slice(i);
    else if (kind === 'replace') out = word.slice(0, i) + neighbourOf(word[i] as string, rng) + word.slice(i + 1);
    if (out !== word) return out;
  }
  return word.slice(0, 1) + word.slice(2);
}
