/**
 * Packs a rendered answer into messages within Slack's limits (50 blocks, about 12,000
 * characters of text, 3,000 per text object) and adds the header, the paging note and the
 * buttons. A long answer becomes several pages behind "More results"; nothing is cut silently.
 */
import type { CommandRequest } from '../../core/commands/parseLine.js';
import { actions, button, divider, LIMITS, textLength, type Block, type Button } from './blocks.js';
import { ACTION_IDS, encodeState } from './buttonState.js';
import { escapeText } from './escape.js';
import type { RenderedAnswer } from './render.js';
import { contextBlocks, plural, type Unit } from './renderParts.js';

interface PageBudget {
  blocks: number;
  chars: number;
}

export interface SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
  /** Fallback for notifications; escaped like everything else. */
  text: string;
  blocks: Block[];
}

export interface ComposeOptions {
  /** The request that made the answer: the buttons run it again. */
  request: CommandRequest;
  /** Which page to show (0-based); past the end shows the last. */
  part: number;
  /** A private answer offers "Share to channel". Errors are private whatever this says. */
  ephemeral: boolean;
  /** Who shared it, by name (never an @-mention, so nobody is pinged). */
  sharedBy?: string;
  /** The command has a `page` option, so "More results" can ask it for the next page. */
  canPage: boolean;
}

const FOOTER_BLOCKS = 2;
const FOOTER_CHARS = 300;

function unitChars(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + textLength(block), 0);
}

/** Units packed greedily into pages; a unit bigger than a whole page is spread over several. */
export function packUnits(units: readonly Unit[], budget: PageBudget): Block[][] {
  const pages: Block[][] = [];
  let page: Block[] = [];
  let chars = 0;
  const close = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    chars = 0;
  };
  for (const unit of units) {
    const lead = page.length > 0 && unit.separate ? [divider()] : [];
    const size = unitChars(unit.blocks);
    if (page.length + lead.length + unit.blocks.length <= budget.blocks && chars + size <= budget.chars) {
      page.push(...lead, ...unit.blocks);
      chars += size;
      continue;
    }
    close();
    for (const block of unit.blocks) {
      const blockChars = textLength(block);
      if (page.length + 1 > budget.blocks || (page.length > 0 && chars + blockChars > budget.chars)) close();
      page.push(block);
      chars += blockChars;
    }
  }
  close();
  return pages;
}

function moreButton(request: CommandRequest, part: number): Button | null {
  const value = encodeState({ request, part });
  return value ? button('More results', ACTION_IDS.more, value) : null;
}

function nextPageRequest(request: CommandRequest): CommandRequest {
  const current = Number(request.args['page'] ?? 1);
  return { name: request.name, args: { ...request.args, page: (Number.isInteger(current) && current > 0 ? current : 1) + 1 } };
}

export function composeMessage(rendered: RenderedAnswer, options: ComposeOptions): SlackMessage {
  const header: Block[] = [];
  if (options.sharedBy) header.push(...contextBlocks([`Shared by *${escapeText(options.sharedBy)}*`]));
  header.push(...contextBlocks([rendered.headline]));
  const budget = {
    blocks: LIMITS.blocksPerMessage - header.length - FOOTER_BLOCKS,
    chars: LIMITS.messageTextChars - unitChars(header) - FOOTER_CHARS,
  };
  const pages = packUnits(rendered.units, budget);
  const part = Math.min(Math.max(0, options.part), Math.max(0, pages.length - 1));
  const body = pages[part] ?? [];

  const notes: string[] = [];
  const buttons: Button[] = [];
  if (pages.length > 1) notes.push(`Part ${part + 1} of ${pages.length}`);
  const lastPart = part >= pages.length - 1;
  let next: Button | null = null;
  if (!lastPart) next = moreButton(options.request, part + 1);
  else if (rendered.more > 0 && options.canPage) next = moreButton(nextPageRequest(options.request), 0);
  if (lastPart && rendered.more > 0) notes.push(`${plural(rendered.more, 'more result')} ${options.canPage ? 'on the next page' : 'not shown'}`);
  if (next) buttons.push(next);
  else if (!lastPart || (rendered.more > 0 && options.canPage)) notes.push('The request is too long for a "More results" button: add page:2 (or the next part) to the command.');

  if (options.ephemeral && !rendered.error) {
    const share = encodeState({ request: options.request, part });
    if (share) buttons.unshift(button('Share to channel', ACTION_IDS.share, share, 'primary'));
  }
  const footer: Block[] = [...(notes.length > 0 ? contextBlocks([notes.join(' · ')]) : []), ...(buttons.length > 0 ? [actions(...buttons)] : [])];
  const summary = rendered.summary.length > 150 ? `${rendered.summary.slice(0, 150)}…` : rendered.summary;
  return {
    response_type: options.ephemeral || rendered.error ? 'ephemeral' : 'in_channel',
    text: escapeText(`ibid: ${summary}`),
    blocks: [...header, ...body, ...footer],
  };
}
