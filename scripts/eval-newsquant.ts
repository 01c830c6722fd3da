/**
 * Scores figure extraction on NewsQuant (CQE paper, github satya77/CQE_Evaluation): 590 news
 * sentences with 904 quantities. The data set is not in the repository; give its path:
 *
 *   npx tsx scripts/eval-newsquant.ts /work/data/newsquant/NewsQuant.json [--split all|dev|held-out] [--scoring strict|cqe] [--verbose]
 *   (or IBID_NEWSQUANT=/path/NewsQuant.json)
 *
 * Two scorings. `strict` (the default) is ours; `cqe` re-does the CQE paper's own procedure, so
 * that our figures compare with its table (see "CQE scoring" below).
 *
 * Strict matching, one-to-one, each gold quantity taking the first unused extracted figure:
 * - value: equal within 1e-8 + 1e-5 × |gold value| (np.isclose's tolerances, but relative to the
 *   gold value where the CQE script's is relative to the model's); a range matches a range with
 *   both ends equal. Our fractions are per cent ("one-quarter" = 25), NewsQuant's are ratios
 *   (0.25), so fraction figures are divided by 100 here.
 * - value + concept (the CQE paper's "value+concept_partial", anchor F1 76.1): the value matches
 *   and at least one word of the gold `referred_concepts` appears among the figure's concept words:
 *   `about` (the subject the amount is said of), plus the noun of a measure, share or amount ("a 25%
 *   duty"); a count's own noun is NewsQuant's unit, not its concept. "-" on both sides also
 *   matches, as in the CQE script. Words are lowercased and singularised.
 * - value + counted thing (ours): the figure's noun, counted phrase, event and `about` against the
 *   gold concept plus the gold unit's words
 *   when that unit is a counted noun rather than a measure, currency or per cent ("35m of its Echo
 *   devices": unit "devices", concept "Amazon"); a unit is a measure when NewsQuant's normalised
 *   unit or our unit lexicon says so.
 * Unlike the CQE script, an extracted figure is never matched twice, nor a gold quantity credited twice.
 *
 * CQE scoring (`--scoring cqe`, scripts/newsquant/cqe-scoring.ts): `calculate_metrics` in
 * evaluate_models.py of satya77/CQE_Evaluation, with `decode_dictionary`, `values_match`,
 * `concepts_match` and `get_fscores`, re-implemented and checked to give their exact figures on the
 * GPT-3 output they publish. How it differs from the strict scoring:
 * - per sentence, gold quantities and tags are both sorted by normalised unit; each gold quantity
 *   walks the remaining tags, and EVERY tag with a matching value earns value credit and concept
 *   credit, until one whose normalised unit also matches; only that tag is used up. So a gold
 *   quantity can be credited more than once, and a tag whose unit never matches can be credited
 *   against several gold quantities with the same value;
 * - value credit per sentence is capped at its number of gold quantities; concept credit is not;
 * - value tolerance is np.isclose(gold, model) (relative to the model's value); gold values with an
 *   inner "-" are ranges; ranges match only ranges;
 * - concepts: gold `referred_concepts` split on commas and blanks, lowercased, compared as exact
 *   words with ours (no singularising, unlike strict): "partial" = one shared word, "complete" =
 *   the same words and as many; "-" (no concept) matches "-";
 * - P = credits / all tags, R = credits / all gold quantities, micro over the sentences.
 * Because the unit decides when crediting stops, the CQE scores depend on naming our units in CQE's
 * vocabulary (scripts/newsquant/cqe-tags.ts): a unit named differently only loosens it further,
 * so the map is made as close to NewsQuant's names as a per-symbol map can be. Measured on all
 * 590 sentences, even a unit no tag ever matched would move value F1 by +0.2 and value + concept
 * by +0.3, so the map barely matters there; "value + unit" does depend on it and says more about
 * that map than about the extractor. Our concept words are the strict scoring's fields.
 * Their own script, run on our tags as this mode builds them, gives the same four figures.
 *
 * What the loader adapts, as the CQE evaluation's taggers do for each system (nothing else):
 * - the text's transliterated symbols are put back ("PS2.7m" → "£2.7m", "Y=590" → "¥590"): see restoreSymbols;
 * - a change written "from X to Y" is one quantity (X, Y) in NewsQuant; we extract its two ends as
 *   figures marked `from` and `to`, which are scored as that one quantity.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CorpusDocument } from '../src/core/corpus/types.js';
import type { Figure } from '../src/core/extract/types.js';
import { extractFigures } from '../src/core/extract/figures/index.js';
import { singular } from '../src/core/extract/figures/nouns-normal.js';
import { CURRENCY_WORDS, MEASURE_UNITS } from '../src/core/extract/figures/lexicon/units.js';
import { cqeCounts, type CqeCounts, type CqeSentence } from './newsquant/cqe-scoring.js';
import { toCqeTag } from './newsquant/cqe-tags.js';

interface GoldQuantity {
  value: string;
  unit: string;
  normalized_unit: string;
  referred_concepts: string;
  change: string;
}
interface GoldSentence {
  text: string;
  quantities: GoldQuantity[];
}

export interface NewsQuantScores {
  sentences: number;
  gold: number;
  extracted: number;
  value: { p: number; r: number; f1: number };
  valueConcept: { p: number; r: number; f1: number };
  valueCounted: { p: number; r: number; f1: number };
  /** The same extraction counted by the CQE paper's procedure (`--scoring cqe`). */
  cqe: CqeCounts;
  errors: string[];
  millis: number;
}

