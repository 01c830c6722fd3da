/**
 * A line of a Markdown document as the words a reader sees: emphasis, links, inline code,
 * escapes, entities, list and quote markers go; link targets and images go; raw HTML stays. CommonMark's own
 * parser decides (mdast-util-from-markdown), so `2*3*4`, `snake_case` and `[Our emphasis]`
 * stay as written where Markdown leaves them alone.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { collapseSpaces } from './normalise.js';

/** Lines without these characters read the same as Markdown and as text: no parse needed. */
const MAYBE_MARKDOWN = /[*_`[\]<>&\\!]|^(?:[-+*]|\d{1,9}[.)])\s/;

/** A list item starts a passage of its own. */
export const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])\s+\S/;

export function markdownLineToText(line: string): string {
  if (!MAYBE_MARKDOWN.test(line)) return line;
  const tree = fromMarkdown(line);
  // Raw HTML stays as written: "<!channel>" or "<@U1>" in a document is shown (adapters make it
  // inert), never silently dropped; only images and link targets, which a reader never reads, go.
  return collapseSpaces(toString(tree, { includeImageAlt: false, includeHtml: true }));
}
