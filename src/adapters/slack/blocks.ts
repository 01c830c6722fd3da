/**
 * The few Block Kit pieces ibid uses, and Slack's limits on them.
 * https://docs.slack.dev/reference/block-kit/blocks
 */
import type { types } from '@slack/bolt';

export const LIMITS = {
  /** Any one text object: section text, a context element. */
  textChars: 3000,
  blocksPerMessage: 50,
  /** Elements in one context block. */
  contextElements: 10,
  /** A button's `value`, where ibid keeps the button's state. */
  buttonValueChars: 2000,
  /**
   * All the text of one message. Slack rejects messages whose blocks hold roughly 12,000 to 13,000
   * characters in total (`msg_blocks_too_long`, undocumented: slackapi/bolt-js#2509 and #2867),
   * so a page stays well below that.
   */
  messageTextChars: 8000,
} as const;

export type Block = types.KnownBlock;
export type Button = types.Button;

export function section(text: string, accessory?: Button): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text }, ...(accessory ? { accessory } : {}) };
}

export function context(...texts: string[]): types.ContextBlock {
  return { type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn', text })) };
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

export function button(label: string, actionId: string, value: string, style?: 'primary'): Button {
  return { type: 'button', text: { type: 'plain_text', text: label, emoji: true }, action_id: actionId, value, ...(style ? { style } : {}) };
}

export function actions(...elements: Button[]): types.ActionsBlock {
  return { type: 'actions', elements };
}

/** The text a block shows, for the per-message budget. */
export function textLength(block: Block): number {
  switch (block.type) {
    case 'section':
      return (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((sum, field) => sum + field.text.length, 0);
    case 'context':
      return block.elements.reduce((sum, element) => sum + ('text' in element ? element.text.length : 0), 0);
    case 'actions':
      return block.elements.reduce((sum, element) => sum + ('text' in element && element.text ? element.text.text.length : 0), 0);
    default:
      return 0;
  }
}
