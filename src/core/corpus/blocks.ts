/**
 * A document body as blocks: runs of non-empty lines separated by blank lines.
 * Cleaning rules work on these so they can see a line's neighbours and how much space surrounds it.
 */
import { LIST_ITEM, markdownLineToText } from './markdownText.js';
import { collapseSpaces } from './normalise.js';

export interface Block {
  /** Trimmed, space-collapsed, non-empty lines. */
  lines: string[];
  /** Blank source lines before this block (a run of several marks where a web page had an image). */
  gapBefore: number;
  /** Set for a Markdown `# Heading` line, which is a heading whatever it looks like. */
  markdownHeading?: boolean;
}

/** Lines made only of rule characters (`----`, `====`, `* * *`) separate text like a blank line. */
const RULE_LINE = /^(?:[-=_*~#•·]\s*){3,}$/;
const ATX_HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/;

export function splitBlocks(body: string, options: { markdown?: boolean } = {}): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let gap = 0;
  for (const raw of body.split('\n')) {
    const line = collapseSpaces(raw);
    if (line === '' || RULE_LINE.test(line)) {
      current = null;
      gap += 1;
      continue;
    }
    const atx = options.markdown ? ATX_HEADING.exec(line) : null;
    const text = options.markdown ? markdownLineToText(atx?.[1] ?? line) : line;
    if (text === '') {
      // An image or an HTML tag alone on its line: nothing a reader sees.
    } else if (atx?.[1]) {
      blocks.push({ lines: [text], gapBefore: gap, markdownHeading: true });
      current = null;
    } else if (current && !(options.markdown && LIST_ITEM.test(line))) {
      current.lines.push(text);
    } else {
      current = { lines: [text], gapBefore: gap };
      blocks.push(current);
    }
    gap = 0;
  }
  return blocks;
}

/**
 * Drops the lines `remove` picks. A dropped line inside a block splits it: the lines on either
 * side of a menu or caption are not one paragraph.
 */
export function removeLines(
  blocks: Block[],
  remove: (line: string, lineIndex: number, block: Block, blockIndex: number) => boolean,
): Block[] {
  const out: Block[] = [];
  blocks.forEach((block, blockIndex) => {
    let run: string[] = [];
    let gapBefore = block.gapBefore;
    const flush = () => {
      if (run.length > 0) out.push({ ...block, lines: run, gapBefore });
      run = [];
      gapBefore = 1;
    };
    block.lines.forEach((line, i) => {
      if (remove(line, i, block, blockIndex)) flush();
      else run.push(line);
    });
    flush();
  });
  return out;
}
