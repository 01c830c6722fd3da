/**
 * Chrome that spans lines: photo captions printed twice (once bare, once with a credit) and
 * sidebar teasers for other articles (a headline, often repeated, then "Read More").
 */
import { type Block, removeLines } from './blocks.js';

const CREDITED_CAPTION = /^(.*?)\s*\((?:pic|pics|photo|photos|picture|image|credit|photograph)\s*:[^)]*\)$/i;
const READ_MORE = /^(read more|continue reading|read the full (article|story))\b.{0,20}$/i;
const TEASER_MAX_LENGTH = 150;

/** A short line that could be a teaser headline: no sentence ends in it. */
function looksLikeTeaser(line: string): boolean {
  return line.length <= TEASER_MAX_LENGTH && !/[.!?]["”’)]*$/.test(line);
}

/** Removes "<caption>" followed by "<caption> (Pic: …)", and any line ending in a credited caption. */
export function removeCaptions(blocks: Block[]): Block[] {
  const doomed = new Set<string>();
  blocks.forEach((block, b) => {
    block.lines.forEach((line, i) => {
      const match = line.length <= 300 ? CREDITED_CAPTION.exec(line) : null;
      if (!match) return;
      doomed.add(`${b}:${i}`);
      const bare = match[1] ?? '';
      const previous = i > 0 ? { b, i: i - 1 } : b > 0 ? { b: b - 1, i: (blocks[b - 1]?.lines.length ?? 0) - 1 } : null;
      const previousLine = previous ? blocks[previous.b]?.lines[previous.i] : undefined;
      if (previous && bare !== '' && previousLine === bare) doomed.add(`${previous.b}:${previous.i}`);
    });
  });
  return removeMarked(blocks, doomed);
}

/**
 * Removes "Read More" lines with the teaser headline(s) right above them: the lines before it in
 * its block, or, when it stands alone, a previous block made only of short headline-like lines.
 */
export function removeTeasers(blocks: Block[]): Block[] {
  const doomed = new Set<string>();
  blocks.forEach((block, b) => {
    block.lines.forEach((line, i) => {
      if (!READ_MORE.test(line)) return;
      doomed.add(`${b}:${i}`);
      if (i > 0) {
        for (let j = i - 1; j >= 0 && looksLikeTeaser(block.lines[j] ?? ''); j--) doomed.add(`${b}:${j}`);
        return;
      }
      const previous = blocks[b - 1];
      if (previous && previous.lines.length <= 2 && previous.lines.every(looksLikeTeaser) && !previous.markdownHeading) {
        previous.lines.forEach((_, j) => doomed.add(`${b - 1}:${j}`));
      }
    });
  });
  return removeMarked(blocks, doomed);
}

function removeMarked(blocks: Block[], doomed: Set<string>): Block[] {
  return doomed.size === 0 ? blocks : removeLines(blocks, (_line, i, _block, b) => doomed.has(`${b}:${i}`));
}
