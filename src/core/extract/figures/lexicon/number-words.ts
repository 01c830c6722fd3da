/** English number words. Kept apart so the parser stays small and the lists are easy to extend. */

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers that follow a number: "three million", "1.3 million", "$14billion". */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, lakh: 1e5, crore: 1e7,
};

/** Glued suffixes: "$480m", "25k", "2.8bn". Only valid with no space before them. */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12, million: 1e6, billion: 1e9, trillion: 1e12, thousand: 1e3,
};

/** "a dozen", "two dozen". */
export const DOZEN = 12;

/**
 * Orders of magnitude used as amounts ("hundreds of thousands", "millions of dollars"): the figure
 * becomes the range [scale, 10 × scale), value unknown, approximate.
 */
export const MAGNITUDE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};

/** Fractions that take "of": "one-quarter of", "half of", "two-thirds of". Value in per cent. */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 50, 'one-half': 50, 'a-half': 50, third: 100 / 3, 'one-third': 100 / 3, 'two-thirds': 200 / 3,
  quarter: 25, 'one-quarter': 25, 'three-quarters': 75, 'one-fifth': 20, 'one-tenth': 10, fifth: 20, tenth: 10,
};

/** Vague multipliers before a scale word: "several thousand", "a few thousand". [low, high] multiples. */
export const VAGUE_MULTIPLIERS: Readonly<Record<string, readonly [number, number]>> = {
  several: [3, 10], few: [2, 10], 'a few': [2, 10], many: [2, 10],
};
