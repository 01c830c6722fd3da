/**
 * Configuration: the environment parsed once by one zod schema. A bad configuration fails at
 * start with every problem listed, each naming the variable and what it should look like.
 * Each adapter owns its part (discord.ts, slack.ts); this file joins them.
 */
import { z } from 'zod';
import { discordEnabled, discordProblems, discordShape } from './discord.js';
import { optionalText, positiveIntText } from './fields.js';
import { slackEnabled, slackProblems, slackShape } from './slack.js';

export const ConfigSchema = z.object({
  IBID_CORPUS_DIR: z.string().trim().min(1, { error: 'must name a directory, e.g. corpus' }).default('corpus'),
  LOG_LEVEL: optionalText.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).optional(),
  ),
  NODE_ENV: optionalText.pipe(z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development')),
  /** https://no-color.org: any value turns colour off in the terminal. */
  NO_COLOR: optionalText,
  /** One HTTP port for Slack's events, Discord's interactions endpoint and the health checks. */
  PORT: positiveIntText(3000, 'the HTTP port'),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  ...discordShape,
  ...slackShape,
});

export type Env = z.infer<typeof ConfigSchema>;

export type Config = Env & {
  adapters: { discord: boolean; slack: boolean; terminal: boolean };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`ibid cannot start; the configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const problems = [...discordProblems(parsed.data), ...slackProblems(parsed.data)];
  if (problems.length > 0) throw new ConfigError(problems);
  const discord = discordEnabled(parsed.data);
  const slack = slackEnabled(parsed.data);
  return { ...parsed.data, adapters: { discord, slack, terminal: !discord && !slack } };
}
