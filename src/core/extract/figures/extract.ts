/**
 * Figures in one paragraph: lexes the numbers of each sentence, drops the non-figures, and reads
 * for each figure its qualifier, what it counts, the event, the rate and who gives it.
 */
import type { Figure, FigureKind } from '../types.js';
import { readAbout, sentenceSubject } from './about.js';
import { attributionBefore } from './attribution.js';
import { readCounted, type Counted } from './counted.js';
import { aboutOfAge, continuedAbout, markChanges, ofComplement } from './neighbours.js';
import { eventAfter, eventBefore, type EventRead } from './event.js';
import { lexNumbers, type Mention } from './lexer.js';
import { rejectionOf, type Rejection } from './non-figures.js';
import { splitNumberHyphens } from './number-words.js';
import { readHedge, readQualifier } from './qualifier.js';
import { sentenceRanges } from '../../text/sentences.js';
import { markVerbs } from './tagger.js';
import { isCapitalized, tokenize, type Token } from './tokens.js';
import { EVENT_NOUNS, EVENT_VERBS, SELF_COUNTING_EVENT_NOUNS } from './lexicon/events.js';

export interface ParagraphContext {
  docId: string;
  paragraph: number;
  abbreviations: ReadonlyMap<string, string>;
}

export interface RejectedNumber {
  paragraph: number;
  range: [number, number];
  text: string;
  reason: Rejection;
}

/** A figure before ids and speakers are assigned. */
export type DraftFigure = Omit<Figure, 'id' | 'speaker'>;

function kindOf(m: Mention): FigureKind {
  switch (m.unitKind) {
    case 'percent':
      return 'percent';
    case 'currency':
      return 'money';
    case 'measure':
      return 'measure';
    case 'time':
      return 'duration';
    case 'age':
      return 'age';
    default:
      return 'count';
  }
}

/** "aged 14", "at age 21", and an apposition "Mohamed, 24," read as ages. */
function isAge(tokens: readonly Token[], m: Mention, qualifierStart: number): boolean {
  if (m.unit !== null || m.value === null) return false;
  const before = tokens[qualifierStart - 1]?.lower;
  if (before === 'aged' || before === 'age' || (before === 'of' && tokens[qualifierStart - 2]?.lower === 'age')) return true;
  const after = tokens[m.end];
  const apposition = tokens[m.start - 1]?.text === ',' && isCapitalized(tokens[m.start - 2]);
  return apposition && m.atoms[0]!.digits !== null && m.value >= 10 && m.value < 100 && (after === undefined || /^[,.;)]$/.test(after.text));
}

/**
 * An event the figure shares with what comes before it: "killed some 30 civilians, including nine
 * children"; "the dead: “My mother, three brothers…”"; an elided "nearly 700,000 [residents] still…".
 */
function eventOfList(tokens: readonly Token[], start: number, previous: DraftFigure | null, elided: boolean): EventRead | null {
  const inherited = previous?.event ?? null;
  if (inherited !== null && (elided || tokens[start - 1]?.lower === 'including')) return { key: inherited, text: inherited, where: 'before' };
  for (let i = start - 1; i > 0; i--) {
    if (tokens[i]!.text !== ':') continue;
    const word = tokens[i - 1]!.lower;
    const key = EVENT_NOUNS[word] ?? EVENT_VERBS[word];
    return key !== undefined ? { key, text: tokens[i - 1]!.text, where: 'before' } : null;
  }
  return null;
}

/** The figure just before "(" when this one, in parentheses, restates it in another unit. */
function conversionOf(tokens: readonly Token[], start: number, previous: DraftFigure | null): DraftFigure | null {
  const open = tokens[start - 1];
  if (previous === null || open?.text !== '(') return null;
  const before = tokens[start - 2];
  return before !== undefined && before.end <= previous.range[1] + 1 && before.end >= previous.range[0] ? previous : null;
}

function headOf(noun: string | null): string | null {
  return noun === null ? null : (noun.split(' ').pop() ?? null);
}

export function scanParagraph(text: string, ctx: ParagraphContext, rejected?: RejectedNumber[]): DraftFigure[] {
  const drafts: DraftFigure[] = [];
  for (const [ss, se] of sentenceRanges(text)) {
    const sentence = text.slice(ss, se);
    const lexed = splitNumberHyphens(tokenize(sentence, ss));
    const figures: Mention[] = [];
    for (const m of lexNumbers(lexed)) {
      const reason = rejectionOf(m, lexed, ss);
      if (reason === null) {
        figures.push(m);
        continue;
      }
      const range: [number, number] = [lexed[m.start]!.start, lexed[m.end - 1]!.end];
      rejected?.push({ paragraph: ctx.paragraph, range, text: text.slice(...range), reason });
    }
    const lastFigure = figures.at(-1);
    if (lastFigure === undefined) continue;
    // The tagger reads only sentences with a figure, up to the last one (tagger.ts says why).
    const tokens = markVerbs(lexed, sentence, ss, lexed[lastFigure.end - 1]!.end);
    let previous: DraftFigure | null = null;
    const read: ReadFigure[] = [];
    for (const m of figures) {
      const figure = readFigure(text, sentence, ss, tokens, m, previous, ctx);
      drafts.push(figure.draft);
      read.push(figure);
      previous = figure.draft;
    }
    markChanges(tokens, read);
  }
  return drafts;
}

