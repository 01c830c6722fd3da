/** Singular forms for comparing counted nouns: "civilians" and "civilian" are the same thing. */

const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'people', children: 'child', men: 'man', women: 'woman', lives: 'life', feet: 'foot', teeth: 'tooth',
  militiamen: 'militiaman', personnel: 'personnel', police: 'police', data: 'data', media: 'media',
  wives: 'wife', knives: 'knife', thieves: 'thief', leaves: 'leaf', halves: 'half',
};

export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(sses|xes|ches|shes|zzes)$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** The head of a counted noun, singular: "U.S. air strikes" → "strike". */
export function headKey(noun: string | null): string | null {
  if (noun === null) return null;
  const words = noun.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  return last === undefined ? null : singular(last);
}
