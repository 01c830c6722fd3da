/**
 * The corpus as the rest of ibid sees it: cleaned documents split into numbered paragraphs.
 * Every excerpt ibid shows traces back to (document, paragraph, character range) in these texts.
 */

/** What is known about a document. Unknown stays null: a citation never invents a field. */
export interface DocumentMeta {
  title: string | null;
  publication: string | null;
  author: string | null;
  /** As the source states it ("July 24, 2017", "Spring/Summer 2017"), not reformatted. */
  date: string | null;
  url: string | null;
}

export interface Paragraph {
  docId: string;
  /** 1-based and stable within its document: the n of a citation's ¶n. */
  number: number;
  /** Cleaned text: words exactly as written, whitespace collapsed, hard wraps and hyphenation undone. */
  text: string;
  /** The heading this paragraph falls under, if the document has headings. */
  section: string | null;
}

export interface CorpusDocument {
  /** Stable id derived from the file name, e.g. "revolution-2017-07-24-liberation-of-mosul". */
  id: string;
  /** File name relative to the corpus directory. */
  file: string;
  meta: DocumentMeta;
  /** Sortable ISO-ish date (YYYY, YYYY-MM or YYYY-MM-DD) derived from meta.date when it can be; for newest-first ordering. */
  sortDate: string | null;
  paragraphs: Paragraph[];
}

/** Why a file was not loaded. The rest of the corpus still loads. */
export type LoadProblemReason =
  | 'invalid-utf8'
  | 'binary'
  | 'empty'
  | 'malformed-front-matter'
  | 'too-large'
  | 'unsupported-type'
  | 'unreadable';

export interface LoadProblem {
  file: string;
  reason: LoadProblemReason;
  /** Human-readable detail, e.g. the YAML error and its line. */
  detail: string;
}

export interface LoadedCorpus {
  documents: CorpusDocument[];
  /** Files skipped or rejected, each with its reason. */
  problems: LoadProblem[];
}
