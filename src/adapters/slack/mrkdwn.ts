/**
 * Text as runs of plain and bold, turned into escaped mrkdwn, and split into pieces that fit
 * Slack's text objects without cutting an escape, a bold marker or (where it can) a word.
 */
import type { Highlight } from '../../core/answers.js';
import { escapeText } from './escape.js';

export interface Run {
  text: string;
  bold: boolean;
}

/**
 * Bold runs for the highlighted words. Highlights separated only by spaces merge into one run
 * ("*know your place*"), and bold never starts or ends on a space: Slack would not render it.
 */
export function highlightRuns(text: string, highlights: readonly Highlight[]): Run[] {
  const ranges = [...highlights]
    .map(([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && (start <= last[1] || /^\s*$/.test(text.slice(last[1], start)))) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const runs: Run[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of merged) {
    const inner = text.slice(rawStart, rawEnd);
    const start = rawStart + (inner.length - inner.trimStart().length);
    const end = rawEnd - (inner.length - inner.trimEnd().length);
    if (end <= start) continue;
    if (start > at) runs.push({ text: text.slice(at, start), bold: false });
    runs.push({ text: text.slice(start, end), bold: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), bold: false });
  return runs;
}

export function plain(text: string): Run[] {
  return text ? [{ text, bold: false }] : [];
}

export function bold(text: string): Run[] {
  return text ? [{ text, bold: true }] : [];
}

/** Words with their trailing spaces; bold stays attached to each word. */
function tokens(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) for (const match of run.text.matchAll(/\s*\S+\s*|\s+/g)) out.push({ text: match[0], bold: run.bold });
  return out;
}

/** A word too long for one text object (a pasted URL, a run of symbols) is cut between characters. */
function cutLongToken(token: Run, max: number): Run[] {
  const room = max - (token.bold ? 2 : 0);
  if (escapeText(token.text).length <= room) return [token];
  const pieces: Run[] = [];
  let current = '';
  let size = 0;
  for (const char of token.text) {
    const cost = escapeText(char).length;
    if (size + cost > room) {
      pieces.push({ text: current, bold: token.bold });
      current = '';
      size = 0;
    }
    current += char;
    size += cost;
  }
  if (current) pieces.push({ text: current, bold: token.bold });
  return pieces;
}

/** Escaped mrkdwn; each bold group is wrapped once, with its edge spaces kept outside the markers. */
export function runsToMrkdwn(runs: readonly Run[]): string {
  let out = '';
  let group = '';
  const flush = () => {
    if (!group) return;
    const lead = group.length - group.trimStart().length;
    const core = group.trim();
    const tail = group.slice(lead + core.length);
    out += `${group.slice(0, lead)}${core ? `*${escapeText(core)}*` : ''}${tail}`;
    group = '';
  };
  for (const run of runs) {
    if (run.bold) {
      group += run.text;
    } else {
      flush();
      out += escapeText(run.text);
    }
  }
  flush();
  return out;
}

/**
 * Mrkdwn pieces of at most `max` characters, in order, together holding every character of
 * the runs: long text is split, never cut. Breaks fall between words when a word fits.
 */
export function chunkRuns(runs: readonly Run[], max: number): string[] {
  const chunks: string[] = [];
  let current: Run[] = [];
  let size = 0;
  for (const token of tokens(runs).flatMap((t) => cutLongToken(t, max))) {
    // An upper bound: every bold word paying for its own pair of markers.
    const cost = escapeText(token.text).length + (token.bold ? 2 : 0);
    if (size + cost > max && current.length > 0) {
      chunks.push(runsToMrkdwn(current).trim());
      current = [];
      size = 0;
    }
    current.push(token);
    size += cost;
  }
  const last = runsToMrkdwn(current).trim();
  if (last) chunks.push(last);
  return chunks;
}

/** Plain text (no markup of ours) escaped and split; for whole paragraphs and lists. */
export function chunkText(text: string, max: number): string[] {
  return chunkRuns(plain(text), max);
}

/** Where an already escaped line may be cut: before `max`, at a space, and never inside an `&…;` escape. */
function cutPoint(line: string, max: number): number {
  const space = line.lastIndexOf(' ', max);
  let cut = space > max / 2 ? space : max;
  const amp = line.lastIndexOf('&', cut - 1);
  if (amp !== -1 && amp > cut - 5 && !line.slice(amp, cut).includes(';')) cut = amp;
  return cut;
}

/**
 * Mrkdwn lines (already escaped) joined into pieces of at most `max` characters, breaking
 * between lines. Our own lines are short; a longer one is split at a space rather than lost.
 */
export function packLines(lines: readonly string[], max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = (line: string) => {
    if (current && current.length + 1 + line.length <= max) current += `\n${line}`;
    else {
      if (current) pieces.push(current);
      current = line;
    }
  };
  for (let line of lines) {
    while (line.length > max) {
      const cut = cutPoint(line, max);
      push(line.slice(0, cut).trimEnd());
      line = line.slice(cut).trimStart();
    }
    push(line);
  }
  if (current) pieces.push(current);
  return pieces;
}
