/**
 * Where the words were said: "told PBS", "told Democracy Now!", "wrote in the Independent",
 * "noted in “Syria Quagmire” (…)", "analyzed in Bringing Forward Another Way". Read from the
 * words after the speech verb; a person addressed ("told Obama") is not a channel.
 */
import { MONTHS_AND_DAYS } from './lexicon.js';
import { isCapitalised, type Token } from './tokens.js';
import { WRITING_VERBS } from './verbs.js';

const MEDIA_WORDS = new Set(
  `times post independent journal news guardian telegraph herald tribune review magazine newspaper radio tv television
  network jazeera bbc cnn pbs nbc abc cbs npr fox msnbc reuters afp ap bloomberg politico gazette daily weekly press
  chronicle observer economist standard mail mirror express bulletin wire vanguard twitter facebook instagram youtube
  breitbart huffpost huffington axios slate atlantic newsweek time usa today podcast blog website now! democracy`.split(/\s+/),
);

const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night']);

const clean = (text: string): string => text.replace(/[’']s$/, '').replace(/^[“‘"']|[”’"',.]$/g, '').replace(/[,.]$/, '').trim();

/** A run of capitalised words from `i` ("the London Independent", "Democracy Now!"), with its end index. */
function capitalisedRun(tokens: readonly Token[], i: number, source: string): { text: string; next: number } | null {
  let j = i;
  if (/^the$/i.test(tokens[j]?.text ?? '')) j++;
  const first = j;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const joiner = (t.text === 'of' || t.text === 'and' || t.text === '&') && isCapitalised(tokens[j + 1]?.text ?? '');
    if (t.kind !== 'word' || (!isCapitalised(t.text) && !joiner)) break;
    j++;
  }
  if (j === first) return null;
  let end = tokens[j - 1]!.end;
  // "Democracy Now!": an exclamation mark fused to a name belongs to it.
  if (tokens[j]?.text === '!' && tokens[j]!.start === end) end++;
  return { text: source.slice(tokens[i]!.start, end), next: j };
}

/** Does the name look like an outlet? An addressee after "told" may also be "the Something". */
function isMedia(text: string, addressee: boolean): boolean {
  const words = text.toLowerCase().split(/[\s-]+/);
  if (words.some((w) => MEDIA_WORDS.has(w.replace(/[’']s$/, '')))) return true;
  return /\b[A-Z]{2,5}\b/.test(text) || text.endsWith('!') || (addressee && /^the\s/i.test(text));
}

/** The channel named in the words after a speech verb (`tokens` start right after the verb). */
export function findChannel(tokens: readonly Token[], verbBase: string, source: string): string | null {
  let i = 0;
  // "told PBS", "told Britain’s The Independent": the addressee is a channel only if it is an outlet.
  if (verbBase === 'tell') {
    if (tokens[i] && /[’']s$/.test(tokens[i]!.text) && isCapitalised(tokens[i]!.text) && isCapitalised(tokens[i + 1]?.text ?? '')) i++;
    const run = capitalisedRun(tokens, i, source);
    if (run && isMedia(run.text, true) && !MONTHS_AND_DAYS.has(run.text.toLowerCase())) return clean(run.text);
  }
  // Otherwise the first "in/on/to …" within a few words: "noted in the London Independent (28 February)".
  for (let k = 0; k < Math.min(tokens.length, 6); k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.text === ':' || (t.text === ',' && k > 0 && tokens[k - 1]?.kind !== 'word')) break;
    if (!['in', 'on', 'to'].includes(t.text)) continue;
    const next = tokens[k + 1];
    if (!next) break;
    if (next.kind === 'quote' && (t.text === 'in' || t.text === 'on')) return clean(next.text);
    // "on NBC’s “Meet the Press”": the programme is the channel.
    if (/[’']s$/.test(next.text) && isCapitalised(next.text) && tokens[k + 2]?.kind === 'quote') return clean(tokens[k + 2]!.text);
    const run = capitalisedRun(tokens, k + 1, source);
    if (!run) continue;
    const words = run.text.replace(/^the\s+/i, '').toLowerCase().split(/\s+/);
    if (words.every((w) => MONTHS_AND_DAYS.has(w) || TIME_WORDS.has(w))) continue;
    const writing = WRITING_VERBS.has(verbBase) && verbBase !== 'say';
    const outlet = words.some((w) => w.split('-').some((part) => MEDIA_WORDS.has(part.replace(/[’']s$/, ''))));
    if (outlet || (t.text !== 'in' && isMedia(run.text, false)) || (t.text === 'in' && writing && words.length >= 2)) return clean(run.text);
  }
  return null;
}
