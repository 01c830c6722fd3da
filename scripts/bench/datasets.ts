/**
 * Paragraph sets for the bench: real paragraphs (Brown corpus + State of the Union addresses),
 * shuffled with a seed, so smaller sets are prefixes of larger ones. Past the ~31,000 real
 * paragraphs, synthetic ones are made by recombining real sentences of one document.
 */
import { loadBrown } from './brown.js';
import { seededRng, shuffled } from './random.js';
import { loadSotu } from './sotu.js';
import type { SourceDocument } from './sources.js';

export interface Paragraph {
  text: string;
  /** Ids into `Corpus.sentences`, in order; the text is these sentences joined by one space. */
  sentenceIds: number[];
  /** Start offset of each sentence in `text`. */
  sentenceStarts: number[];
  synthetic: boolean;
}

export interface Corpus {
  /** Distinct sentence texts. */
  sentences: string[];
  real: Paragraph[];
  /** Each document's sentence ids, the material recombined into synthetic paragraphs. */
  documents: number[][];
}

const MIN_SYNTHETIC_SENTENCES = 2;
const MAX_SYNTHETIC_SENTENCES = 6;

function paragraphOf(sentenceIds: number[], sentences: readonly string[], synthetic: boolean): Paragraph {
  const sentenceStarts: number[] = [];
  let text = '';
  for (const id of sentenceIds) {
    if (text) text += ' ';
    sentenceStarts.push(text.length);
    text += sentences[id];
  }
  return { text, sentenceIds, sentenceStarts, synthetic };
}

export function loadCorpus(seed: number): Corpus {
  const docs: SourceDocument[] = [...loadBrown(), ...loadSotu(seed)];
  const sentences: string[] = [];
  const idOf = new Map<string, number>();
  const intern = (sentence: string): number => {
    let id = idOf.get(sentence);
    if (id === undefined) {
      id = sentences.length;
      sentences.push(sentence);
      idOf.set(sentence, id);
    }
    return id;
  };
  const real: Paragraph[] = [];
  const documents: number[][] = [];
  for (const doc of docs) {
    const ids: number[] = [];
    for (const para of doc.paragraphs) {
      const paraIds = para.map(intern);
      ids.push(...paraIds);
      real.push(paragraphOf(paraIds, sentences, false));
    }
    documents.push(ids);
  }
  return { sentences, real: shuffled(real, seededRng(seed + 1)), documents };
}

/** k distinct sentences of one document (chosen in proportion to its length), in document order. */
function syntheticParagraph(corpus: Corpus, rng: ReturnType<typeof seededRng>, totalSentences: number): Paragraph {
  let target = rng.int(0, totalSentences - 1);
  let doc: number[] = corpus.documents[0] ?? [];
  for (const d of corpus.documents) {
    if (target < d.length) {
      doc = d;
      break;
    }
    target -= d.length;
  }
  const k = Math.min(doc.length, rng.int(MIN_SYNTHETIC_SENTENCES, MAX_SYNTHETIC_SENTENCES));
  const positions = new Set<number>();
  while (positions.size < k) positions.add(rng.int(0, doc.length - 1));
  const ids = [...positions].sort((a, b) => a - b).map((p) => doc[p] as number);
  return paragraphOf(ids, corpus.sentences, true);
}

/** The first `size` paragraphs: real ones first, then synthetic ones from a fixed seeded stream. */
export function paragraphSet(corpus: Corpus, size: number, seed: number): Paragraph[] {
  if (size <= corpus.real.length) return corpus.real.slice(0, size);
  const rng = seededRng(seed + 2);
  const totalSentences = corpus.documents.reduce((n, d) => n + d.length, 0);
  const out = corpus.real.slice();
  while (out.length < size) out.push(syntheticParagraph(corpus, rng, totalSentences));
  return out;
}
