/**
 * The index's storage, in flat typed arrays so 100k paragraphs stay compact and fast to scan:
 * - every item's term ids in order (`tokens`, sliced by `itemStart`): the re-ranker reads word
 *   order from here, so no positional postings are needed;
 * - for each term, the items containing it (`postingItems`, sliced by `postingStart`): candidates.
 */
import { forEachTerm } from '../text/tokenize.js';
import { Vocabulary } from './vocabulary.js';

export interface IndexData {
  vocab: Vocabulary;
  tokens: Uint32Array;
  itemStart: Uint32Array;
  postingStart: Uint32Array;
  postingItems: Uint32Array;
}

class GrowableUint32 {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

export function buildIndexData(texts: readonly string[]): IndexData {
  const vocab = new Vocabulary();
  const tokens = new GrowableUint32();
  const itemStart = new Uint32Array(texts.length + 1);
  texts.forEach((text, item) => {
    itemStart[item] = tokens.length;
    forEachTerm(text, (term) => tokens.push(vocab.add(term)));
  });
  itemStart[texts.length] = tokens.length;

  // Postings in two passes over the token stream: count distinct items per term, then fill.
  const termCount = vocab.size;
  const lastItem = new Int32Array(termCount).fill(-1);
  const df = new Uint32Array(termCount);
  const stream = tokens.data;
  for (let item = 0; item < texts.length; item++) {
    for (let i = itemStart[item]!, end = itemStart[item + 1]!; i < end; i++) {
      const t = stream[i]!;
      if (lastItem[t] !== item) {
        lastItem[t] = item;
        df[t]!++;
      }
    }
  }
  const postingStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t]! + df[t]!;
  const postingItems = new Uint32Array(postingStart[termCount]!);
  const fill = postingStart.slice(0, termCount);
  lastItem.fill(-1);
  for (let item = 0; item < texts.length; item++) {
    for (let i = itemStart[item]!, end = itemStart[item + 1]!; i < end; i++) {
      const t = stream[i]!;
      if (lastItem[t] !== item) {
        lastItem[t] = item;
        postingItems[fill[t]!++] = item;
      }
    }
  }
  vocab.df = df;
  vocab.buildFuzzyIndex();
  return { vocab, tokens: stream.slice(0, tokens.length), itemStart, postingStart, postingItems };
}
