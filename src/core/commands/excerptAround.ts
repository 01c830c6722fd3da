/** An excerpt around a known span (a figure in its sentence), cut at word boundaries with "…". */
import type { Highlight } from '../answers.js';

const MAX_EXCERPT = 300;

export interface SpanExcerpt {
  excerpt: string;
  highlights: Highlight[];
  range: [number, number];
}

/**
 * The sentence holding `span` when it is short enough; otherwise a window of the paragraph
 * centred on the span. `range` is where the excerpt's text lies in the paragraph.
 */
export function excerptAround(paragraph: string, span: [number, number], sentence?: string): SpanExcerpt {
  const at = sentence ? paragraph.lastIndexOf(sentence, span[0]) : -1;
  let start = at >= 0 && at + sentence!.length >= span[1] ? at : span[0];
  let end = at >= 0 && at + sentence!.length >= span[1] ? at + sentence!.length : span[1];
  if (end - start > MAX_EXCERPT) {
    const middle = Math.round((span[0] + span[1]) / 2);
    start = Math.max(0, Math.min(span[0], middle - MAX_EXCERPT / 2));
    end = Math.min(paragraph.length, Math.max(span[1], start + MAX_EXCERPT));
    // Move outwards to the nearest spaces so no word is cut in half.
    while (start > 0 && !/\s/.test(paragraph[start - 1]!)) start--;
    while (end < paragraph.length && !/\s/.test(paragraph[end]!)) end++;
  }
  const text = paragraph.slice(start, end).trim();
  const lead = paragraph.slice(start, end).length - paragraph.slice(start, end).trimStart().length;
  start += lead;
  end = start + text.length;
  const before = start > 0 && !(at === start) ? '…' : '';
  const after = end < paragraph.length && !(at >= 0 && end === at + (sentence?.length ?? 0)) ? '…' : '';
  const excerpt = `${before}${text}${after}`;
  const offset = before.length - start;
  return { excerpt, highlights: [[span[0] + offset, span[1] + offset]], range: [start, end] };
}
