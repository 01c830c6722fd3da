/**
 * Configuration: the environment parsed once by one zod schema. A bad configuration fails at
 * start with every problem listed, each naming the variable and what it should look like.
 */
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

export const ConfigSchema = z.object({
  IBID_CORPUS_DIR: z.string().trim().min(1, { error: 'must name a directory, e.g. corpus' }).default('corpus'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .optional(),
  /** https://no-color.org: any value turns colour off in the terminal. */
  NO_COLOR: optionalText,
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.pipe(z.string().regex(/^\d{15,25}$/, { error: 'must be the numeric application id (a snowflake)' }).optional()),
  SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', { error: 'must be a bot token starting with xoxb-' }).optional()),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', { error: 'must be an app-level token starting with xapp-' }).optional()),
});

export type Config = z.infer<typeof ConfigSchema> & {
  adapters: { discord: boolean; slack: boolean; terminal: boolean };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`ibid cannot start; the configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Credentials that only make sense together: one without the other is a mistake worth naming. */
function pairProblems(env: z.infer<typeof ConfigSchema>): string[] {
  const problems: string[] = [];
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set (Developer Portal → your app → General Information → Application ID)');
  if (!env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID) problems.push('DISCORD_TOKEN: is required when DISCORD_APPLICATION_ID is set (Developer Portal → Bot → Reset Token)');
  const slackHttp = Boolean(env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET);
  if (slackHttp && !env.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN: is required when SLACK_SIGNING_SECRET is set (an xoxb- token from OAuth & Permissions)');
  if (slackHttp && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) problems.push('SLACK_SIGNING_SECRET: is required for Slack over HTTP (Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode');
  return problems;
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const problems = pairProblems(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems);
  const discord = Boolean(parsed.data.DISCORD_TOKEN);
  const slack = Boolean(parsed.data.SLACK_BOT_TOKEN);
  return { ...parsed.data, adapters: { discord, slack, terminal: !discord && !slack } };
}
