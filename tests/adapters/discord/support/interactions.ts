/**
 * INTERACTION_CREATE payloads for the tests, built from recorded-shape JSON fixtures. Each gets a
 * fresh id and token; a button click carries the message ibid sent, as Discord echoes it back.
 */
import { jsonFixture } from './fixtures.js';

export const APPLICATION_ID = '1360871728770846733';
export const BOT_USER_ID = '1360871728770846733';

type Payload = Record<string, unknown> & { id: string; token: string };

let counter = 0;

function fresh(template: string, patch: Record<string, unknown>): Payload {
  counter++;
  const base = jsonFixture<Record<string, unknown>>(`interactions/${template}`);
  return { ...base, ...patch, id: String(1418572602737300000n + BigInt(counter)), token: `interaction-token-${counter}` };
}

function withUser<T extends Record<string, unknown>>(payload: T, userId: string | undefined): T {
  if (!userId) return payload;
  const member = payload['member'] as { user: Record<string, unknown> } | undefined;
  if (member) return { ...payload, member: { ...member, user: { ...member.user, id: userId } } };
  return { ...payload, user: { ...(payload['user'] as object), id: userId } };
}

export interface OptionValue {
  name: string;
  type: number;
  value: string | number | boolean;
  focused?: boolean;
}

export function commandInteraction(name: string, options: OptionValue[], extra: { dm?: boolean; userId?: string } = {}): Payload {
  const template = extra.dm ? 'command-dm' : 'command-guild';
  const base = jsonFixture<{ data: Record<string, unknown> }>(`interactions/${template}`);
  return withUser(fresh(template, { data: { ...base.data, name, ...(options.length > 0 ? { options } : {}) } }), extra.userId);
}

export function autocompleteInteraction(name: string, options: OptionValue[]): Payload {
  const base = jsonFixture<{ data: Record<string, unknown> }>('interactions/autocomplete-guild');
  return fresh('autocomplete-guild', { data: { ...base.data, name, options } });
}

export interface SentMessage {
  content?: string;
  embeds?: Record<string, unknown>[];
  components?: { type: number; components: Record<string, unknown>[] }[];
  flags?: number;
}

/** The message as Discord hands it back with a click: embeds typed "rich", components numbered. */
export function echoed(sent: SentMessage): Record<string, unknown> {
  let id = 0;
  return {
    content: sent.content ?? '',
    flags: sent.flags ?? 0,
    embeds: (sent.embeds ?? []).map((embed) => ({ type: 'rich', content_scan_version: 0, ...embed })),
    components: (sent.components ?? []).map((row) => ({ ...row, id: ++id, components: row.components.map((button) => ({ ...button, id: ++id })) })),
  };
}

export function buttonInteraction(customId: string, sent: SentMessage, extra: { userId?: string } = {}): Payload {
  const base = jsonFixture<{ data: Record<string, unknown>; message: Record<string, unknown> }>('interactions/button-guild');
  return withUser(fresh('button-guild', { data: { ...base.data, custom_id: customId }, message: { ...base.message, ...echoed(sent) } }), extra.userId);
}

export function pingInteraction(): Payload {
  return fresh('ping', {});
}

/** The custom_id of the button with this label in a sent message. */
export function customIdOf(sent: SentMessage, label: string | RegExp): string {
  for (const row of sent.components ?? []) {
    for (const button of row.components) {
      const text = String(button['label']);
      if (typeof label === 'string' ? text === label : label.test(text)) return String(button['custom_id']);
    }
  }
  throw new Error(`no button labelled ${String(label)} in ${JSON.stringify(sent.components)}`);
}
