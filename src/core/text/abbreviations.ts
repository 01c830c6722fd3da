/**
 * Words whose full stop does not end a sentence ("Mr. Bakir", "No. 191", "Jan. 12"). One list
 * for every sentence splitter in the core, so search excerpts, figures and quotations agree on
 * where a sentence ends.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'hon', 'rev', 'col', 'capt', 'lt', 'sgt',
  'maj', 'adm', 'prof', 'no', 'nos', 'vol', 'art', 'sec', 'co', 'corp', 'inc', 'ltd', 'vs', 'etc', 'viz', 'cf',
  'ft', 'mt', 'fig', 'p', 'pp', 'ave', 'blvd', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
]);
