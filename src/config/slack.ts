/** Slack's part of the configuration. */
import { z } from 'zod';
import { optionalText } from './fields.js';

export const slackShape = {
  SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', { error: 'must be a bot token starting with xoxb-' }).optional()),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', { error: 'must be an app-level token starting with xapp-' }).optional()),
};

export type SlackEnv = z.infer<z.ZodObject<typeof slackShape>>;

export function slackProblems(env: SlackEnv): string[] {
  const problems: string[] = [];
  const wanted = Boolean(env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN);
  if (wanted && !env.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN: is required for Slack (an xoxb- token from OAuth & Permissions)');
  if (wanted && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) problems.push('SLACK_SIGNING_SECRET: is required for Slack over HTTP (Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode');
  return problems;
}

export function slackEnabled(env: SlackEnv): boolean {
  return Boolean(env.SLACK_BOT_TOKEN);
}
