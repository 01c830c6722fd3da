/**
 * Words before a number that hedge or bound it. `bound` says which way the true count lies;
 * every entry makes the figure approximate except "exactly"-style words.
 */

export type Bound = 'min' | 'max' | 'about';

export interface Approximator {
  bound: Bound | null;
  approximate: boolean;
}

const about: Approximator = { bound: 'about', approximate: true };
const min: Approximator = { bound: 'min', approximate: true };
const max: Approximator = { bound: 'max', approximate: true };
const exact: Approximator = { bound: null, approximate: false };

/** Longest phrases first when matching; keys are lowercase, words separated by one space. */
export const APPROXIMATORS: Readonly<Record<string, Approximator>> = {
  some: about, about, around: about, roughly: about, approximately: about, approx: about, nearly: max,
  almost: max, 'close to': max, 'just under': max, 'just below': max, under: max, 'less than': max,
  'fewer than': max, 'below': max, 'up to': max, 'as many as': max, 'as much as': max, 'as high as': max,
  'no more than': max, 'not more than': max, 'at most': max, 'a maximum of': max, 'at least': min,
  'more than': min, 'over': min, 'just over': min, 'well over': min, 'upwards of': min, 'in excess of': min,
  'no fewer than': min, 'no less than': min, 'not less than': min, 'a minimum of': min, above: min,
  'an estimated': about, estimated: about, 'an average of': about, 'on average': about, 'average of': about,
  'as few as': min, 'as little as': min, 'as low as': min, 'at a cost of': exact, exactly: exact, precisely: exact,
  'just': exact, only: exact, 'a mere': exact, 'a total of': exact, 'a further': exact, another: exact,
  'an additional': exact, 'or so': about, 'more or less': about, 'give or take': about,
};

/** Hedges after the counted noun, kept as written: "may have been killed", "are said to have fled". */
export const HEDGE_PATTERN =
  /\b(?:(?:may|might|could|would) (?:have )?(?:been )?|(?:is|are|was|were) (?:said|believed|thought|estimated|reported|feared|claimed|alleged) to (?:have )?(?:been )?|reportedly |allegedly |possibly |probably |perhaps )/i;

/** Trailing approximators: "40,000 or so", "a million or more". */
export const TRAILING_APPROXIMATORS: Readonly<Record<string, Approximator>> = {
  'or so': about, 'or more': min, plus: min, 'or less': max, 'or fewer': max, 'or over': min, 'or older': min,
  'or above': min, 'and over': min, 'and up': min, 'and above': min,
};
