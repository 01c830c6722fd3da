/**
 * Word lists the speaker-phrase parser leans on: titles (kept apart as a role), nouns that can
 * head a description of a speaker ("a UN official"), and the words that cannot sit inside a
 * speaker phrase at all. Lists, not a tagger: the cue rules only need these distinctions.
 */

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Titles and job names: before a name they are its role ("Defence minister Avigdor Liberman"). */
export const TITLE_WORDS = words(`
  president minister secretary spokesperson spokesman spokeswoman leader reporter journalist correspondent
  commander general official chairman chairwoman chair director chief ambassador envoy governor mayor senator
  sen. sen representative rep. congressman congresswoman king queen prince princess emir sheikh ayatollah cleric
  pope bishop imam rabbi pastor reverend rev. dr. dr professor prof. judge justice attorney prosecutor lawyer
  colonel col. lieutenant lt. major maj. sergeant sgt. captain capt. admiral adm. gen. marshal officer analyst
  adviser advisor aide strategist economist historian author writer editor columnist commentator host anchor
  founder ceo executive manager head speaker candidate nominee dictator strongman premier chancellor monarch
  diplomat negotiator activist campaigner organiser organizer coordinator researcher scientist expert doctor
  surgeon physician nurse soldier fighter member politician lawmaker legislator delegate commissioner inspector
  investigator sheriff mogul businessman businesswoman billionaire pollster operative staffer consultant
  secretary-general vice-president deputy producer photographer blogger novelist poet philosopher theorist
`);

/** Honorifics dropped from a name ("Mr. Trump" is Trump). */
export const HONORIFICS = words('mr. mrs. ms. miss mr mrs ms dr. dr sir dame lord lady');

/** Nouns, besides the titles, that head a description of who spoke ("Humanitarian workers", "The Iraqi government"). */
const AGENT_NOUNS = words(`
  official source people person man woman men women family resident witness survivor refugee villager student
  teacher worker employee government ministry military army police group organisation organization agency campaign
  committee council report statement study survey article newspaper paper website forces authorities
  administration department office coalition alliance movement party union institute foundation association
  company firm network channel media press outlet critic supporter opponent protester demonstrator voter observer
  friend neighbour neighbor father mother son daughter brother sister wife husband child aide insider insiders
  spokespeople citizen citizen immigrant migrant veteran victim parent local regime militia rebel insurgent
  militant representative delegation team staff crowd audience panel court judge jury lawyer commission board
  agency bureau service embassy mission monitor charity ngo authority regulator prosecutors democrats republicans
  conservative liberal progressive activist advocate economist expert analyst editorial backer fan ally
  surrogate camp loyalist donor adviser follower
`);

/** Works and statements that stand for their author: "An article by X", "a statement from X". */
export const WORK_NOUNS = words('article report statement piece column op-ed editorial book essay paper letter memo tweet post interview study analysis review blog');

export const DETERMINERS = words('a an the one some several many few two three four five his her their its our this that these those another each every no any both all most other such');

/** Words that stand between a subject and its verb without being part of it ("has also said"). */
export const BETWEEN_SUBJECT_AND_VERB = words(`
  has have had also later then further previously recently once again repeatedly reportedly simply even both all
  too would will could may might can should did does do just still already now first finally flatly
  publicly privately openly bluntly angrily quietly later on never often frequently immediately not
`);

/** Sentence-opening words and connectives stripped from the front of a speaker phrase. */
export const LEADING_CONNECTIVES = words(`
  and but so then now also meanwhile still yet however instead later earlier finally separately similarly moreover
  indeed again as thus therefore hence plus or nor while though although when since because
`);

/** Words that never occur inside a speaker phrase: if one does, the phrase is not a subject. */
export const NOT_IN_PHRASE = words(`
  is are was were be been being am has have had will would could should may might must can cannot do does did
  not no never that which whom whose if when where while because although though than whether to there here it
  this these those what why how very so such just only even also there's it's if
`);

export const SUBJECT_PRONOUNS = words('he she they we i it');

/** Prepositions that may join a description ("a representative of AI", "a commander in Salahuddin Province"). */
export const PHRASE_PREPOSITIONS = words('of in at from for with on by');

/** Words that mark a capitalised run as an organisation or a publication rather than a person. */
export const ORGANISATION_WORDS = words(`
  times post independent journal news guardian telegraph herald tribune review magazine newspaper radio tv
  television network jazeera bbc cnn pbs nbc abc cbs npr fox msnbc reuters afp bloomberg politico gazette daily
  weekly monthly press chronicle observer economist standard mail mirror express bulletin wire worker vanguard
  international government state party forces army council union front guard guards agency ministry department
  university institute committee commission coalition league movement organization organisation bank fund group
  service office house court congress senate assembly parliament corps brigade brigades units militia company
  association foundation center centre revolution republic kingdom states nations church mosque school hospital
  airport airways federation network monitor watch amnesty campaign alliance
`);

/** Words that mark a capitalised run as a place. */
export const PLACE_WORDS = words(`
  province city strip east west north south arabia states kingdom republic island islands sea gulf river mountains
  valley county street square district region airport capital korea africa america europe asia coast bank
  heights peninsula desert camp lake ocean
`);

export const MONTHS_AND_DAYS = words(`
  january february march april may june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
`);

/** Capitalised words that are adjectives of nationality, creed or party, never a person's name. */
export const DEMONYMS = words(`
  american british english french german italian russian chinese japanese iraqi iranian syrian turkish kurdish
  arab arabic israeli palestinian saudi egyptian lebanese jordanian qatari afghan pakistani indian canadian
  australian european western eastern northern southern sunni shia shiite shi’ite islamic islamist muslim christian
  jewish yazidi turkmen assyrian armenian democratic republican democrat conservative liberal labour tory marxist
  socialist communist soviet ukrainian polish spanish mexican cuban korean vietnamese libyan yemeni gulf us uk un
  allied imperial imperialist
`);

/** Is `word` (any case) a noun that can head a description of a speaker? Plurals are folded. */
export function isAgentNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (AGENT_NOUNS.has(w) || TITLE_WORDS.has(w)) return true;
  const singulars = [w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, ''), w.replace(/men$/, 'man')];
  return singulars.some((s) => s !== w && (AGENT_NOUNS.has(s) || TITLE_WORDS.has(s)));
}

export function isTitleWord(word: string): boolean {
  // "co-founder", "vice-chairman": the last part decides.
  const w = word.toLowerCase().split('-').pop() ?? '';
  return TITLE_WORDS.has(w) || (w.endsWith('s') && TITLE_WORDS.has(w.slice(0, -1)));
}
