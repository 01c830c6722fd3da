/**
 * The speech-verb lexicon: verbs that introduce or follow a quotation ("said", "warned",
 * "told", "declared", …). Every inflection is listed or generated here so the cue rules only
 * ask "is this token a speech verb, and in which form?".
 */

export type VerbForm = 'base' | 'third' | 'past' | 'gerund';

/** Regular verbs: the generator adds -s, -ed, -ing (with the usual e/y spelling changes). */
const REGULAR = `
  acknowledge add admit advise affirm agree allege analyse analyze announce answer apologise apologize
  argue assert assure attest bemoan blast boast brag caution charge chide claim clarify comment complain
  concede conclude confess confirm contend continue counter criticise criticize cry declare decry demand
  denounce deny deplore describe disclose dispute echo elaborate emphasise emphasize exclaim explain
  grumble hail hint insist inform interject joke lament laud marvel maintain mock muse mutter note object
  observe opine plead pledge post praise predict proclaim promise protest question quip recall recount
  reiterate relate remark remind repeat reply report respond retort reveal scoff scream shout sigh slam
  snap sneer speculate state stress suggest testify threaten tout tweet urge vow warn wonder yell
`;

/** Verbs whose forms the generator would get wrong, as base, third person, past, gerund. */
const IRREGULAR: ReadonlyArray<readonly [string, string, string, string]> = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'writing'],
  ['speak', 'speaks', 'spoke', 'speaking'],
  ['ask', 'asks', 'asked', 'asking'],
  ['call', 'calls', 'called', 'calling'],
  ['put', 'puts', 'put', 'putting'],
  ['read', 'reads', 'read', 'reading'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['commit', 'commits', 'committed', 'committing'],
  ['regret', 'regrets', 'regretted', 'regretting'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['snap', 'snaps', 'snapped', 'snapping'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['plead', 'pleads', 'pleaded', 'pleading'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['reply', 'replies', 'replied', 'replying'],
  ['clarify', 'clarifies', 'clarified', 'clarifying'],
  ['cry', 'cries', 'cried', 'crying'],
  ['deny', 'denies', 'denied', 'denying'],
  ['echo', 'echoes', 'echoed', 'echoing'],
];

/** Forms that are far more often something else ("post" the noun, "read" the past of reading a book). */
const EXCLUDED_FORMS = new Set(['post', 'posts', 'put', 'puts', 'putting', 'cry', 'cries', 'question', 'questions', 'object', 'objects', 'counter', 'state', 'states', 'sigh', 'stress', 'echo', 'echoes', 'charge', 'charges', 'demand', 'demands', 'comment', 'comments', 'answer', 'answers', 'reply', 'promise', 'promises', 'protest', 'protests', 'hint', 'hints', 'speculate', 'reading', 'repeat', 'relate', 'relates', 'call', 'report']);

function regularForms(base: string): [string, string, string, string] {
  const third = /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const gerund = /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, third, past, gerund];
}

function buildLexicon(): Map<string, { base: string; form: VerbForm }> {
  const lexicon = new Map<string, { base: string; form: VerbForm }>();
  const add = (forms: readonly [string, string, string, string]): void => {
    const [base] = forms;
    const kinds: VerbForm[] = ['base', 'third', 'past', 'gerund'];
    forms.forEach((word, i) => {
      if (!EXCLUDED_FORMS.has(word) && !lexicon.has(word)) lexicon.set(word, { base, form: kinds[i]! });
    });
  };
  for (const forms of IRREGULAR) add(forms);
  for (const base of REGULAR.split(/\s+/).filter(Boolean)) add(regularForms(base));
  return lexicon;
}

const LEXICON = buildLexicon();

/** The speech verb a token is, if it is one (case-insensitive, curly apostrophes ignored). */
export function speechVerb(token: string): { base: string; form: VerbForm } | null {
  return LEXICON.get(token.toLowerCase()) ?? null;
}

/** Verbs of writing or publishing: after them "in The X" names where the words appeared. */
export const WRITING_VERBS = new Set(['write', 'note', 'observe', 'analyze', 'analyse', 'argue', 'report', 'state', 'explain', 'describe', 'conclude', 'declare', 'warn', 'remark', 'suggest', 'say', 'comment', 'tweet', 'post', 'claim', 'insist', 'predict', 'reveal', 'disclose']);

/** Verbs that may stand before their subject after a quotation: "…," said Mohamed. */
export const INVERTIBLE = new Set(['read', 'say', 'add', 'ask', 'write', 'continue', 'reply', 'explain', 'recall', 'respond', 'answer', 'insist', 'warn', 'declare', 'note', 'observe', 'conclude', 'remark', 'retort', 'quip', 'joke', 'muse', 'shout', 'exclaim', 'concede', 'admit', 'acknowledge', 'argue', 'counter', 'complain', 'claim', 'state', 'report', 'tell', 'boast', 'snap', 'scoff', 'sigh', 'mutter', 'suggest', 'interject', 'promise', 'predict', 'proclaim', 'urge', 'lament']);
