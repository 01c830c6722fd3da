/** An excerpt as Discord markdown: corpus text escaped, the matched words in bold. */
import type { Highlight } from '../../core/answers.js';
import { safeMarkdown } from './escape.js';

/** Sorted, clamped, merged ranges; empty or inverted ones dropped. */
function normalise(highlights: readonly Highlight[], length: number): Highlight[] {
  const sorted = highlights
    .map(([start, end]): Highlight => [Math.max(0, Math.min(start, length)), Math.max(0, Math.min(end, length))])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Highlight[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export function highlightMarkdown(text: string, highlights: readonly Highlight[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of normalise(highlights, text.length)) {
    out += safeMarkdown(text.slice(at, start));
    const matched = text.slice(start, end);
    // Spaces stay outside the markers: "** word**" does not render as bold everywhere.
    const lead = /^\s*/.exec(matched)![0];
    const trail = /\s*$/.exec(matched.slice(lead.length))![0];
    const core = matched.slice(lead.length, matched.length - trail.length);
    out += core ? `${lead}**${safeMarkdown(core)}**${trail}` : matched;
    at = end;
  }
  return out + safeMarkdown(text.slice(at));
}
