/**
 * Our figures in the shape CQE's scorer takes, as tagger.py of satya77/CQE_Evaluation does for
 * each system it compares (NumParserTagger, GPT3Tagger, …): a value, a normalised unit in CQE's
 * vocabulary and a list of concept words.
 *
 * The unit matters even for value and concept scores: CQE's scorer stops crediting a gold quantity
 * at the first tag whose unit matches, so a unit we name differently from CQE lets more tags earn
 * credit. Naming units as CQE does is therefore the conservative direction; the map below is written
 * from the normalised names NewsQuant uses, one entry per unit symbol, never per sentence.
 */
import type { Figure } from '../../src/core/extract/types.js';
import { singular } from '../../src/core/extract/figures/nouns-normal.js';
import type { CqeTag } from './cqe-scoring.js';

/** Our unit symbols (lexicon/units.ts) → CQE's normalised unit names. */
const CQE_UNITS: Readonly<Record<string, string>> = {
  '%': 'percentage', $: 'dollar', 'A$': 'australian dollar', 'C$': 'canadian dollar', 'HK$': 'hong kong dollar',
  'NZ$': 'new zealand dollar', 'S$': 'singapore dollar', '£': 'pound sterling', '€': 'euro', '¥': 'japanese yen',
  'CN¥': 'chinese yuan', '₹': 'indian rupee', RM: 'malaysian ringgit', '₪': 'shekel', '¢': 'cent', p: 'penny',
  CHF: 'swiss franc', '₽': 'russian ruble', '₩': 'south korean won', kr: 'swedish krona', lira: 'turkish lira',
  rand: 'south african rand', sen: 'sen',
  mile: 'mile', km: 'kilometre', m: 'metre', cm: 'centimetre', mm: 'millimetre', ft: 'foot', inch: 'inch',
  yard: 'yard', 'light-year': 'light-year', kg: 'kilogram', g: 'gram', tonne: 'metric ton', ton: 'ton',
  lb: 'pound-mass', oz: 'ounce', mph: 'mile per hour', 'km/h': 'kilometre per hour', 'm/s': 'metre per second',
  knot: 'knot', degree: 'degree', '°C': 'celsius', '°F': 'fahrenheit', GB: 'gigabyte', MB: 'megabyte',
  TB: 'terabyte', KB: 'kilobyte', hp: 'horsepower', kW: 'kilowatt', MW: 'megawatt', GW: 'gigawatt',
  TW: 'terawatt', kWh: 'kilowatt hour', MWh: 'megawatt hour', GWh: 'gigawatt hour', W: 'watt', V: 'volt',
  mAh: 'milliampere-hour', Hz: 'hertz', kHz: 'kilohertz', MHz: 'megahertz', GHz: 'gigahertz',
  rpm: 'revolutions per minute', ppm: 'part per million', ppb: 'parts-per-billion', nm: 'nanometre',
  µm: 'micrometre', MP: 'megapixel', litre: 'litre', ml: 'millilitre', gallon: 'gallon', barrel: 'barrel',
  'barrel/day': 'barrel per day', cc: 'cubic centimetre', acre: 'acre', hectare: 'hectare', point: 'point',
  'basis point': 'basis point', calorie: 'calorie', kcal: 'kilocalorie', mg: 'milligram', µg: 'microgram',
  mpg: 'mile per gallon', psi: 'pound-force per square inch', GPa: 'gigapascal', MPa: 'megapascal',
  dB: 'decibel', carat: 'carat', 'lb-ft': 'foot pound-force', 'sq ft': 'square foot', 'sq m': 'square metre',
  'sq km': 'square kilometre', second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week',
  month: 'month', year: 'year', decade: 'decade', century: 'century', age: 'year of age',
};

/**
 * CQE names a count by what it counts, singular ("home", "people"; "count" for times), "-" when
 * nothing; a rate adds "per" ("barrel per day"). Units we have no name for stay as we write them.
 */
export function cqeUnit(f: Figure): string {
  if (f.kind === 'count') {
    if (f.noun === null) return '-';
    const words = f.noun.toLowerCase().split(/\s+/);
    const head = singular(words.pop()!);
    return head === 'time' && words.length === 0 ? 'count' : [...words, head].join(' ');
  }
  const unit = f.unit === null ? '-' : (CQE_UNITS[f.unit] ?? f.unit.toLowerCase());
  return f.per === null ? unit : `${unit} per ${CQE_UNITS[f.per] ?? f.per.toLowerCase()}`;
}

/** Words as CQE's gold concepts are split (on blanks and commas), edge punctuation and "'s" dropped; not stemmed. */
export function conceptWords(text: string | null): string[] {
  return (text ?? '').match(/[\p{L}\p{N}]+(?:[-'&.][\p{L}\p{N}]+)*/gu)?.map((w) => w.replace(/'s$/i, '')) ?? [];
}

/**
 * The same concept fields as the strict scoring (the subject `about`, and the noun of a measure,
 * share or amount; a count's noun is its unit), as words; "-" when none, as CQE's NumParserTagger does.
 */
export function toCqeTag(figures: readonly Figure[], value: number | readonly [number, number]): CqeTag {
  const words = figures.flatMap((f) => [
    ...(f.kind === 'count' ? [] : [...conceptWords(f.noun), ...conceptWords(f.countedText)]),
    ...conceptWords(f.about),
  ]);
  const unique = [...new Set(words.map((w) => w.toLowerCase()))];
  return { value, normalized_unit: cqeUnit(figures[0]!), referred_concepts: unique.length === 0 ? ['-'] : unique };
}
