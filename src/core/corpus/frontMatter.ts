/**
 * YAML front matter: `---` on the first line, fields, `---` (or `...`) closing it.
 * Fields are validated; a date-like value keeps the text as written ("2017-07-24", not a Date).
 */
import { isCollection, isMap, isScalar, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import type { DocumentMeta } from './types.js';

export type FrontMatterResult =
  | { ok: true; meta: DocumentMeta | null; body: string }
  | { ok: false; detail: string };

const field = z
  .string()
  .nullable()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : null));

const MetaSchema = z.object({
  title: field,
  publication: field,
  author: field,
  date: field,
  url: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
    .nullable()
    .optional()
    .transform((value) => value ?? null),
});

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** Splits front matter off a normalised (LF) text. A text without an opening `---` has none. */
export function splitFrontMatter(text: string): { yaml: string; body: string } | { yaml: null; body: string } | { error: string } {
  const opening = OPENING.exec(text);
  if (!opening) return { yaml: null, body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { error: 'front matter opened with --- on line 1 is never closed (no closing --- line)' };
  const after = rest.slice(closing.index + closing[0].length);
  return { yaml: rest.slice(0, closing.index), body: after.startsWith('\n') ? after.slice(1) : after };
}

/** A plain scalar that YAML reads as a number or boolean ("2017", "07.10") keeps its source text. */
function plainValue(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) {
    if (node.value === null || typeof node.value === 'string') return node.value;
    return node.source ?? String(node.value);
  }
  if (isCollection(node)) return (node as Node).toJSON();
  return node;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return typeof value;
}

export function parseFrontMatter(text: string): FrontMatterResult {
  const split = splitFrontMatter(text);
  if ('error' in split) return { ok: false, detail: split.error };
  if (split.yaml === null) return { ok: true, meta: null, body: split.body };

  const doc = parseDocument(split.yaml, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    // The YAML starts on the file's second line.
    const line = split.yaml.slice(0, error.pos[0]).split('\n').length + 1;
    return { ok: false, detail: `YAML error on line ${line}: ${error.message.split('\n')[0]}` };
  }
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    return { ok: false, detail: `front matter must be a mapping of fields (title, publication, author, date, url), found ${typeName(contents.toJSON())}` };
  }
  const fields: Record<string, unknown> = {};
  for (const pair of contents?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    fields[key] = plainValue(pair.value);
  }
  const parsed = MetaSchema.safeParse(fields);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `field "${issue.path.join('.')}": ${issue.message}`)
      .join('; ');
    return { ok: false, detail };
  }
  return { ok: true, meta: parsed.data, body: split.body };
}
