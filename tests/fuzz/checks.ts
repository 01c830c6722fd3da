/**
 * What every rendered answer must satisfy, per platform. Each check returns the problems it
 * found (empty when fine), so the fuzz run can report the input that caused them.
 */
import { expectWithinDiscordLimits } from '../adapters/discord/support/discordLimits.js';
import { expectEscaped, expectWithinLimits } from '../adapters/slack/blockChecks.js';

function caught(check: () => void): string[] {
  try {
    check();
    return [];
  } catch (error) {
    return [(error as Error).message.split('\n')[0]!];
  }
}

interface DiscordMessageLike {
  content?: string;
  embeds: { title?: string; description?: string; footer?: { text: string }; author?: { name: string }; fields?: { name: string; value: string }[] }[];
  allowed_mentions?: { parse?: unknown[] };
}

/** Every string Discord would render in a message. */
export function discordTexts(message: DiscordMessageLike): string[] {
  const texts = [message.content ?? ''];
  for (const embed of message.embeds) {
    texts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', embed.author?.name ?? '');
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  }
  return texts;
}

/** A mention Discord would resolve: @everyone/@here as words, <@id>, <@!id>, <@&id>, <#id>. */
const DISCORD_MENTION = /@(everyone|here)\b|<@[!&]?\d+>|<#\d+>/i;

export function discordProblems(message: DiscordMessageLike): string[] {
  const problems = caught(() => expectWithinDiscordLimits(message));
  for (const text of discordTexts(message)) if (DISCORD_MENTION.test(text)) problems.push(`unescaped mention in ${JSON.stringify(text.slice(0, 200))}`);
  if (message.allowed_mentions?.parse?.length !== 0) problems.push('allowed_mentions does not block every mention');
  return problems;
}

export function slackProblems(message: { text: string; blocks: unknown[] }): string[] {
  const problems = [...caught(() => expectWithinLimits(message.blocks)), ...caught(() => expectEscaped(message.blocks))];
  if (/[<>]/.test(message.text) || /&(?!amp;|lt;|gt;)/.test(message.text)) problems.push(`unescaped fallback text ${JSON.stringify(message.text.slice(0, 200))}`);
  return problems;
}

/** ibid's own colour codes, the only escape sequences it may print. */
// eslint-disable-next-line no-control-regex -- ESC is the point.
const OWN_SGR = /\u001b\[(?:0|1|2|31|33|36)m/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function terminalProblems(output: string): string[] {
  return TERMINAL_CONTROL.test(output.replace(OWN_SGR, '')) ? [`control character in terminal output ${JSON.stringify(output.slice(0, 200))}`] : [];
}

export function choiceProblems(choices: { name: string; value: string | number }[]): string[] {
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} autocomplete choices`);
  for (const choice of choices) {
    if (choice.name.length < 1 || choice.name.length > 100) problems.push(`choice name of ${choice.name.length} characters`);
    if (String(choice.value).length > 100) problems.push(`choice value of ${String(choice.value).length} characters`);
    if (DISCORD_MENTION.test(choice.name)) problems.push(`unescaped mention in choice ${choice.name}`);
  }
  return problems;
}
