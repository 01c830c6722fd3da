/**
 * Function words that say little about which passage is meant. The index keeps them (they count
 * towards an exact phrase), but they never find a passage on their own and weigh little.
 * Forms are as the tokenizer leaves them: "don't" -> "dont", "it's" -> "it".
 */
const WORDS = `
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing dont down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves also s t d ll m re ve o y isnt wasnt arent werent didnt
doesnt hasnt havent hadnt wont wouldnt cant couldnt shouldnt ive youre theyre weve
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}
