import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildManifest, DEFAULT_BASE_URL, manifestYaml } from '../../../src/adapters/slack/manifest.js';
import { SlashCommandTable } from '../../../src/adapters/slack/slashCommands.js';
import { commands as registry } from '../../../src/core/commands/registry.js';
import { commands as fixtureCommands } from './fixtures/commands.js';

interface ManifestCommand {
  command: string;
  url?: string;
  description: string;
  usage_hint?: string;
  should_escape: boolean;
}

describe('Slack app manifest', () => {
  it('manifest.yaml is the generated manifest of the current command registry', () => {
    const committed = readFileSync(new URL('../../../manifest.yaml', import.meta.url), 'utf8');
    expect(committed, 'manifest.yaml is out of date: npx tsx src/adapters/slack/manifestCli.ts > manifest.yaml').toBe(manifestYaml({ commands: registry, prefix: '', mode: 'http', baseUrl: DEFAULT_BASE_URL }));
  });

  it('lists exactly the slash commands the app registers, within Slack’s limits, all pointing at the events endpoint', () => {
    const manifest = buildManifest({ commands: registry, prefix: '', mode: 'http', baseUrl: 'https://bot.example.net/' }) as { features: { slash_commands: ManifestCommand[] } };
    const listed = manifest.features.slash_commands;
    expect(listed.map((c) => c.command)).toEqual(new SlashCommandTable(registry, '').entries.map((e) => e.slash));
    expect(listed.map((c) => c.command)).toContain('/quote');
    expect(listed.map((c) => c.command)).toContain('/ibid');
    for (const command of listed) {
      expect(command.command.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(2000);
      expect((command.usage_hint ?? '').length).toBeLessThanOrEqual(1000);
      expect(command.url).toBe('https://bot.example.net/slack/events');
      expect(command.should_escape).toBe(false);
    }
  });

  it('follows the prefix, and leaves URLs out in Socket Mode', () => {
    const manifest = parse(manifestYaml({ commands: fixtureCommands, prefix: 'lib-', mode: 'socket', baseUrl: DEFAULT_BASE_URL })) as {
      features: { slash_commands: ManifestCommand[] };
      settings: { socket_mode_enabled: boolean; interactivity: Record<string, unknown>; event_subscriptions: Record<string, unknown> };
      oauth_config: { scopes: { bot: string[] } };
    };
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/lib-quote', '/lib-who-said', '/lib-sources', '/lib-boom', '/lib-ibid']);
    expect(manifest.features.slash_commands.every((c) => c.url === undefined)).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true });
    expect(manifest.settings.event_subscriptions['request_url']).toBeUndefined();
    expect(manifest.oauth_config.scopes.bot).toEqual(['commands', 'chat:write']);
  });
});
