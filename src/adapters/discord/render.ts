/**
 * Discord's one renderer: any answer in, pages of embeds out, each page within Discord's limits.
 * One colour per command; long answers become several pages, never a silent cut.
 */
import type { Answer } from '../../core/answers.js';
import { isErrorAnswer } from '../../core/answers.js';
import type { CommandRequest } from '../../core/commands/parseLine.js';
import { requestFooterText } from './footer.js';
import { paginate, type Block, type Page } from './paginate.js';
import { contextBlocks, errorBlocks, helpBlocks, quoteBlocks, sourcesBlocks } from './renderBlocks.js';
import { figureBlocks, quotesByBlocks, whoSaidBlocks } from './renderExtractBlocks.js';

export const COLORS: Record<string, number> = {
  quote: 0x5865f2,
  'who-said': 0x9b59b6,
  'quotes-by': 0x1abc9c,
  figure: 0xf1c40f,
  sources: 0x95a5a6,
  context: 0x2ecc71,
  help: 0x3498db,
  error: 0xed4245,
};
const OTHER_COLOR = 0x99aab5;

export interface RenderedAnswer {
  command: string;
  failed: boolean;
  pages: Page[];
  /** Results beyond this page of the command's own paging (0 when none or not pageable). */
  more: number;
}

function blocksOf(answer: Answer): Block[] {
  if (isErrorAnswer(answer)) return errorBlocks(answer);
  switch (answer.command) {
    case 'quote':
      return quoteBlocks(answer);
    case 'who-said':
      return whoSaidBlocks(answer);
    case 'quotes-by':
      return quotesByBlocks(answer);
    case 'figure':
      return figureBlocks(answer);
    case 'sources':
      return sourcesBlocks(answer);
    case 'context':
      return contextBlocks(answer);
    case 'help':
      return helpBlocks(answer);
  }
}

export function renderAnswer(answer: Answer, request?: CommandRequest): RenderedAnswer {
  const failed = isErrorAnswer(answer);
  const color = failed ? COLORS.error! : (COLORS[answer.command] ?? OTHER_COLOR);
  // Each page's last embed carries the request in its footer; keep room for it (and its newline).
  const reserve = request && !failed ? requestFooterText(request).length + 1 : 0;
  const pages = paginate(blocksOf(answer), { color, reserve });
  const more = !failed && 'more' in answer ? answer.more : 0;
  return { command: answer.command, failed, pages, more };
}
