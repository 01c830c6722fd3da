/** Terminal styling: ANSI colour when wanted, and text made safe to print. */
import type { Citation, Highlight } from '../../core/answers.js';
import { citationLine } from '../shared/citationText.js';

export interface RenderOptions {
  color: boolean;
}

export const ansi = { bold: '\u001b[1m', dim: '\u001b[2m', yellow: '\u001b[33m', red: '\u001b[31m', cyan: '\u001b[36m', reset: '\u001b[0m' };

/**
 * Terminal control characters in corpus or user text must not drive the terminal, and bidi
 * overrides/isolates must not make printed text read differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function safe(text: string): string {
  return text.replace(CONTROL, '');
}

export function style(text: string, codes: string, options: RenderOptions): string {
  return options.color ? `${codes}${text}${ansi.reset}` : text;
}

export function highlight(text: string, highlights: readonly Highlight[], options: RenderOptions): string {
  if (!options.color || highlights.length === 0) return safe(text);
  let out = '';
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += safe(text.slice(at, start)) + style(safe(text.slice(start, end)), ansi.bold + ansi.yellow, options);
    at = end;
  }
  return out + safe(text.slice(at));
}

/** A result's citation under it: the line in cyan, the url, and the id dimmed (`idNote` follows the id). */
export function citationLines(citation: Citation, options: RenderOptions, idNote = ''): string {
  const lines = [`   ${style(safe(citationLine(citation)), ansi.cyan, options)}`];
  if (citation.url) lines.push(`   ${safe(citation.url)}`);
  lines.push(style(`   id ${citation.id}${idNote}`, ansi.dim, options));
  return lines.join('\n');
}
