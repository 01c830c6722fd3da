import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseEnv } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, defaultSnapshotDir, parseConfig, secretsOf } from '../../src/config/index.js';

describe('parseConfig', () => {
  it('defaults to the terminal over ./corpus when no chat credentials are set', () => {
    const config = parseConfig({});
    expect(config.adapters).toEqual({ discord: false, slack: false, terminal: true });
    expect(config.IBID_CORPUS_DIR).toBe('corpus');
    expect(config.PORT).toBe(3000);
  });

  it('treats blank variables as unset', () => {
    expect(parseConfig({ DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '  ' }).adapters.terminal).toBe(true);
  });

  it('lists every problem at once, naming each variable', () => {
    try {
      parseConfig({ LOG_LEVEL: 'loud', PORT: 'eighty', SLACK_BOT_TOKEN: 'xoxp-user', DISCORD_APPLICATION_ID: 'abc' });
      expect.unreachable('a bad configuration must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['LOG_LEVEL', 'PORT', 'SLACK_BOT_TOKEN', 'DISCORD_APPLICATION_ID']) expect(problems).toContain(name);
      expect((error as ConfigError).message).toMatch(/4 problems/);
    }
  });

  it('lists a missing credential half together with unrelated bad values', () => {
    try {
      parseConfig({ PORT: 'eighty', DISCORD_TOKEN: 'abc', SLACK_SIGNING_SECRET: 'only-the-secret' });
      expect.unreachable('a bad configuration must throw');
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toEqual([expect.stringMatching(/^PORT:/), expect.stringMatching(/^DISCORD_APPLICATION_ID: is required/), expect.stringMatching(/^SLACK_BOT_TOKEN: is required/)]);
    }
  });

  it('names the missing half of a credential pair', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: 'abc' })).toThrow(/DISCORD_APPLICATION_ID: is required/);
  });
});

describe('general settings', () => {
  it('has documented defaults', () => {
    const config = parseConfig({ XDG_CACHE_HOME: '/home/reader/.cache' });
    expect(config).toMatchObject({
      IBID_MAX_FILE_MB: 10,
      IBID_WATCH: true,
      IBID_WATCH_DEBOUNCE_MS: 500,
      IBID_WATCH_POLL_SECONDS: 0,
      IBID_SNAPSHOT_DIR: '/home/reader/.cache/ibid',
      IBID_RATE_LIMIT_BURST: 5,
      IBID_RATE_LIMIT_PER_MINUTE: 10,
      IBID_SHUTDOWN_TIMEOUT_SECONDS: 8,
    });
  });

  it('reads each setting, and "off" turns snapshots off', () => {
    const config = parseConfig({ IBID_WATCH: 'false', IBID_WATCH_POLL_SECONDS: '30', IBID_SNAPSHOT_DIR: 'off', IBID_RATE_LIMIT_BURST: '2', IBID_MAX_FILE_MB: '50' });
    expect(config).toMatchObject({ IBID_WATCH: false, IBID_WATCH_POLL_SECONDS: 30, IBID_SNAPSHOT_DIR: null, IBID_RATE_LIMIT_BURST: 2, IBID_MAX_FILE_MB: 50 });
    expect(parseConfig({ IBID_SNAPSHOT_DIR: '/var/cache/ibid' }).IBID_SNAPSHOT_DIR).toBe('/var/cache/ibid');
  });

  it('lists every bad general setting at once', () => {
    try {
      parseConfig({ IBID_WATCH: 'sometimes', IBID_WATCH_POLL_SECONDS: '-1', IBID_RATE_LIMIT_PER_MINUTE: '0', IBID_SHUTDOWN_TIMEOUT_SECONDS: 'soon' });
      expect.unreachable('a bad configuration must throw');
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(/IBID_WATCH: must be true or false/);
      expect(problems.join('\n')).toMatch(/IBID_WATCH_POLL_SECONDS: must be a whole number ≥ 0/);
      expect(problems.join('\n')).toMatch(/IBID_RATE_LIMIT_PER_MINUTE: must be a whole number ≥ 1/);
      expect(problems.join('\n')).toMatch(/IBID_SHUTDOWN_TIMEOUT_SECONDS: .*"soon"/);
    }
  });
});

describe('which adapters start', () => {
  const discord = { DISCORD_TOKEN: 'discord-token-value', DISCORD_APPLICATION_ID: '123456789012345678' };
  const slack = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'signing-secret-value' };

  it.each([
    ['no credentials: the terminal', {}, { discord: false, slack: false, terminal: true }],
    ['Discord credentials: Discord', discord, { discord: true, slack: false, terminal: false }],
    ['Discord HTTP endpoint only: Discord', { DISCORD_PUBLIC_KEY: 'a'.repeat(64), DISCORD_APPLICATION_ID: '123456789012345678' }, { discord: true, slack: false, terminal: false }],
    ['Slack credentials: Slack', slack, { discord: false, slack: true, terminal: false }],
    ['both: both, in one process', { ...discord, ...slack }, { discord: true, slack: true, terminal: false }],
  ])('%s', (_name, env, adapters) => {
    expect(parseConfig(env).adapters).toEqual(adapters);
  });

  it('hands every configured secret to the logger, and nothing else', () => {
    const secrets = secretsOf(parseConfig({ ...discord, ...slack }));
    expect(secrets.sort()).toEqual(['discord-token-value', 'signing-secret-value', 'xoxb-1-2-abc']);
  });
});

describe('.env.example', () => {
  const text = readFileSync(fileURLToPath(new URL('../../.env.example', import.meta.url)), 'utf8');

  it('documents every variable ibid reads, and no other', () => {
    const listed = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
  });

  it('is a valid configuration as it stands: the terminal, with the defaults', () => {
    const config = parseConfig(parseEnv(text));
    expect(config.adapters).toEqual({ discord: false, slack: false, terminal: true });
    expect(config).toMatchObject({ IBID_CORPUS_DIR: 'corpus', PORT: 3000, IBID_SNAPSHOT_DIR: defaultSnapshotDir({}), DISCORD_EPHEMERAL: true, SLACK_EPHEMERAL: true });
  });

  it('keeps snapshots out of the working directory unless told otherwise, and off means none', () => {
    expect(parseConfig({}).IBID_SNAPSHOT_DIR).toBe(join(homedir(), '.cache', 'ibid'));
    expect(parseConfig({ IBID_SNAPSHOT_DIR: 'off' }).IBID_SNAPSHOT_DIR).toBeNull();
    expect(parseConfig({ IBID_SNAPSHOT_DIR: '/data/snaps' }).IBID_SNAPSHOT_DIR).toBe('/data/snaps');
  });
});
