/**
 * The cleaning pipeline: a document body as it was saved → passages with their sections.
 * Words are never changed; only chrome, repeated header lines, wraps and spacing go.
 */
import type { DocumentMeta } from './types.js';
import { splitBlocks, removeLines } from './blocks.js';
import { removeCaptions, removeTeasers } from './captions.js';
import { isChromeLine } from './chrome.js';
import { removeHeader } from './header.js';
import { assignSections, type Passage } from './headings.js';
import { wordSet } from './hyphenation.js';
import { stripGluedImageName } from './imageNames.js';
import { reflow } from './reflow.js';

export interface CleanOptions {
  /** Markdown bodies also have `# Heading` lines. */
  markdown?: boolean;
}

/** `body` must already be normalised (normaliseText), as parseDocument's is. */
export function cleanBody(body: string, meta: DocumentMeta, options: CleanOptions = {}): Passage[] {
  let blocks = splitBlocks(body, { markdown: options.markdown === true });
  // Multi-line chrome first: teasers are found by the "Read More" line that the line rules remove.
  blocks = removeTeasers(removeCaptions(blocks));
  blocks = removeLines(blocks, isChromeLine);
  blocks = removeHeader(blocks, meta);
  blocks = blocks.map((block) => ({ ...block, lines: block.lines.map((line, i) => (i === 0 ? stripGluedImageName(line) : line)) }));
  let words: Set<string> | undefined;
  return assignSections(reflow(blocks, () => (words ??= wordSet(body))));
}
