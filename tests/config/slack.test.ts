import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/index.js';
import { slackMode, slackSettings } from '../../src/config/slack.js';

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const OAUTH = { SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'secret', SLACK_STATE_SECRET: 'a-long-random-state-secret' };

describe('Slack configuration', () => {
  it('runs one workspace over HTTP with a bot token and signing secret, privately by default', () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'shh' });
    expect(config.adapters.slack).toBe(true);
    expect(slackSettings(config)).toEqual({ mode: 'http', credentials: { botToken: 'xoxb-1', signingSecret: 'shh' }, commandPrefix: '', ephemeralByDefault: true, installationDir: '.slack-installations' });
  });

  it('chooses Socket Mode when an app-level token is set, unless SLACK_MODE says http', () => {
    expect(slackMode(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).toBe('socket');
    expect(slackMode(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: 's', SLACK_MODE: 'http' }))).toBe('http');
  });

  it('installs in several workspaces with the three OAuth variables and no bot token', () => {
    const config = parseConfig({ ...OAUTH, SLACK_SIGNING_SECRET: 'shh', SLACK_INSTALLATION_DIR: '/data/slack', SLACK_COMMAND_PREFIX: 'ibid-', SLACK_EPHEMERAL: 'false' });
    expect(config.adapters.slack).toBe(true);
    expect(slackSettings(config)).toEqual({
      mode: 'http',
      credentials: { oauth: { clientId: '1111.2222', clientSecret: 'secret', stateSecret: 'a-long-random-state-secret' }, signingSecret: 'shh' },
      commandPrefix: 'ibid-',
      ephemeralByDefault: false,
      installationDir: '/data/slack',
    });
  });

  it('names each missing or conflicting variable', () => {
    expect(problems({ SLACK_SIGNING_SECRET: 'shh' }).join('\n')).toMatch(/SLACK_BOT_TOKEN: is required/);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' }).join('\n')).toMatch(/SLACK_SIGNING_SECRET: is required/);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'socket' }).join('\n')).toMatch(/SLACK_APP_TOKEN: is required for Socket Mode/);
    const partial = problems({ SLACK_CLIENT_ID: '1', SLACK_SIGNING_SECRET: 's' });
    expect(partial.filter((p) => /SLACK_CLIENT_SECRET|SLACK_STATE_SECRET/.test(p))).toHaveLength(2);
    expect(problems({ ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).join('\n')).toMatch(/SLACK_BOT_TOKEN: leave it unset with OAuth/);
  });

  it('rejects a prefix Slack could not use and a short state secret', () => {
    const found = problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_COMMAND_PREFIX: 'My Prefix', SLACK_STATE_SECRET: 'short', SLACK_MODE: 'websocket' }).join('\n');
    for (const name of ['SLACK_COMMAND_PREFIX', 'SLACK_STATE_SECRET', 'SLACK_MODE']) expect(found).toContain(name);
  });
});
