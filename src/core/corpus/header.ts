/**
 * Header lines that only repeat the front matter (the title, "By <author>", the date, the
 * publication) and the masthead above the title. They describe the document; they are not passages.
 */
import type { DocumentMeta } from './types.js';
import type { Block } from './blocks.js';
import { removeLines } from './blocks.js';
import { comparable } from './normalise.js';

/** How far down the title may appear for what is above it to count as masthead. */
const MASTHEAD_WINDOW = 20;
const MAX_HEADER_LINE = 200;

/** Builds the test "does this line only restate front-matter fields?" ("July 24, 2017 | Revolution Newspaper |"). */
export function headerLineMatcher(meta: DocumentMeta): (line: string) => boolean {
  const author = meta.author ? comparable(meta.author) : null;
  const exact = new Set([meta.title, meta.author, meta.date, meta.publication].filter((v) => v !== null).map(comparable));
  const publication = meta.publication ? ` ${comparable(meta.publication)} ` : null;
  if (exact.size === 0) return () => false;
  // A header line is at most every field once, with "By" and separators.
  const longest = [meta.title, meta.author, meta.date, meta.publication].reduce((sum, v) => sum + (v?.length ?? 0) + 6, 0);
  return (line) => {
    if (line.length > Math.min(MAX_HEADER_LINE, longest)) return false;
    const parts = line.split(/\s+[|•·]\s+|\s*\|\s*/).map(comparable).filter((p) => p !== '');
    if (parts.length === 0) return false;
    return parts.every((part) => {
      if (exact.has(part)) return true;
      const byline = /^by\s+(.+)$/.exec(part);
      if (byline && author && byline[1] === author) return true;
      // "Issue 2561" under publication "Socialist Worker (Britain), Issue 2561".
      return publication !== null && part.includes(' ') && publication.includes(` ${part} `);
    });
  };
}

export function repeatsMeta(line: string, meta: DocumentMeta): boolean {
  return headerLineMatcher(meta)(line);
}

/** Where the title starts and how many lines it spans (a long title may be wrapped over 2-3 lines). */
function findTitle(lines: string[], wanted: string): { at: number; span: number } | null {
  for (let at = 0; at < lines.length; at++) {
    for (let span = 1; span <= 3 && at + span <= lines.length; span++) {
      if (comparable(lines.slice(at, at + span).join(' ')) === wanted) return { at, span };
    }
  }
  return null;
}

export function removeHeader(blocks: Block[], meta: DocumentMeta): Block[] {
  const doomed = new Set<string>();
  const title = meta.title ? comparable(meta.title) : null;
  if (title) {
    // Title lines are looked for within a block, so a wrapped title is found but two headings are not merged.
    let seen = 0;
    for (const [b, block] of blocks.entries()) {
      const found = findTitle(block.lines.slice(0, MASTHEAD_WINDOW), title);
      if (found && seen + found.at < MASTHEAD_WINDOW) {
        // Everything above the title, and the title, is masthead: site name, menus, byline.
        for (let before = 0; before < b; before++) blocks[before]?.lines.forEach((_, l) => doomed.add(`${before}:${l}`));
        for (let l = 0; l < found.at + found.span; l++) doomed.add(`${b}:${l}`);
        break;
      }
      seen += block.lines.length;
      if (seen >= MASTHEAD_WINDOW) break;
    }
  }
  const repeats = headerLineMatcher(meta);
  return removeLines(blocks, (line, l, block, b) => doomed.has(`${b}:${l}`) || repeats(line) || (title !== null && isInSplitTitle(block.lines, l, title)));
}

/** Is this line part of the title wrapped over consecutive lines (e.g. in a closing sidebar)? */
function isInSplitTitle(lines: string[], index: number, title: string): boolean {
  if ((lines[index]?.length ?? 0) > title.length + 10) return false;
  const line = comparable(lines[index] ?? '');
  if (line === '' || !title.includes(line)) return false;
  for (let start = Math.max(0, index - 2); start <= index; start++) {
    const found = findTitle(lines.slice(start, start + 3), title);
    if (found && start + found.at <= index && index < start + found.at + found.span) return true;
  }
  return false;
}
