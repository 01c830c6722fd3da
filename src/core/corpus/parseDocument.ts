/**
 * One file's bytes → a cleaned, numbered document, or the reason it cannot be one.
 * Pure: no file system, so the loader, hot reload and tests all go through the same checks.
 */
import type { CorpusDocument, DocumentMeta, LoadProblem } from './types.js';
import { cleanBody } from './clean.js';
import { isChromeLine } from './chrome.js';
import { decodeText } from './decode.js';
import { docIdFromFile } from './docId.js';
import { parseFrontMatter } from './frontMatter.js';
import { collapseSpaces, normaliseText } from './normalise.js';
import { sortDateFrom } from './sortDate.js';

export interface ParseOptions {
  /** Files larger than this are refused (default 10 MiB). */
  maxFileBytes?: number;
  /** The document id; defaults to one derived from the file name (the loader passes a de-duplicated one). */
  id?: string;
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** A first line longer than this is a paragraph, not a title. */
const MAX_TITLE_LENGTH = 200;

export type DocumentKind = 'markdown' | 'text';

/** Which kind of document a file name is, or null for a type the corpus does not read. */
export function documentKind(file: string): DocumentKind | null {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'txt') return 'text';
  return null;
}

export function isLoadProblem(result: CorpusDocument | LoadProblem): result is LoadProblem {
  return 'reason' in result;
}

export function tooLarge(file: string, size: number, limit: number): LoadProblem {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return { file, reason: 'too-large', detail: `${mib(size)} (${size} bytes) is over the ${mib(limit)} limit` };
}

const UNKNOWN: DocumentMeta = { title: null, publication: null, author: null, date: null, url: null };

const BYLINE = /^by\s+\p{Lu}\S*(?:\s+\S+){0,4}$/iu;

/**
 * Without front matter only the title is known: the first line that is not site chrome or a byline.
 * A first line that a wrapped paragraph continues on the next line is not a title, nor is the only
 * line of a document (it is the text). `body` is already normalised (normaliseText).
 */
function titleFromFirstLine(body: string): string | null {
  const lines = body
    .split('\n')
    .map((line) => collapseSpaces(line.replace(/^#{1,6}\s+/, '')));
  const at = lines.findIndex((line) => line !== '' && !isChromeLine(line) && !BYLINE.test(line));
  const title = lines[at];
  if (title === undefined || title.length > MAX_TITLE_LENGTH) return null;
  if (!lines.slice(at + 1).some((line) => line !== '')) return null;
  const next = lines[at + 1] ?? '';
  return next !== '' && (/^\p{Ll}/u.test(next) || /[-,;]$/.test(title)) ? null : title;
}

export function parseDocument(file: string, bytes: Uint8Array, options: ParseOptions = {}): CorpusDocument | LoadProblem {
  const kind = documentKind(file);
  if (kind === null) return { file, reason: 'unsupported-type', detail: 'only .md, .markdown and .txt files are read' };
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.length > limit) return tooLarge(file, bytes.length, limit);

  const decoded = decodeText(bytes);
  if (!decoded.ok) return { file, reason: decoded.reason, detail: decoded.detail };
  // Normalised once here: front matter, the title and cleaning all read this text or a slice of it
  // (a slice of normalised text is normalised: normaliseText changes single characters and CR LF pairs).
  const text = normaliseText(decoded.text);

  let meta: DocumentMeta;
  let body = text;
  if (kind === 'markdown') {
    const front = parseFrontMatter(text);
    if (!front.ok) return { file, reason: 'malformed-front-matter', detail: front.detail };
    body = front.body;
    meta = front.meta ?? { ...UNKNOWN, title: titleFromFirstLine(body) };
  } else {
    meta = { ...UNKNOWN, title: titleFromFirstLine(body) };
  }

  const id = options.id ?? docIdFromFile(file);
  const paragraphs = cleanBody(body, meta, { markdown: kind === 'markdown' }).map((passage, i) => ({
    docId: id,
    number: i + 1,
    text: passage.text,
    section: passage.section,
  }));
  if (paragraphs.length === 0) {
    return { file, reason: 'empty', detail: body.trim() === '' ? 'no text after the front matter' : 'nothing left after cleaning (only headings or site chrome)' };
  }
  return { id, file, meta, sortDate: sortDateFrom(meta.date), paragraphs };
}