type Amount = number | [number, number];

function goldAmount(value: string): Amount {
  const range = /^(\d[\d.]*)\s*-\s*(\d[\d.]*)$/.exec(value.trim());
  return range !== null ? [Number(range[1]), Number(range[2])] : Number(value);
}

/**
 * NewsQuant's text went through an ASCII transliteration (unidecode): "£" became "PS" and "¥"
 * became "Y=" ("worth up to PS2.7m", "a net profit of Y=590 billion"). The loader puts the symbols
 * back before a number; the product lexer does not read "PS" as pounds, since in real text "300 PS"
 * is horsepower and "PS" a postscript.
 */
export function restoreSymbols(text: string): string {
  return text.replace(/\bPS(?=\d)/g, '£').replace(/\bY=(?=\d)/g, '¥');
}

/** One quantity as we hand it to the scorer: a figure, or the two ends of a change ("from 208 pounds to 193"). */
interface Scored {
  figures: Figure[];
  amount: Amount | null;
}

/**
 * NewsQuant writes a change "from X to Y" as one quantity X-Y, falling or rising. We keep the two
 * ends as figures marked `from` and `to`; here they become that one quantity, (X, Y) in the order
 * written, as the CQE evaluation's taggers convert each system's output before scoring.
 */
function toScored(figures: readonly Figure[]): Scored[] {
  const out: Scored[] = [];
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k]!;
    const next = figures[k + 1];
    if (f.forms.includes('from') && next?.forms.includes('to') && f.value !== null && next.value !== null) {
      out.push({ figures: [f, next], amount: [f.value, next.value] });
      k++;
      continue;
    }
    out.push({ figures: [f], amount: figureAmount(f) });
  }
  return out;
}

function figureAmount(f: Figure): Amount | null {
  const scale = f.forms.includes('fraction') ? 0.01 : 1;
  if (f.low !== null && f.high !== null) return [f.low * scale, f.high * scale];
  return f.value === null ? null : f.value * scale;
}

/** np.isclose(a, b): the tolerance scales with b, which sameAmount makes the gold value. */
const isClose = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);

function sameAmount(gold: Amount, ours: Amount | null): boolean {
  if (ours === null) return false;
  if (Array.isArray(gold) !== Array.isArray(ours)) return false;
  if (Array.isArray(gold) && Array.isArray(ours)) return isClose(ours[0], gold[0]) && isClose(ours[1], gold[1]);
  return isClose(ours as number, gold as number);
}

const words = (text: string): string[] => (text.toLowerCase().match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? []).map(singular);

