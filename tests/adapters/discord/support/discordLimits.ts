/** Assertions every message ibid sends to Discord must pass, shared by unit and end-to-end tests. */
import { expect } from 'vitest';
import { LIMITS } from '../../../../src/adapters/discord/limits.js';

interface EmbedLike {
  title?: string;
  description?: string;
  url?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
}

interface MessageLike {
  content?: string;
  embeds?: EmbedLike[];
  components?: { type: number; components: { type: number; custom_id?: string; label?: string }[] }[];
  allowed_mentions?: unknown;
}

function embedTotal(embed: EmbedLike): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0) + fields;
}

/** Takes any message-shaped value: what discord.js posted, or an OutgoingMessage. */
export function expectWithinDiscordLimits(input: unknown): void {
  const message = input as MessageLike;
  const embeds = message.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  expect((message.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  let total = 0;
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footerText);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    if (embed.url) expect(embed.url).toMatch(/^https?:\/\//);
    total += embedTotal(embed);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  const rows = message.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(LIMITS.actionRows);
  const ids: string[] = [];
  for (const row of rows) {
    expect(row.type).toBe(1);
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const button of row.components) {
      expect(button.custom_id?.length ?? 0).toBeGreaterThan(0);
      expect(button.custom_id!.length).toBeLessThanOrEqual(LIMITS.customId);
      expect(button.label!.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
      ids.push(button.custom_id!);
    }
  }
  // Discord rejects a message whose buttons share a custom_id.
  expect(new Set(ids).size).toBe(ids.length);
}

/** Every string in the message, for mention and markdown checks. */
export function renderedStrings(input: unknown): string[] {
  const message = input as MessageLike;
  const out: string[] = [];
  if (message.content) out.push(message.content);
  for (const embed of message.embeds ?? []) {
    out.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', embed.author?.name ?? '');
    for (const field of embed.fields ?? []) out.push(field.name, field.value);
  }
  for (const row of message.components ?? []) for (const button of row.components) out.push(button.label ?? '');
  return out.filter(Boolean);
}

const LIVE_MENTION = /@(everyone|here)\b|<@[!&]?\d+>|<#\d+>/i;

export function expectNoLiveMentions(input: unknown): void {
  const message = input as MessageLike;
  for (const text of renderedStrings(message)) expect(text).not.toMatch(LIVE_MENTION);
  expect(message.allowed_mentions).toMatchObject({ parse: [] });
}

/** A private answer (type 4, ephemeral) that Discord accepts and that can ping nobody; `label` names it in failures. */
export function expectPrivateAnswer(callback: { type: number; data?: unknown }, label?: string): void {
  const message = callback.data as MessageLike & { flags?: number };
  expect(callback.type, label).toBe(4);
  expect(message.flags, label).toBe(64);
  expect(message.allowed_mentions, label).toEqual({ parse: [], replied_user: false });
  expectWithinDiscordLimits(message);
  expectNoLiveMentions(message);
}
