/** Word classes the counted-noun reader needs: where a noun phrase stops and what its head is. */

/** Words that end the noun phrase after a number ("5,000 troops in Iraq", "22 civilians were killed"). */
export const NP_STOPS = new Set([
  // prepositions
  'in', 'into', 'of', 'from', 'to', 'at', 'on', 'onto', 'by', 'for', 'with', 'without', 'across', 'during', 'per',
  'after', 'before', 'since', 'until', 'over', 'under', 'between', 'among', 'amongst', 'against', 'through',
  'throughout', 'toward', 'towards', 'near', 'inside', 'outside', 'around', 'about', 'like', 'than', 'as', 'via',
  'within', 'whereof', 'out', 'off', 'up', 'down', 'behind', 'beyond', 'along', 'alongside', 'upon', 'despite',
  // conjunctions, determiners, pronouns, wh-words
  'and', 'or', 'but', 'nor', 'so', 'yet', 'while', 'whilst', 'when', 'where', 'who', 'whom', 'whose', 'which',
  'that', 'this', 'these', 'those', 'the', 'a', 'an', 'each', 'every', 'it', 'its', 'they', 'them', 'their',
  'he', 'him', 'his', 'she', 'her', 'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'if', 'because', 'though',
  'although', 'whether', 'there', 'here', 'than', 'then', 'not', 'no',
  // auxiliaries and modals
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'may', 'might', 'can', 'could', 'must',
  // adverbs and fillers that follow the noun rather than modify it
  'already', 'still', 'now', 'also', 'only', 'even', 'just', 'more', 'less', 'fewer', 'most', 'again', 'later',
  'earlier', 'ago', 'each', 'apiece', 'alone', 'all', 'both', 'together', 'respectively', 'too', 'either',
  'a.m.', 'p.m.', 'instead', 'including', 'according', 'said', 'says', 'say', 'told', 'reported', 'estimated',
]);

/** Plurals that do not end in -s. */
export const IRREGULAR_PLURALS = new Set([
  'people', 'children', 'men', 'women', 'personnel', 'police', 'staff', 'cattle', 'sheep', 'fish', 'deer',
  'aircraft', 'feet', 'teeth', 'mice', 'geese', 'militia', 'crew', 'livestock', 'clergy', 'youth', 'infantry',
  'cavalry', 'artillery', 'peshmerga', 'merga', 'data', 'media', 'criteria', 'phenomena', 'offspring', 'folk',
  'kin', 'poultry', 'swine', 'elderly', 'dead', 'wounded', 'injured', 'homeless', 'displaced',
]);

/** Descriptive words dropped from the normalised counted noun ("different products" → "products"). */
export const DESCRIPTIVE = new Set([
  'different', 'new', 'other', 'additional', 'separate', 'young', 'old', 'innocent', 'armed', 'foreign', 'local',
  'various', 'several', 'many', 'further', 'extra', 'more', 'few', 'total', 'estimated', 'overall', 'unarmed',
  'ordinary', 'existing', 'remaining', 'former', 'current', 'active', 'registered', 'reported', 'confirmed',
  'possible', 'potential', 'individual', 'desperate', 'hungry', 'terrified', 'frightened', 'poor', 'small',
  'large', 'big', 'huge', 'massive', 'major', 'minor', 'main', 'key', 'top', 'senior', 'junior', 'leading',
]);

/** Places whose "of N" is a population: "a city of 1.3 million". */
export const PLACE_NOUNS = new Set(['city', 'town', 'village', 'country', 'nation', 'province', 'region', 'state', 'metropolis', 'capital', 'district']);

/** Nouns that name a population directly: "a population of 1.3 million". */
export const POPULATION_NOUNS = new Set(['population', 'populace', 'inhabitants', 'residents']);

/** Nouns whose "of N" gives the amount: "income of up to $1.3 million", "a fine of $5 million". */
export const QUANTITY_NOUNS = new Set([
  'income', 'revenue', 'revenues', 'fine', 'total', 'budget', 'cost', 'costs', 'price', 'salary', 'sum', 'amount',
  'average', 'deficit', 'debt', 'toll', 'figure', 'number', 'capacity', 'sales', 'profit', 'profits', 'loss',
  'losses', 'turnover', 'value', 'valuation', 'bill', 'payment', 'ransom', 'reward', 'bounty', 'investment',
  'spending', 'aid', 'strength', 'force', 'army', 'garrison', 'contingent', 'crowd', 'death toll', 'rate', 'share',
]);
