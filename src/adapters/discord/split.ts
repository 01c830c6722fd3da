/**
 * Splits rendered markdown into chunks that each fit a limit, so a long answer continues in the
 * next embed or page instead of being cut. Cuts fall on paragraph, line, sentence or word
 * boundaries; never inside a backslash escape or a surrogate pair; bold that spans a cut is
 * closed before it and reopened after it.
 */
import { endsInsideEscape, isLowSurrogate } from './escape.js';

const BOUNDARIES = ['\n\n', '\n', '. ', ' '] as const;

/** Whether bold is open after reading `text`, starting from `open`. Escaped stars do not count. */
function boldAfter(text: string, open: boolean): boolean {
  let bold = open;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '*' && text[i + 1] === '*') {
      bold = !bold;
      i++;
    }
  }
  return bold;
}

/** Positions where a hard cut is safe: not after a lone escaping backslash, not mid-pair, not mid "**". */
function safeCut(text: string, at: number): number {
  let cut = at;
  while (cut > 1) {
    const midMarker = text[cut - 1] === '*' && text[cut] === '*';
    if (!endsInsideEscape(text, cut) && !isLowSurrogate(text.charCodeAt(cut)) && !midMarker) return cut;
    cut--;
  }
  return Math.max(1, cut);
}

/** The best cut at or before `budget`, preferring bigger boundaries that keep at least half the budget. */
function findCut(text: string, budget: number): number {
  for (const boundary of BOUNDARIES) {
    // The boundary's trailing whitespace is trimmed off the piece; the rest of it counts.
    const at = text.lastIndexOf(boundary, budget - boundary.trimEnd().length);
    if (at >= budget / 2) return safeCut(text, at + boundary.length);
  }
  return safeCut(text, budget);
}

export function splitMarkdown(text: string, max: number): string[] {
  if (max < 16) throw new RangeError(`splitMarkdown needs room for at least 16 characters, got ${max}`);
  const chunks: string[] = [];
  let rest = text;
  let bold = false;
  while ((bold ? 2 : 0) + rest.length > max) {
    const opener = bold ? '**' : '';
    // Room for reopening bold at the start and closing it at the end.
    const budget = max - opener.length - 2;
    const cut = findCut(rest, budget);
    const piece = rest.slice(0, cut).trimEnd();
    const boldAtEnd = boldAfter(piece, bold);
    chunks.push(`${opener}${piece}${boldAtEnd ? '**' : ''}`);
    rest = rest.slice(cut).trimStart();
    bold = boldAtEnd;
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(`${bold ? '**' : ''}${rest}`);
  return chunks;
}
