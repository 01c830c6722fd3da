import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/index.js';

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

  it('names the missing half of a credential pair', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: 'abc' })).toThrow(/DISCORD_APPLICATION_ID: is required/);
  });
});
