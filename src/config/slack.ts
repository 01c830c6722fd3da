/**
 * Slack's part of the configuration, and the decision between HTTP mode and Socket Mode.
 *
 * One workspace: SLACK_BOT_TOKEN. Several: SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and
 * SLACK_STATE_SECRET (OAuth installs, kept in SLACK_INSTALLATION_DIR).
 * HTTP mode needs SLACK_SIGNING_SECRET; Socket Mode needs SLACK_APP_TOKEN.
 */
import { z } from 'zod';
import { booleanText, optionalText } from './fields.js';

export const slackShape = {
  SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', { error: 'must be a bot token starting with xoxb-' }).optional()),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', { error: 'must be an app-level token starting with xapp-' }).optional()),
  /** http or socket; by default Socket Mode when SLACK_APP_TOKEN is set, HTTP otherwise. */
  SLACK_MODE: optionalText.pipe(z.enum(['http', 'socket'], { error: 'must be http or socket' }).optional()),
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText.pipe(z.string().min(16, { error: 'must be at least 16 characters (a long random string)' }).optional()),
  SLACK_INSTALLATION_DIR: z.string().trim().min(1).default('.slack-installations'),
  /** "ibid-" turns /quote into /ibid-quote; the manifest must use the same names. */
  SLACK_COMMAND_PREFIX: optionalText.pipe(
    z
      .string()
      .max(20, { error: 'must be at most 20 characters (Slack command names stop at 32)' })
      .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'must be lowercase letters, digits, - or _ (e.g. ibid-)' })
      .optional(),
  ),
  /** Answers are private, with a "Share to channel" button (default); false posts them for everyone. */
  SLACK_EPHEMERAL: booleanText(true),
};

export type SlackEnv = z.infer<z.ZodObject<typeof slackShape>>;

export type SlackMode = 'http' | 'socket';

export function slackMode(env: SlackEnv): SlackMode {
  return env.SLACK_MODE ?? (env.SLACK_APP_TOKEN ? 'socket' : 'http');
}

const OAUTH_VARIABLES = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

function oauthWanted(env: SlackEnv): boolean {
  return OAUTH_VARIABLES.some((name) => Boolean(env[name]));
}

/** Every Slack mistake at once, each naming its variable and where to find the value. */
export function slackProblems(env: SlackEnv): string[] {
  const problems: string[] = [];
  const oauth = oauthWanted(env);
  const wanted = Boolean(env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN || env.SLACK_MODE || oauth);
  if (!wanted) return problems;
  if (oauth) {
    for (const name of OAUTH_VARIABLES) {
      if (!env[name]) problems.push(`${name}: is required for installing ibid in several workspaces (${name === 'SLACK_STATE_SECRET' ? 'any long random string' : 'Basic Information → App Credentials'}), together with ${OAUTH_VARIABLES.filter((other) => other !== name).join(' and ')}`);
    }
    if (env.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN: leave it unset with OAuth (SLACK_CLIENT_ID…): each workspace gets its own token when it installs ibid');
  } else if (!env.SLACK_BOT_TOKEN) {
    problems.push('SLACK_BOT_TOKEN: is required for Slack in one workspace (an xoxb- token from OAuth & Permissions), or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET to install in several');
  }
  const mode = slackMode(env);
  if (mode === 'http' && !env.SLACK_SIGNING_SECRET) problems.push('SLACK_SIGNING_SECRET: is required for Slack over HTTP (Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode');
  if (mode === 'socket' && !env.SLACK_APP_TOKEN) problems.push('SLACK_APP_TOKEN: is required for Socket Mode (Basic Information → App-Level Tokens, with connections:write)');
  return problems;
}

export function slackEnabled(env: SlackEnv): boolean {
  return Boolean(env.SLACK_BOT_TOKEN || (env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET));
}

/** The Slack adapter's settings, once `slackProblems` found none. */
export interface SlackSettings {
  mode: SlackMode;
  credentials: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    oauth?: { clientId: string; clientSecret: string; stateSecret: string };
  };
  commandPrefix: string;
  ephemeralByDefault: boolean;
  installationDir: string;
}

export function slackSettings(env: SlackEnv): SlackSettings {
  const oauth = env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET ? { clientId: env.SLACK_CLIENT_ID, clientSecret: env.SLACK_CLIENT_SECRET, stateSecret: env.SLACK_STATE_SECRET } : undefined;
  return {
    mode: slackMode(env),
    credentials: {
      ...(oauth ? { oauth } : env.SLACK_BOT_TOKEN ? { botToken: env.SLACK_BOT_TOKEN } : {}),
      ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
      ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
    },
    commandPrefix: env.SLACK_COMMAND_PREFIX ?? '',
    ephemeralByDefault: env.SLACK_EPHEMERAL,
    installationDir: env.SLACK_INSTALLATION_DIR,
  };
}