interface ReadFigure {
  draft: DraftFigure;
  /**
   * Token index where its qualifier starts, for markChanges. For "between 5 and 10" that is
   * "between", but markChanges passes over ranges.
   */
  start: number;
}

function readFigure(
  text: string,
  sentence: string,
  sentenceStart: number,
  tokens: readonly Token[],
  m: Mention,
  previous: DraftFigure | null,
  ctx: ParagraphContext,
): ReadFigure {
  const between = m.forms.includes('range') && tokens[m.start - 1]?.lower === 'between' ? m.start - 1 : m.start;
  const q = readQualifier(tokens, between, m.end);
  const age = isAge(tokens, m, q.start);
  const kind: FigureKind = age ? 'age' : kindOf(m);
  const mention: Mention = age ? { ...m, unit: 'age', unitKind: 'age' } : m;
  let counted: Counted = readCounted(tokens, mention, q.start, q.end);
  let noun = counted.noun;
  let countsRule: string | null = counted.rule;

  let event: EventRead | null = eventBefore(tokens, q.start);
  const head = headOf(noun);
  if (head !== null && SELF_COUNTING_EVENT_NOUNS.has(head)) {
    event ??= { key: EVENT_NOUNS[head]!, text: head, where: 'head' };
    noun = null;
  }
  // "up to 30 more were slaughtered": the noun left out is the previous figure's.
  if (noun === null && counted.rule === null && kind === 'count' && previous?.noun && previous.kind === 'count' && event?.where !== 'head') {
    noun = previous.noun;
    countsRule = 'ellipsis';
    counted = { ...counted, text: previous.countedText };
  }
  // "seven miles (11 km)", "10.5 million Australian dollars ($7.5 million)": the same amount again.
  const original = conversionOf(tokens, q.start, previous);
  if (original !== null && noun === null) {
    noun = original.noun;
    countsRule = 'conversion';
    counted = { ...counted, text: original.countedText };
    if (original.event !== null) event ??= { key: original.event, text: original.event, where: 'before' };
  }
  const afterIndex = counted.span !== null ? counted.span[1] : q.end;
  event ??= eventAfter(tokens, afterIndex);
  if (event === null && head !== null && EVENT_NOUNS[head] !== undefined) event = { key: EVENT_NOUNS[head]!, text: head, where: 'head' };
  event ??= eventOfList(tokens, q.start, previous, countsRule === 'ellipsis');

  const textStart = tokens[between]!.start;
  const textEndToken = counted.per !== null ? counted.end : counted.span !== null ? counted.span[1] : m.end;
  const textEnd = tokens[textEndToken - 1]!.end;
  const hedgeFrom = tokens[afterIndex - 1]!.end;
  const hedge = readHedge(text.slice(hedgeFrom, sentenceStart + sentence.length));
  const phrases = hedge !== null ? [...q.phrases, hedge] : [...q.phrases];
  let approximate = q.approximate;
  let bound = q.bound;
  // "an estimated population of 1.3 million": the approximator sits before the noun.
  if (countsRule === 'noun-of' || countsRule === 'place-of') {
    const before = readQualifier(tokens, q.start - 2, q.start - 2);
    phrases.unshift(...before.phrases);
    approximate ||= before.approximate;
    bound ??= before.bound;
  }
  const magnitudeWords = m.forms.includes('magnitude') || m.forms.includes('vague');
  if (magnitudeWords) phrases.unshift(text.slice(tokens[m.start]!.start, tokens[m.atoms[0]!.end - 1]!.end));
  const counts = [noun, event?.key ?? null].filter((x): x is string => x !== null).join(' ');

  const draft: DraftFigure = {
    docId: ctx.docId,
    paragraph: ctx.paragraph,
    text: text.slice(textStart, textEnd),
    value: m.value,
    low: m.low,
    high: m.high,
    unit: mention.unit,
    counts: counts === '' ? null : counts,
    qualifier: phrases.length > 0 ? phrases.join('; ') : null,
    approximate: approximate || magnitudeWords,
    sentence,
    range: [textStart, textEnd],
    kind,
    noun,
    event: event?.key ?? null,
    countedText: counted.text,
    per: counted.per,
    bound: bound ?? (magnitudeWords ? 'about' : null),
    attribution: attributionBefore(sentence, textStart - sentenceStart, ctx.abbreviations),
    about: original !== null ? original.about : (continuedAbout(tokens, q.start, previous) ?? aboutOfAge(tokens, m, age) ?? readAbout(tokens, q.start, kind === 'count') ?? ofComplement(tokens, counted) ?? sentenceSubject(tokens, q.start)),
    forms: [...m.forms],
    countsRule,
  };
  return { draft, start: q.start };
}
