/**
 * Topic words for `figure <topic>`: each group is one concept, so "deaths" finds figures that
 * count the killed, "troops" finds soldiers and forces. Words are singular and lowercase.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['killed', 'kill', 'killing', 'death', 'dead', 'died', 'die', 'casualty', 'fatality', 'toll', 'death toll', 'slaughter', 'slaughtered', 'massacre', 'murder', 'murdered', 'life', 'lives'],
  ['wounded', 'injured', 'injury', 'wound', 'hurt'],
  ['displaced', 'fled', 'flee', 'fleeing', 'refugee', 'evacuated', 'evacuee', 'idp', 'exodus', 'homeless', 'driven out', 'displacement'],
  ['troop', 'soldier', 'force', 'personnel', 'army', 'fighter', 'militia', 'militiaman', 'men', 'man', 'peshmerga', 'special force', 'military', 'deployed'],
  ['civilian', 'people', 'person', 'resident', 'inhabitant', 'citizen', 'noncombatant'],
  ['population', 'populace', 'inhabitant', 'resident'],
  ['airstrike', 'air strike', 'strike', 'bomb', 'bombing', 'raid', 'air raid', 'munition', 'sortie', 'shell', 'shelling'],
  ['cost', 'spent', 'spending', 'spend', 'dollar', 'money', 'budget', 'funding', 'fund', 'income', 'revenue', 'worth', 'banknote', 'cash', 'price'],
  ['prisoner', 'detainee', 'inmate', 'freed', 'released', 'jailbreak'],
  ['hostage', 'kidnapped', 'captive', 'abducted', 'captured'],
  ['deserted', 'desertion', 'deserter', 'defected'],
  ['child', 'children', 'kid', 'minor', 'boy', 'girl'],
  ['poverty', 'poor', 'poverty line'],
  ['village', 'town', 'city'],
];

/** Words a topic may contain that say nothing about what is counted. */
export const TOPIC_STOPWORDS = new Set([
  'how', 'many', 'much', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'were', 'was', 'are', 'is', 'number',
  'numbers', 'figure', 'figures', 'total', 'count', 'what', 'who', 'by', 'for', 'and', 'or', 'did', 'do', 'there',
  'estimate', 'estimates', 'amount',
]);
