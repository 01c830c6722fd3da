/**
 * Seeded /quote queries, as a reader would half-remember a passage:
 * - exact: 5–10 consecutive words of one sentence, verbatim;
 * - typo: 6–11 words of one sentence with one word left out and 1–2 typos, punctuation lost;
 * - long: 25–40 consecutive words (may cross sentences), verbatim but for one typo.
 */
import type { Paragraph } from './datasets.js';
import type { Rng } from './random.js';
import { isAmbiguous, sentencesOverlapping, type Truth } from './truth.js';
import { canTypo, typo } from './typos.js';
import { wordSpans, type WordSpan } from './text.js';

export const QUERY_KINDS = ['exact', 'typo', 'long'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface Query {
  kind: QueryKind;
  text: string;
  /** Index of the paragraph the fragment came from. */
  source: number;
  /** The fragment before any typo or dropped word. */
  clean: string;
  /** Another (non-identical) paragraph contains `clean` word for word too. */
  ambiguous: boolean;
}

interface Draft {
  text: string;
  clean: string;
  start: number;
  end: number;
}

/** Word spans of sentence k of p, or of the whole paragraph when k is undefined. */
function spansIn(p: Paragraph, k?: number): WordSpan[] {
  const spans = wordSpans(p.text);
  if (k === undefined) return spans;
  const from = p.sentenceStarts[k] as number;
  const to = p.sentenceStarts[k + 1] ?? p.text.length + 1;
  return spans.filter((s) => s.start >= from && s.end < to);
}

/** Pick `length` consecutive words out of `spans`; undefined when there are too few. */
function window(p: Paragraph, spans: WordSpan[], min: number, max: number, rng: Rng): WordSpan[] | undefined {
  if (spans.length < min) return undefined;
  const length = rng.int(min, Math.min(max, spans.length));
  const first = rng.int(0, spans.length - length);
  return spans.slice(first, first + length);
}

function draftExact(p: Paragraph, rng: Rng): Draft | undefined {
  const w = window(p, spansIn(p, rng.int(0, p.sentenceIds.length - 1)), 5, 10, rng);
  if (!w) return undefined;
  const start = w[0]!.start;
  const end = w[w.length - 1]!.end;
  const clean = p.text.slice(start, end);
  return { text: clean, clean, start, end };
}

function draftTypo(p: Paragraph, rng: Rng): Draft | undefined {
  const w = window(p, spansIn(p, rng.int(0, p.sentenceIds.length - 1)), 6, 11, rng);
  if (!w) return undefined;
  const start = w[0]!.start;
  const end = w[w.length - 1]!.end;
  const words = w.map((s) => p.text.slice(s.start, s.end));
  words.splice(rng.int(1, words.length - 2), 1);
  const candidates = words.map((word, i) => (canTypo(word) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return undefined;
  const typos = Math.min(candidates.length, rng.int(1, 2));
  for (let t = 0; t < typos; t++) {
    const i = candidates.splice(rng.int(0, candidates.length - 1), 1)[0] as number;
    words[i] = typo(words[i] as string, rng);
  }
  return { text: words.join(' '), clean: p.text.slice(start, end), start, end };
}

function draftLong(p: Paragraph, rng: Rng): Draft | undefined {
  const w = window(p, spansIn(p), 25, 40, rng);
  if (!w) return undefined;
  const start = w[0]!.start;
  const end = w[w.length - 1]!.end;
  const clean = p.text.slice(start, end);
  const candidates = w.filter((s) => canTypo(p.text.slice(s.start, s.end)));
  if (candidates.length === 0) return undefined;
  const s = rng.pick(candidates);
  const text = p.text.slice(start, s.start) + typo(p.text.slice(s.start, s.end), rng) + p.text.slice(s.end, end);
  return { text, clean, start, end };
}

const DRAFTERS: Record<QueryKind, (p: Paragraph, rng: Rng) => Draft | undefined> = {
  exact: draftExact,
  typo: draftTypo,
  long: draftLong,
};

export function generateQueries(
  paragraphs: readonly Paragraph[],
  truth: Truth,
  kind: QueryKind,
  count: number,
  rng: Rng,
): Query[] {
  const queries: Query[] = [];
  for (let attempts = 0; queries.length < count; attempts++) {
    if (attempts > count * 100) throw new Error(`could not draw ${count} ${kind} queries`);
    const source = rng.int(0, paragraphs.length - 1);
    const p = paragraphs[source] as Paragraph;
    const draft = DRAFTERS[kind](p, rng);
    if (!draft) continue;
    const ids = sentencesOverlapping(p, draft.start, draft.end);
    const ambiguous = isAmbiguous(truth, paragraphs, source, ids, draft.clean);
    queries.push({ kind, text: draft.text, source, clean: draft.clean, ambiguous });
  }
  return queries;
}
