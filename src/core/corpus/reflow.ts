/**
 * Undoes hard line wraps. A PDF's text arrives as lines cut at a fixed width ("…as leading" /
 * "participants acknowledged…"); a saved web page has one line per paragraph. Each block becomes
 * one or more paragraphs ("units"): lines are joined where the break was only a wrap.
 */
import type { Block } from './blocks.js';
import { endsWithSplitWord, joinHyphenated } from './hyphenation.js';

export interface Unit {
  text: string;
  /** Made of a single source line, not joined with others: the only shape a heading can have. */
  standalone: boolean;
  /** Blank lines before it in the source (0 when it followed another unit on the next line). */
  gapBefore: number;
  markdownHeading: boolean;
}

/** A line at least this share of the wrap width reached the margin, so the break after it is a wrap. */
const FULL_LINE = 0.75;
const LIST_ITEM = /^(?:[-*+•◦▪]\s|\d{1,3}[.)]\s)/;

/**
 * The width the text was wrapped at, or null when it was not hard-wrapped. Wrapped text has many
 * lines followed by another line of the same block, and their lengths cluster around one width.
 */
export function wrapWidth(blocks: Block[]): number | null {
  const lengths = blocks
    .filter((b) => !b.markdownHeading)
    .flatMap((b) => b.lines.slice(0, -1).map((line) => line.length))
    .sort((x, y) => x - y);
  if (lengths.length < 3) return null;
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const near = lengths.filter((n) => n >= median * 0.75 && n <= median * 1.25).length;
  return median <= 160 && near >= lengths.length * 0.7 ? median : null;
}

/** Is the break between these two source lines only a wrap? */
function continues(before: string, after: string, width: number | null): boolean {
  if (endsWithSplitWord(before)) return true;
  if (LIST_ITEM.test(after)) return false;
  if (/^\p{Ll}/u.test(after)) return true;
  // A line ending in a comma or semicolon has not finished its sentence.
  if (/[,;]$/.test(before)) return true;
  return width !== null && before.length >= width * FULL_LINE;
}

function join(before: string, after: string, words: () => Set<string>): string {
  if (endsWithSplitWord(before) && /^[\p{L}\p{N}]/u.test(after)) return joinHyphenated(before, after, words());
  // A dash at the end of a line joins words without spaces ("the dictators—" / "and imperialism").
  if (/[—–]$/.test(before) && !/\s[—–]$/.test(before)) return before + after;
  return `${before} ${after}`;
}

/** `words` gives the document's words (see wordSet); it is only called when a split word needs them. */
export function reflow(blocks: Block[], words: () => Set<string>): Unit[] {
  const width = wrapWidth(blocks);
  const units: Unit[] = [];
  for (const block of blocks) {
    let text: string | null = null;
    let previousLine = '';
    let lines = 0;
    let gapBefore = block.gapBefore;
    const flush = () => {
      if (text === null) return;
      units.push({ text, standalone: lines === 1, gapBefore, markdownHeading: block.markdownHeading === true });
      gapBefore = 0;
    };
    for (const line of block.lines) {
      if (text !== null && continues(previousLine, line, width)) {
        text = join(text, line, words);
        lines += 1;
      } else {
        flush();
        text = line;
        lines = 1;
      }
      previousLine = line;
    }
    flush();
  }
  return units;
}
