/**
 * Verbs that end a clause's subject ("Nvidia advanced 8%", "The boot now stands at 24.5 cubic feet").
 * Regular past forms in -ed are recognised by shape; these are the rest, plus the common present forms.
 */
export const VERBS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'shall', 'should', 'may', 'might', 'can', 'could', 'must', 'rose', 'rises', 'rise', 'fell', 'falls', 'fall', 'grew',
  'grows', 'grow', 'gained', 'gains', 'gain', 'lost', 'loses', 'lose', 'hit', 'hits', 'stands', 'stood', 'stand',
  'reached', 'reaches', 'reach', 'made', 'makes', 'make', 'took', 'takes', 'take', 'got', 'gets', 'get', 'gave',
  'gives', 'give', 'paid', 'pays', 'pay', 'sold', 'sells', 'sell', 'bought', 'buys', 'buy', 'cost', 'costs', 'spent',
  'spends', 'spend', 'won', 'wins', 'win', 'said', 'says', 'say', 'told', 'tells', 'expects', 'expect', 'estimates',
  'estimate', 'shows', 'show', 'showed', 'shown', 'saw', 'sees', 'see', 'came', 'comes', 'come', 'went', 'goes', 'go',
  'ran', 'runs', 'run', 'set', 'sets', 'put', 'puts', 'cut', 'cuts', 'left', 'leaves', 'leave', 'held', 'holds',
  'hold', 'kept', 'keeps', 'keep', 'brought', 'brings', 'bring', 'built', 'builds', 'drew', 'draws', 'sent', 'sends',
  'needs', 'need', 'offers', 'offer', 'includes', 'include', 'contains', 'contain', 'weighs', 'weigh', 'measures',
  'covers', 'cover', 'spans', 'span', 'employs', 'employ', 'owns', 'own', 'posted', 'posts', 'reports', 'report',
  'climbs', 'climb', 'drops', 'drop', 'jumps', 'jump', 'slips', 'slip', 'sinks', 'sank', 'sink', 'soars', 'soar',
  'surges', 'surge', 'tumbles', 'plunges', 'ends', 'end', 'closes', 'close', 'opens', 'open', 'trades', 'trade',
  'totals', 'total', 'amounts', 'earns', 'earn', 'raises', 'raise', 'adds', 'add', 'lists', 'list', 'features',
  'boasts', 'produces', 'produce', 'delivers', 'deliver', 'accounts', 'account', 'represents', 'represent', 'means',
  'mean', 'became', 'becomes', 'become', 'remains', 'remain', 'stays', 'stay', 'looks', 'seems', 'seem', 'plans',
  'plan', 'wants', 'want', 'hopes', 'hope', 'aims', 'aim', 'faces', 'face', 'fetches', 'fetch', 'returns', 'return',
  'averages', 'average', 'scored', 'scores', 'score', 'found', 'finds', 'find', 'began', 'begins', 'begin', 'met',
  'meets', 'lets', 'let', 'knows', 'knew', 'thinks', 'thought', 'believes', 'claims', 'claim', 'warns', 'warn',
  'charges', 'charge', 'orbits', 'lasts', 'last', 'dips', 'dip', 'stretched', 'stretches', 'stretch', 'lies', 'lay',
  'sits', 'sat', 'provides', 'provide', 'requires', 'require', 'allows', 'allow', 'uses', 'use', 'imposed',
  'imposes', 'impose', 'doubled', 'doubles', 'tripled', 'halved', 'receives', 'receive', 'generates', 'generate',
  'slid', 'slides', 'slide', 'shed', 'sheds', 'led', 'leads', 'lead', 'fled', 'flees', 'flee', 'killed', 'kills',
]);

/** Words that open a clause: the subject of a figure is looked for after the nearest of these. */
export const CLAUSE_OPENERS = new Set([
  'and', 'but', 'while', 'whilst', 'whereas', 'which', 'who', 'that', 'when', 'after', 'before', 'because',
  'although', 'though', 'if', 'since', 'as', 'so', 'where', 'whether', 'unless', 'until', 'then',
]);

/** Words skipped at the start of a clause before its subject. */
export const CLAUSE_LEADERS = new Set([
  'however', 'meanwhile', 'also', 'still', 'now', 'then', 'yet', 'overall', 'instead', 'indeed', 'today',
  'yesterday', 'currently', 'finally', 'moreover', 'furthermore', 'thus', 'therefore', 'and', 'but', 'so',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
]);
