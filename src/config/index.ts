/**
 * Configuration: the environment parsed once by one zod schema. A bad configuration fails at
 * start with every problem listed, each naming the variable and what it should look like.
 * Each adapter owns its part (discord.ts, slack.ts); this file joins them.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { discordEnabled, discordProblems, discordShape } from './discord.js';
import { booleanText, directoryOrOff, optionalText, portText, positiveIntText, wholeNumberText } from './fields.js';
import { slackEnabled, slackProblems, slackShape } from './slack.js';

export const ConfigSchema = z.object({
  IBID_CORPUS_DIR: z.string().trim().min(1, { error: 'must name a directory, e.g. corpus' }).default('corpus'),
  /** Files larger than this many MiB are refused without being read. */
  IBID_MAX_FILE_MB: positiveIntText(10, 'the largest document, in MiB'),
  /** Re-index when the corpus directory changes (servers; the terminal reads it once). */
  IBID_WATCH: booleanText(true),
  /** Quiet time after the last change before re-indexing, so a burst of saves costs one reload. */
  IBID_WATCH_DEBOUNCE_MS: positiveIntText(500, 'milliseconds'),
  /** Also check the corpus every N seconds (for volumes that deliver no change events); 0: never. */
  IBID_WATCH_POLL_SECONDS: wholeNumberText(0, 'seconds, 0 for never'),
  /** Index snapshots, so a large corpus starts fast; "off" keeps none. Default: the user's cache directory. */
  IBID_SNAPSHOT_DIR: directoryOrOff(),
  /** Per user and platform: commands allowed at once, then this many a minute. */
  IBID_RATE_LIMIT_BURST: positiveIntText(5, 'commands at once'),
  IBID_RATE_LIMIT_PER_MINUTE: positiveIntText(10, 'commands a minute'),
  /** On SIGTERM, how long commands in flight may take to finish before ibid exits anyway. */
  IBID_SHUTDOWN_TIMEOUT_SECONDS: positiveIntText(8, 'seconds'),
  LOG_LEVEL: optionalText.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).optional(),
  ),
  NODE_ENV: optionalText.pipe(z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development')),
  /** https://no-color.org: any value turns colour off in the terminal. */
  NO_COLOR: optionalText,
  /** One HTTP port for Slack's events, Discord's interactions endpoint and the health checks. */
  PORT: portText(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  ...discordShape,
  ...slackShape,
});

export type Env = Omit<z.infer<typeof ConfigSchema>, 'IBID_SNAPSHOT_DIR'> & { IBID_SNAPSHOT_DIR: string | null };

export type Config = Env & {
  adapters: { discord: boolean; slack: boolean; terminal: boolean };
};

/**
 * Snapshots go to the user's cache directory ($XDG_CACHE_HOME/ibid, else ~/.cache/ibid), not into
 * whatever directory `npx ibid` happens to run in. The Docker image sets its own.
 */
export function defaultSnapshotDir(env: Record<string, string | undefined>): string {
  const base = env['XDG_CACHE_HOME']?.trim() || join(homedir(), '.cache');
  return join(base, 'ibid');
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`ibid cannot start; the configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  // Each platform's settings that go together are checked even when another variable is bad, so one run lists everything.
  const discordPart = z.object(discordShape).safeParse(env);
  if (discordPart.success) problems.push(...discordProblems(discordPart.data));
  const slackPart = z.object(slackShape).safeParse(env);
  if (slackPart.success) problems.push(...slackProblems(slackPart.data));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const discord = discordEnabled(parsed.data);
  const slack = slackEnabled(parsed.data);
  const snapshotDir = parsed.data.IBID_SNAPSHOT_DIR === undefined ? defaultSnapshotDir(env) : parsed.data.IBID_SNAPSHOT_DIR;
  return { ...parsed.data, IBID_SNAPSHOT_DIR: snapshotDir, adapters: { discord, slack, terminal: !discord && !slack } };
}

/** IBID_MAX_FILE_MB in bytes, as the corpus loader takes it. */
export function maxFileBytes(config: Pick<Env, 'IBID_MAX_FILE_MB'>): number {
  return config.IBID_MAX_FILE_MB * 1024 * 1024;
}

/** The configured secret values, for the logger to hide wherever they appear. */
export function secretsOf(config: Env): string[] {
  const values = [config.DISCORD_TOKEN, config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN, config.SLACK_CLIENT_SECRET, config.SLACK_STATE_SECRET];
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}