const MEASURE_WORDS = /^(percentage|dollar|euro|pound|yen|yuan|cent|point|mile|yard|inch|foot|metre|kilometre|year|day|month|hour|minute|second|week|degree|celsius|fahrenheit|gigabyte|litre|horsepower|hertz|kilowatt|gigawatt|shekel|ringgit|sen|rupee|barrel|ton|tonne|kilogram|gram|square|cubic|per|-)/;

/**
 * Our words for a figure. NewsQuant puts a counted noun in the unit ("35m devices": unit "devices",
 * concept "Amazon"), so for the concept criterion a count's noun is left out and `about` stands
 * for the concept; a measure's, share's or amount's noun ("a 25% duty") is what it is said of.
 */
function ourWords(f: Figure, conceptOnly: boolean): Set<string> {
  const noun = conceptOnly && f.kind === 'count' ? [] : [...words(f.noun ?? ''), ...words(f.countedText ?? '')];
  const set = new Set([...noun, ...words(f.about ?? ''), ...(conceptOnly ? [] : words(f.event ?? ''))]);
  return set.size === 0 ? new Set(['-']) : set;
}

/** A gold unit names what is counted unless it is a measure, a currency or a share ("devices" yes, "gigawatts" no). */
function unitIsCountNoun(q: GoldQuantity): boolean {
  const unit = q.unit.trim().toLowerCase();
  if (unit === '-' || MEASURE_WORDS.test(q.normalized_unit.toLowerCase())) return false;
  const first = unit.split(/\s+/)[0] ?? '';
  return MEASURE_UNITS[first] === undefined && CURRENCY_WORDS[first] === undefined && !/[$£€¥%]/.test(unit);
}

function goldConcept(q: GoldQuantity, withUnit: boolean): Set<string> {
  const concept = q.referred_concepts.trim() === '-' ? [] : words(q.referred_concepts);
  const unitIsCounted = withUnit && unitIsCountNoun(q);
  const all = [...concept, ...(unitIsCounted ? words(q.unit) : [])];
  return all.length === 0 ? new Set(['-']) : new Set(all);
}

const overlap = (a: Set<string>, b: Set<string>): boolean => [...a].some((w) => b.has(w));

