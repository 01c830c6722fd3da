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

/** Does this line only restate front-matter fields ("July 24, 2017 | Revolution Newspaper |")? */
export function repeatsMeta(line: string, meta: DocumentMeta): boolean {
  if (line.length > MAX_HEADER_LINE) return false;
  const title = meta.title ? comparable(meta.title) : null;
  const author = meta.author ? comparable(meta.author) : null;
  const exact = [title, author, meta.date && comparable(meta.date), meta.publication && comparable(meta.publication)];
  const publication = meta.publication ? ` ${comparable(meta.publication)} ` : null;
  const parts = line.split(/\s+[|•·]\s+|\s*\|\s*/).map(comparable).filter((p) => p !== '');
  if (parts.length === 0) return false;
  return parts.every((part) => {
    if (exact.includes(part)) return true;
    const byline = /^by\s+(.+)$/.exec(part);
    if (byline && author && byline[1] === author) return true;
    // "Issue 2561" under publication "Socialist Worker (Britain), Issue 2561".
    return publication !== null && part.includes(' ') && publication.includes(` ${part} `);
  });
}

/** Where the title starts and how many lines it spans (a long title may be wrapped over 2-3 lines). */
function findTitle(lines: string[], title: string): { at: number; span: number } | null {
  const wanted = comparable(title);
  for (let at = 0; at < lines.length; at++) {
    for (let span = 1; span <= 3 && at + span <= lines.length; span++) {
      if (comparable(lines.slice(at, at + span).join(' ')) === wanted) return { at, span };
    }
  }
  return null;
}

export function removeHeader(blocks: Block[], meta: DocumentMeta): Block[] {
  const positions: Array<{ block: number; line: number }> = [];
  blocks.forEach((block, b) => block.lines.forEach((_, l) => positions.push({ block: b, line: l })));
  const doomed = new Set<string>();
  const mark = (p: { block: number; line: number } | undefined) => p && doomed.add(`${p.block}:${p.line}`);

  if (meta.title) {
    // Title lines are looked for within a block, so a wrapped title is found but two headings are not merged.
    let seen = 0;
    for (const [b, block] of blocks.entries()) {
      const found = findTitle(block.lines.slice(0, MASTHEAD_WINDOW), meta.title);
      if (found && seen + found.at < MASTHEAD_WINDOW) {
        // Everything above the title is masthead: site name, menus, byline.
        const end = positions.findIndex((p) => p.block === b && p.line === found.at + found.span - 1);
        positions.slice(0, end + 1).forEach(mark);
        break;
      }
      seen += block.lines.length;
      if (seen >= MASTHEAD_WINDOW) break;
    }
  }
  return removeLines(blocks, (line, l, _block, b) => doomed.has(`${b}:${l}`) || repeatsMeta(line, meta) || isSplitTitle(blocks[b]?.lines ?? [], l, meta));
}

/** A title wrapped over consecutive lines anywhere in the document (e.g. in a closing sidebar). */
function isSplitTitle(lines: string[], index: number, meta: DocumentMeta): boolean {
  if (!meta.title) return false;
  for (let start = Math.max(0, index - 2); start <= index; start++) {
    const found = findTitle(lines.slice(start, start + 3), meta.title);
    if (found && start + found.at <= index && index < start + found.at + found.span) return true;
  }
  return false;
}
