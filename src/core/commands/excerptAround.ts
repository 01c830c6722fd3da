/** An excerpt around a known span (a figure in its sentence), cut at word boundaries with "…". */
import type { Highlight } from '../answers.js';
import { MAX_EXCERPT } from '../search/excerpt.js';

export interface SpanExcerpt {
  excerpt: string;
  highlights: Highlight[];
  range: [number, number];
}

/**
 * The sentence holding `span` when it is short enough; otherwise a window of the paragraph
 * centred on the span. `range` is where the excerpt's text lies in the paragraph.
 */
export function excerptAround(paragraph: string, span: [number, number], sentence: string): SpanExcerpt {
  // An empty sentence would be "found" anywhere: it counts as none.
  const at = sentence ? paragraph.lastIndexOf(sentence, span[0]) : -1;
  const sentenceEnd = at + sentence.length;
  const holds = at >= 0 && sentenceEnd >= span[1];
  let start = holds ? at : span[0];
  let end = holds ? sentenceEnd : span[1];
  if (end - start > MAX_EXCERPT) {
    const middle = Math.round((span[0] + span[1]) / 2);
    start = Math.max(0, Math.min(span[0], middle - MAX_EXCERPT / 2));
    end = Math.min(paragraph.length, Math.max(span[1], start + MAX_EXCERPT));
    // Move outwards to the nearest spaces so no word is cut in half.
    while (start > 0 && !/\s/.test(paragraph[start - 1]!)) start--;
    while (end < paragraph.length && !/\s/.test(paragraph[end]!)) end++;
  }
  const slice = paragraph.slice(start, end);
  const text = slice.trim();
  start += slice.length - slice.trimStart().length;
  end = start + text.length;
  const before = start > 0 && at !== start ? '…' : '';
  const after = end < paragraph.length && !(at >= 0 && end === sentenceEnd) ? '…' : '';
  const excerpt = `${before}${text}${after}`;
  const offset = before.length - start;
  return { excerpt, highlights: [[span[0] + offset, span[1] + offset]], range: [start, end] };
}