/** Micro precision, recall and F1 of both scorings; for `cqe` it is get_fscores before its rounding to one decimal. */
function prf(correct: number, extracted: number, gold: number): { p: number; r: number; f1: number } {
  const p = extracted === 0 ? 0 : correct / extracted;
  const r = gold === 0 ? 0 : correct / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function sentenceDoc(text: string, index: number): CorpusDocument {
  const id = `newsquant-${index}`;
  return { id, file: `${id}.txt`, meta: { title: null, publication: null, author: null, date: null, url: null }, sortDate: null, paragraphs: [{ docId: id, number: 1, text, section: null }] };
}

export function evalNewsQuant(path: string, split: 'all' | 'dev' | 'held-out' = 'all'): NewsQuantScores {
  const data = JSON.parse(readFileSync(path, 'utf8')) as GoldSentence[];
  let gold = 0;
  let extracted = 0;
  let valueOk = 0;
  let conceptOk = 0;
  let countedOk = 0;
  const errors: string[] = [];
  const forCqe: CqeSentence[] = [];
  let millis = 0;
  data.forEach((sentence, index) => {
    if ((split === 'dev' && index % 2 === 1) || (split === 'held-out' && index % 2 === 0)) return;
    const started = performance.now();
    const text = restoreSymbols(sentence.text);
    const scored = toScored(extractFigures(sentenceDoc(text, index)));
    millis += performance.now() - started;
    gold += sentence.quantities.length;
    extracted += scored.length;
    forCqe.push({ gt: sentence.quantities, tags: scored.map((s) => toCqeTag(s.figures, s.amount ?? NaN)) });
    const unused = new Set(scored);
    for (const q of sentence.quantities) {
      const amount = goldAmount(q.value);
      const s = [...unused].find((x) => sameAmount(amount, x.amount));
      if (s === undefined) {
        errors.push(`MISS  #${index} ${q.value} ${q.unit} | ${text}`);
        continue;
      }
      unused.delete(s);
      valueOk++;
      const union = (conceptOnly: boolean): Set<string> => new Set(s.figures.flatMap((f) => [...ourWords(f, conceptOnly)]));
      const concept = overlap(goldConcept(q, false), union(true));
      const counted = overlap(goldConcept(q, true), union(false));
      conceptOk += concept ? 1 : 0;
      countedOk += counted ? 1 : 0;
      const f = s.figures[0]!;
      if (!concept) errors.push(`COUNT #${index} ${q.value}: gold unit="${q.unit}" concept="${q.referred_concepts}" ours="${f.counts}" (${f.countedText}) about="${f.about}" | ${text}`);
    }
    for (const s of unused) errors.push(`EXTRA #${index} ${s.figures.map((f) => JSON.stringify(f.text)).join(' → ')} ${JSON.stringify(s.amount)} | ${text}`);
  });
  return {
    sentences: split === 'all' ? data.length : split === 'dev' ? Math.ceil(data.length / 2) : Math.floor(data.length / 2),
    gold,
    extracted,
    value: prf(valueOk, extracted, gold),
    valueConcept: prf(conceptOk, extracted, gold),
    valueCounted: prf(countedOk, extracted, gold),
    cqe: cqeCounts(forCqe),
    errors,
    millis,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

export function printNewsQuant(s: NewsQuantScores, label: string, verbose = false): void {
  console.log(`NewsQuant (${label}): ${s.sentences} sentences, ${s.gold} gold quantities, ${s.extracted} extracted in ${s.millis.toFixed(0)} ms`);
  console.log(`  value                 P ${pct(s.value.p)}  R ${pct(s.value.r)}  F1 ${pct(s.value.f1)}   (CQE paper: 92.0)`);
  console.log(`  value + concept       P ${pct(s.valueConcept.p)}  R ${pct(s.valueConcept.r)}  F1 ${pct(s.valueConcept.f1)}   (CQE paper: 76.1)`);
  console.log(`  value + counted thing P ${pct(s.valueCounted.p)}  R ${pct(s.valueCounted.r)}  F1 ${pct(s.valueCounted.f1)}`);
  if (verbose) for (const e of s.errors) console.log('  ' + e);
}

/** The CQE paper's figures for its own system, from data/evaluation_output/NewsQuant.csv of their repository. */
export function printNewsQuantCqe(s: NewsQuantScores, label: string): void {
  const c = s.cqe;
  const line = (name: string, correct: number, paper: string): void => {
    const m = prf(correct, c.tags, c.gold);
    console.log(`  ${name.padEnd(25)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}   (CQE paper: ${paper})  [${correct} credits]`);
  };
  console.log(`NewsQuant (${label}, CQE scoring): ${s.sentences} sentences, ${c.gold} gold quantities, ${c.tags} extracted in ${s.millis.toFixed(0)} ms`);
  line('value', c.value, '92.0');
  line('value + unit', c.valueUnit, '85.6');
  line('value + concept partial', c.conceptPartial, '76.1');
  line('value + concept complete', c.conceptComplete, '57.0');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--') && !['dev', 'held-out', 'all', 'strict', 'cqe'].includes(a)) ?? process.env['IBID_NEWSQUANT'];
  if (path === undefined) {
    console.error('Give the path of NewsQuant.json (argument or IBID_NEWSQUANT); it is not part of the repository.');
    process.exit(2);
  }
  const splitAt = args.indexOf('--split');
  const split = (splitAt >= 0 ? args[splitAt + 1] : 'all') as 'all' | 'dev' | 'held-out';
  const scoringAt = args.indexOf('--scoring');
  const scoring = scoringAt >= 0 ? args[scoringAt + 1] : 'strict';
  if (scoring !== 'strict' && scoring !== 'cqe') {
    console.error('--scoring is strict (ours, one-to-one) or cqe (the CQE paper\'s own procedure).');
    process.exit(2);
  }
  const scores = evalNewsQuant(path, split);
  if (scoring === 'cqe') printNewsQuantCqe(scores, split);
  else printNewsQuant(scores, split, args.includes('--verbose'));
}
