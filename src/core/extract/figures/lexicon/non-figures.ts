/** Words that make a nearby number a date, a time, a label or a reference instead of a figure. */

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thurs', 'fri', 'sat', 'sun',
]);

/** Markers that label the number after them: "No. 191", "Issue 2561", "page 12", "Game 2". */
export const LABEL_MARKERS = new Set([
  'no', 'nos', 'number', 'issue', 'issues', 'vol', 'volume', 'p', 'pp', 'page', 'pages', 'para', 'paragraph',
  'chapter', 'ch', 'section', 'sec', 'art', 'article', 'part', 'clause', 'item', 'act', 'resolution', 'room',
  'row', 'seat', 'gate', 'platform', 'route', 'highway', 'flight', 'game', 'round', 'week', 'stage', 'level',
  'season', 'episode', 'series', 'version', 'model', 'type', 'class', 'grade', 'phase', 'step', 'figure', 'fig',
  'table', 'appendix', 'verse', 'psalm', 'op', 'ward', 'district', 'zone', 'unit', 'division', 'brigade',
  'battalion', 'corps', 'squadron', 'regiment', 'station', 'channel', 'apartment', 'suite', 'floor', 'box',
  'lot', 'case', 'exhibit', 'track', 'disc', 'tier', 'league', 'war', 'sc', 'wv', 'ad', 'bc', 'a.d.', 'b.c.',
]);

/** Time-of-day suffixes: "11 a.m.", "5am", "10.45pm", "0401 GMT". */
export const TIME_SUFFIXES = new Set(['am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'bst', 'edt', 'est', 'cet', 'pst', 'pdt', 'hrs', 'h']);

/** Words before a year: "in 2003", "since 2014", "the 2003 invasion". Years are rejected anyway; these settle 4-digit doubt. */
export const YEAR_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'during', 'after', 'before', 'year', 'summer', 'spring', 'autumn', 'fall', 'winter', 'early', 'late', 'mid', 'circa', 'c', 'between', 'and', 'to', 'through', 'class']);
