/**
 * Words whose full stop does not end a sentence ("Mr. Bakir", "No. 191", "Jan. 12"). One list
 * for both sentence splitters in the core: text/sentences.ts (search excerpts, figures) and
 * extract/quotes/tokens.ts (quotations, which must step around quoted stretches). The list is
 * shared; their other rules are not (initials, "U.S." before a capital, closing quotes), so on
 * the seed corpus they still place about 3% of paragraphs' sentence ends differently.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'hon', 'rev', 'col', 'capt', 'lt', 'sgt',
  'maj', 'adm', 'prof', 'no', 'nos', 'vol', 'art', 'sec', 'co', 'corp', 'inc', 'ltd', 'vs', 'etc', 'viz', 'cf',
  'ft', 'mt', 'fig', 'p', 'pp', 'ave', 'blvd', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
]);
