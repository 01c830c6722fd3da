/**
 * What happened to what a figure counts, folded to one key so `figure` can group sources that
 * say it differently: "killed", "dead", "deaths", "casualties" and "slaughtered" are all `killed`.
 */

/** Verbs and participles after or before the number: "civilians were killed", "killing 16 civilians". */
export const EVENT_VERBS: Readonly<Record<string, string>> = {
  killed: 'killed', killing: 'killed', kill: 'killed', kills: 'killed', slaughtered: 'killed', massacred: 'killed',
  murdered: 'killed', executed: 'killed', died: 'killed', die: 'killed', dying: 'killed', perished: 'killed',
  dead: 'killed', slain: 'killed', beheaded: 'killed',
  wounded: 'wounded', injured: 'wounded', injuring: 'wounded', wounding: 'wounded', maimed: 'wounded', hurt: 'wounded',
  displaced: 'displaced', displacing: 'displaced', fled: 'displaced', flee: 'displaced', fleeing: 'displaced',
  evacuated: 'displaced', expelled: 'displaced', uprooted: 'displaced', 'driven out': 'displaced',
  'forced out': 'displaced', 'forced to flee': 'displaced', 'forced from': 'displaced', homeless: 'displaced',
  freed: 'freed', released: 'freed', releasing: 'freed', freeing: 'freed', rescued: 'freed',
  captured: 'captured', capturing: 'captured', seized: 'captured', seizing: 'captured', taken: 'captured',
  kidnapped: 'captured', abducted: 'captured', 'taken hostage': 'captured', 'held hostage': 'captured',
  arrested: 'arrested', detained: 'arrested', jailed: 'arrested', imprisoned: 'arrested',
  deserted: 'deserted', deserting: 'deserted', defected: 'deserted',
  deployed: 'deployed', deploying: 'deployed', stationed: 'deployed', sent: 'deployed', embedded: 'deployed',
  losing: 'lost', lost: 'lost', lose: 'lost',
  spent: 'cost', spend: 'cost', spending: 'cost', cost: 'cost', costing: 'cost',
};

/** Nouns that name the event: "the deaths of 1.5 million Iraqis", "500 casualties". */
export const EVENT_NOUNS: Readonly<Record<string, string>> = {
  deaths: 'killed', death: 'killed', dead: 'killed', casualties: 'killed', fatalities: 'killed', lives: 'killed',
  slaughter: 'killed', murder: 'killed', massacre: 'killed', killing: 'killed', killings: 'killed',
  'death toll': 'killed', toll: 'killed',
  injuries: 'wounded', wounded: 'wounded', injured: 'wounded',
  refugees: 'displaced', displacement: 'displaced', exodus: 'displaced', evacuees: 'displaced',
  'displaced persons': 'displaced', idps: 'displaced',
  hostages: 'captured', arrests: 'arrested',
  desertions: 'deserted', deserters: 'deserted',
};

/** Event nouns that are the thing counted: "300 deaths" counts the event itself, no other noun. */
export const SELF_COUNTING_EVENT_NOUNS = new Set([
  'deaths', 'death', 'dead', 'casualties', 'fatalities', 'lives', 'killings', 'injuries', 'wounded', 'injured',
  'desertions', 'arrests',
]);
