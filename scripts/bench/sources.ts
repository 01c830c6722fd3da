/** Shared shape of the public-domain prose the bench is built from. */
export interface SourceDocument {
  id: string;
  /** Each paragraph as its sentences, in order. */
  paragraphs: string[][];
}
