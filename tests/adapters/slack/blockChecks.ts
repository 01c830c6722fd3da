/** Checks shared by the renderer and end-to-end tests: Slack's limits and the escaping promise. */
import { expect } from 'vitest';
import type { Block } from '../../../src/adapters/slack/blocks.js';
import { decodeState, type ButtonState } from '../../../src/adapters/slack/buttonState.js';

interface TextHolder {
  text?: string | { text: string };
  elements?: TextHolder[];
  accessory?: TextHolder & { value?: string };
  fields?: { text: string }[];
}

/** Every mrkdwn/plain string a message shows, in order. */
export function textsOf(blocks: readonly unknown[]): string[] {
  const out: string[] = [];
  const visit = (node: TextHolder) => {
    if (typeof node.text === 'string') out.push(node.text);
    else if (node.text && typeof node.text.text === 'string') out.push(node.text.text);
    for (const field of node.fields ?? []) out.push(field.text);
    if (node.accessory) visit(node.accessory);
    for (const element of node.elements ?? []) visit(element);
  };
  for (const block of blocks) visit(block as TextHolder);
  return out;
}

export interface ButtonInfo {
  actionId: string;
  label: string;
  value: string;
  state: ButtonState | null;
}

export function buttonsOf(blocks: readonly unknown[]): ButtonInfo[] {
  const out: ButtonInfo[] = [];
  const visit = (node: Record<string, unknown>) => {
    if (node['type'] === 'button') {
      const value = String(node['value'] ?? '');
      out.push({ actionId: String(node['action_id']), label: (node['text'] as { text: string }).text, value, state: decodeState(value) });
    }
    if (node['accessory']) visit(node['accessory'] as Record<string, unknown>);
    for (const element of (node['elements'] as Record<string, unknown>[] | undefined) ?? []) visit(element);
  };
  for (const block of blocks) visit(block as Record<string, unknown>);
  return out;
}

/** 50 blocks, 3,000 characters per text, ibid's page budget, 2,000 characters per button value, 10 context elements. */
export function expectWithinLimits(blocks: readonly Block[] | readonly unknown[]): void {
  expect(blocks.length).toBeLessThanOrEqual(50);
  const texts = textsOf(blocks);
  for (const text of texts) expect(text.length).toBeLessThanOrEqual(3000);
  expect(texts.reduce((sum, text) => sum + text.length, 0)).toBeLessThanOrEqual(8000);
  for (const button of buttonsOf(blocks)) expect(button.value.length).toBeLessThanOrEqual(2000);
  for (const block of blocks as { type: string; elements?: unknown[] }[]) if (block.type === 'context') expect(block.elements!.length).toBeLessThanOrEqual(10);
}

/** Links ibid writes itself: <http(s)://…|label>, with nothing inside able to open or close another. */
const OWN_LINK = /<https?:\/\/[^<>|\s]+\|[^<>|]*>/g;

/** No text can mention, ping or link anything except ibid's own citation links and quote bars; every & is an escape. */
export function expectEscaped(blocks: readonly unknown[]): void {
  for (const text of textsOf(blocks)) {
    // ibid's own markup: citation links, and the `> ` that starts a block quote line.
    const withoutLinks = text.replace(OWN_LINK, '').replace(/(^|\n)> /g, '$1');
    expect(withoutLinks, text).not.toMatch(/[<>]/);
    expect(text.replace(/&(?:amp|lt|gt);/g, ''), text).not.toContain('&');
  }
}

/**
 * An answer to a slash command searching `words`, as posted to response_url: after the ack,
 * private, within Slack's limits, escaped, with the words in bold. Returns its blocks.
 */
export function expectPrivateQuoteAnswer(ackedAt: number, answer: { receivedAt: number; body: Record<string, unknown> }, words: string): unknown[] {
  expect(ackedAt).toBeLessThan(answer.receivedAt);
  expect(answer.body['response_type']).toBe('ephemeral');
  const blocks = answer.body['blocks'] as unknown[];
  expectWithinLimits(blocks);
  expectEscaped(blocks);
  expect(textsOf(blocks).join('\n')).toContain(`*${words}*`);
  return blocks;
}
