/** Discord's part of the configuration. */
import { z } from 'zod';
import { optionalText } from './fields.js';

export const discordShape = {
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.pipe(z.string().regex(/^\d{15,25}$/, { error: 'must be the numeric application id (a snowflake)' }).optional()),
};

export type DiscordEnv = z.infer<z.ZodObject<typeof discordShape>>;

/** Credentials that only make sense together: one without the other is a mistake worth naming. */
export function discordProblems(env: DiscordEnv): string[] {
  const problems: string[] = [];
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set (Developer Portal → your app → General Information → Application ID)');
  if (!env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID) problems.push('DISCORD_TOKEN: is required when DISCORD_APPLICATION_ID is set (Developer Portal → Bot → Reset Token)');
  return problems;
}

export function discordEnabled(env: DiscordEnv): boolean {
  return Boolean(env.DISCORD_TOKEN);
}
