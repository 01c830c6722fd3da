/**
 * Ground truth for scoring: which paragraphs are identical (after normalisation), and which other
 * paragraphs also contain a query's untouched wording, so ambiguous queries can be told apart.
 */
import type { Paragraph } from './datasets.js';
import { normalizeWords } from './text.js';

export interface Truth {
  /** Same number for paragraphs whose normalised text is identical. */
  duplicateGroup: Int32Array;
  /** Paragraph indexes containing each sentence id. */
  paragraphsWithSentence: Map<number, number[]>;
  duplicateParagraphs: number;
  distinctWords: number;
  totalWords: number;
}

export function buildTruth(paragraphs: readonly Paragraph[]): Truth {
  const duplicateGroup = new Int32Array(paragraphs.length);
  const groupOf = new Map<string, number>();
  const paragraphsWithSentence = new Map<number, number[]>();
  const vocabulary = new Set<string>();
  let duplicateParagraphs = 0;
  let totalWords = 0;
  paragraphs.forEach((p, i) => {
    const norm = normalizeWords(p.text);
    const group = groupOf.get(norm);
    if (group === undefined) groupOf.set(norm, i);
    else duplicateParagraphs++;
    duplicateGroup[i] = group ?? i;
    for (const word of norm.split(' ')) {
      vocabulary.add(word);
      totalWords++;
    }
    for (const id of new Set(p.sentenceIds)) {
      const list = paragraphsWithSentence.get(id);
      if (list) list.push(i);
      else paragraphsWithSentence.set(id, [i]);
    }
  });
  return { duplicateGroup, paragraphsWithSentence, duplicateParagraphs, distinctWords: vocabulary.size, totalWords };
}

/** Whole-word containment of normalised text. */
export function containsWords(haystack: string, needle: string): boolean {
  return ` ${normalizeWords(haystack)} `.includes(` ${normalizeWords(needle)} `);
}

/** Sentence ids of `p` that overlap [start, end). */
export function sentencesOverlapping(p: Paragraph, start: number, end: number): number[] {
  const ids: number[] = [];
  p.sentenceStarts.forEach((s, k) => {
    const next = p.sentenceStarts[k + 1] ?? p.text.length + 1;
    if (s < end && next > start) ids.push(p.sentenceIds[k] as number);
  });
  return ids;
}

/**
 * Whether some paragraph outside the source's duplicate group also contains `clean` word for word.
 * Any such paragraph must share a sentence with the fragment, so only those are checked.
 */
export function isAmbiguous(
  truth: Truth,
  paragraphs: readonly Paragraph[],
  source: number,
  sentenceIds: readonly number[],
  clean: string,
): boolean {
  const group = truth.duplicateGroup[source];
  const seen = new Set<number>();
  for (const id of sentenceIds) {
    for (const i of truth.paragraphsWithSentence.get(id) ?? []) {
      if (seen.has(i) || truth.duplicateGroup[i] === group) continue;
      seen.add(i);
      if (containsWords((paragraphs[i] as Paragraph).text, clean)) return true;
    }
  }
  return false;
}
