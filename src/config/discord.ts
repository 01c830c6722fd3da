/** Discord's part of the configuration. */
import { z } from 'zod';
import { booleanText, optionalText } from './fields.js';

const snowflake = (what: string) => optionalText.pipe(z.string().regex(/^\d{15,25}$/, { error: `must be the numeric ${what} (a snowflake)` }).optional());

export const discordShape = {
  /** Developer Portal → Bot → Reset Token. Starts the gateway bot; also used by `npm run discord:register`. */
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: snowflake('application id'),
  /** `npm run discord:register` registers for this server only (instant) instead of globally. */
  DISCORD_GUILD_ID: snowflake('server (guild) id'),
  /** Developer Portal → General Information → Public Key. Serves the HTTP interactions endpoint. */
  DISCORD_PUBLIC_KEY: optionalText.pipe(z.string().regex(/^[0-9a-f]{64}$/i, { error: 'must be the 64 hexadecimal characters of the application public key' }).optional()),
  /** false: do not open a gateway connection (copies behind a load balancer serve only HTTP). */
  DISCORD_GATEWAY: booleanText(true),
  /** Answers private to the asker (with a Share button) unless set to false. */
  DISCORD_EPHEMERAL: booleanText(true),
};

export type DiscordEnv = z.infer<z.ZodObject<typeof discordShape>>;

/** Settings that only make sense together: one without the other is a mistake worth naming. */
export function discordProblems(env: DiscordEnv): string[] {
  const problems: string[] = [];
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set (Developer Portal → your app → General Information → Application ID)');
  if (env.DISCORD_PUBLIC_KEY && !env.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID: is required when DISCORD_PUBLIC_KEY is set (Developer Portal → your app → General Information → Application ID)');
  if (env.DISCORD_APPLICATION_ID && !env.DISCORD_TOKEN && !env.DISCORD_PUBLIC_KEY) {
    problems.push('DISCORD_TOKEN: is required when DISCORD_APPLICATION_ID is set (Developer Portal → Bot → Reset Token), or set DISCORD_PUBLIC_KEY to serve only the HTTP interactions endpoint');
  }
  if (env.DISCORD_TOKEN && !env.DISCORD_GATEWAY && !env.DISCORD_PUBLIC_KEY) {
    problems.push('DISCORD_GATEWAY: is false, so DISCORD_PUBLIC_KEY is required (the HTTP interactions endpoint must answer instead)');
  }
  return problems;
}

export function discordGatewayEnabled(env: DiscordEnv): boolean {
  return Boolean(env.DISCORD_TOKEN) && env.DISCORD_GATEWAY;
}

export function discordHttpEnabled(env: DiscordEnv): boolean {
  return Boolean(env.DISCORD_PUBLIC_KEY);
}

export function discordEnabled(env: DiscordEnv): boolean {
  return discordGatewayEnabled(env) || discordHttpEnabled(env);
}
