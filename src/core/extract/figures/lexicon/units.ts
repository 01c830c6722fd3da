/** Currencies, percentages and measurement units, keyed by how they are written (lowercase). */

/** Symbols written before the amount. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: '$', '£': '£', '€': '€', '¥': '¥', '₹': '₹' };

/** Letters glued before a "$": "US$", "C$", "A$", "HK$". */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  us: '$', c: 'C$', ca: 'C$', a: 'A$', au: 'A$', hk: 'HK$', nz: 'NZ$', s: 'S$',
};

/** Currency names written after the amount ("15 euros", "one trillion dollars"). */
/** Currency written glued after the amount: "118.5p". */
export const GLUED_CURRENCY_SUFFIXES: Readonly<Record<string, string>> = { p: 'p', c: '¢' };

export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: '$', dollars: '$', usd: '$', euro: '€', euros: '€', eur: '€', sterling: '£', gbp: '£',
  yen: '¥', jpy: '¥', yuan: 'CN¥', renminbi: 'CN¥', rmb: 'CN¥', rupee: '₹', rupees: '₹', ringgit: 'RM',
  shekel: '₪', shekels: '₪', cent: '¢', cents: '¢', pence: 'p', francs: 'CHF', rubles: '₽', roubles: '₽',
  sen: 'sen', dinars: 'dinar', riyals: 'riyal', lira: 'lira', won: '₩', pesos: 'peso', rand: 'rand', krona: 'kr', kronor: 'kr',
};

/** Currency codes written before the amount ("USD 5", "Rs 200", "RM 3"). */
export const CURRENCY_CODES: Readonly<Record<string, string>> = {
  usd: '$', eur: '€', gbp: '£', rs: '₹', inr: '₹', rm: 'RM', aud: 'A$', cad: 'C$', jpy: '¥', cny: 'CN¥',
};

/** Adjectives that make a following "dollars" a named currency ("Australian dollars"). */
export const DOLLAR_NATIONS: Readonly<Record<string, string>> = {
  australian: 'A$', canadian: 'C$', 'hong kong': 'HK$', singapore: 'S$', 'new zealand': 'NZ$', us: '$', american: '$',
};

export const PERCENT_WORDS = new Set(['percent', 'pc', 'pct']);

/**
 * Measurement units → canonical name. Time units are here too: "28 days", "a nine-month assault".
 * "pound" is a weight only when hyphenated onto the number ("500-pound bombs") or with "£" absent
 * and a weight context; "pounds" spelled out after a number is read as money (£) by the lexer.
 */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  mile: 'mile', miles: 'mile', mi: 'mile', km: 'km', kms: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km',
  kilometres: 'km', metre: 'm', metres: 'm', meter: 'm', meters: 'm', cm: 'cm', centimetres: 'cm',
  centimeters: 'cm', mm: 'mm', millimetres: 'mm', millimeters: 'mm', ft: 'ft', feet: 'ft', foot: 'ft',
  inch: 'inch', inches: 'inch', yard: 'yard', yards: 'yard', 'light-years': 'light-year',
  kg: 'kg', kgs: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', gram: 'g', grams: 'g', g: 'g',
  tonne: 'tonne', tonnes: 'tonne', ton: 'ton', tons: 'ton', lb: 'lb', lbs: 'lb', ounce: 'oz', ounces: 'oz',
  oz: 'oz', pound: 'lb',
  second: 'second', seconds: 'second', secs: 'second', minute: 'minute', minutes: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hrs: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month',
  months: 'month', year: 'year', years: 'year', yrs: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
  mph: 'mph', 'km/h': 'km/h', kph: 'km/h', knots: 'knot', degrees: 'degree', degree: 'degree', celsius: '°C',
  fahrenheit: '°F', c: '°C', f: '°F',
  gb: 'GB', mb: 'MB', tb: 'TB', kb: 'KB', gigabytes: 'GB', megabytes: 'MB', terabytes: 'TB',
  hp: 'hp', bhp: 'hp', horsepower: 'hp', kw: 'kW', mw: 'MW', gw: 'GW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh',
  watts: 'W', watt: 'W', volts: 'V', volt: 'V', mah: 'mAh', hz: 'Hz', khz: 'kHz', mhz: 'MHz', ghz: 'GHz',
  rpm: 'rpm', ppm: 'ppm', ppb: 'ppb', nm: 'nm', mp: 'MP', megapixels: 'MP', megapixel: 'MP',
  litre: 'litre', litres: 'litre', liter: 'litre', liters: 'litre', l: 'litre', ml: 'ml', gallon: 'gallon',
  gallons: 'gallon', barrel: 'barrel', barrels: 'barrel', bpd: 'barrel/day', cc: 'cc',
  acre: 'acre', acres: 'acre', hectare: 'hectare', hectares: 'hectare', ha: 'hectare',
  points: 'point', point: 'point', pts: 'point', 'basis points': 'basis point', 'basis point': 'basis point', bps: 'basis point',
  calories: 'calorie', kcal: 'kcal', min: 'minute', mg: 'mg', mcg: 'µg', µg: 'µg', mpg: 'mpg', psi: 'psi',
  gigawatt: 'GW', gigawatts: 'GW', megawatt: 'MW', megawatts: 'MW', kilowatt: 'kW', kilowatts: 'kW',
  terawatt: 'TW', terawatts: 'TW', gpa: 'GPa', gigapascal: 'GPa', gigapascals: 'GPa', mpa: 'MPa', megapascals: 'MPa',
  decibel: 'dB', decibels: 'dB', db: 'dB', carat: 'carat', carats: 'carat', millilitre: 'ml', millilitres: 'ml',
  milliliter: 'ml', milliliters: 'ml', nanometer: 'nm', nanometers: 'nm', nanometre: 'nm', nanometres: 'nm',
  'lb-ft': 'lb-ft', 'pound-feet': 'lb-ft', w: 'W', v: 'V', tbsp: 'tbsp', tsp: 'tsp', sqft: 'sq ft',
};

/** Speeds and economies written out: "miles per gallon", "kilometres per hour" (unit, then the unit after "per"). */
export const PER_UNITS: Readonly<Record<string, string>> = {
  'mile/gallon': 'mpg', 'mile/hour': 'mph', 'km/hour': 'km/h', 'm/second': 'm/s', 'ft/second': 'ft/s', 'km/litre': 'km/l',
};

/** Units that measure time: a number with one is a duration, not a count. */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);

/** Two-word units: "square metres", "cubic feet", "percentage points". First word → second words. */
export const UNIT_PREFIXES: Readonly<Record<string, string>> = { square: 'sq', cubic: 'cu', sq: 'sq' };

/** What a rate is per: "50 airstrikes a day", "$1.3 million per day". */
export const RATE_PERIODS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'annum', 'capita', 'head', 'person', 'game', 'barrel', 'gram', 'share']);
