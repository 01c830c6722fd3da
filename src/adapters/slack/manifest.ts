/**
 * The Slack app manifest, built from the same command registry and prefix as the running app,
 * so the commands Slack offers are the commands ibid answers. `manifest.yaml` at the root is
 * this with the defaults; a test keeps the two equal.
 * https://docs.slack.dev/reference/app-manifest
 */
import { stringify } from 'yaml';
import type { AnyCommand } from '../../core/commands/definition.js';
import { optionsOf } from '../../core/commands/options.js';
import { EVENTS_PATH, type SlackMode } from './app.js';
import { BOT_SCOPES, REDIRECT_PATH } from './oauth.js';
import { FOLDED_COMMANDS, SlashCommandTable, slackUsage } from './slashCommands.js';

/** A placeholder for where ibid is reachable; the committed manifest.yaml uses it. */
export const DEFAULT_BASE_URL = 'https://ibid.example.org';

export interface ManifestOptions {
  commands: readonly AnyCommand[];
  prefix: string;
  mode: SlackMode;
  /** Where ibid is reachable, e.g. https://ibid.example.org (HTTP mode and OAuth). */
  baseUrl: string;
  name?: string;
}

/** `<words> [source:…] [limit:…]`, the hint Slack shows while typing a command. */
function usageHint(command: AnyCommand): string {
  return slackUsage(optionsOf(command), () => '…').join(' ');
}

export function buildManifest(options: ManifestOptions): Record<string, unknown> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const http = options.mode === 'http';
  const table = new SlashCommandTable(options.commands, options.prefix);
  const has = (name: string) => options.commands.some((command) => command.name === name && FOLDED_COMMANDS.has(name));
  const slashCommands = table.entries.map((entry) => {
    const hint = entry.command ? usageHint(entry.command) : [...(has('help') ? ['help [command]'] : []), ...(has('context') ? ['context <id>'] : []), '<command> …'].join(' | ');
    return {
      command: entry.slash,
      ...(http ? { url: `${base}${EVENTS_PATH}` } : {}),
      description: entry.command ? entry.command.description : `Help${has('context') ? ', the context of a citation' : ''}, or any ibid command line.`,
      ...(hint ? { usage_hint: hint } : {}),
      // Typed text arrives as typed: a query about "@here" must not become a mention.
      should_escape: false,
    };
  });
  const name = options.name ?? 'ibid';
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'Cited excerpts, speakers and figures from your reading.',
      long_description:
        'ibid finds the passage you half remember in the documents it has indexed, with the exact words and where they come from. It also says who said a quotation, lists what a person is quoted saying, and compares the figures sources give. Answers are private until you share them.',
    },
    features: {
      bot_user: { display_name: name, always_online: false },
      slash_commands: slashCommands,
    },
    oauth_config: {
      redirect_urls: [`${base}${REDIRECT_PATH}`],
      scopes: { bot: [...BOT_SCOPES] },
    },
    settings: {
      event_subscriptions: { ...(http ? { request_url: `${base}${EVENTS_PATH}` } : {}), bot_events: ['app_uninstalled', 'tokens_revoked'] },
      interactivity: { is_enabled: true, ...(http ? { request_url: `${base}${EVENTS_PATH}` } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !http,
      token_rotation_enabled: false,
    },
  };
}

export function manifestYaml(options: ManifestOptions): string {
  const header = [
    '# Slack app manifest for ibid, generated from the command registry:',
    `#   npx tsx src/adapters/slack/manifestCli.ts${options.mode === 'socket' ? ' --socket' : ''}${options.prefix ? ` --prefix ${options.prefix}` : ''} --url ${options.baseUrl}`,
    '# Replace the URL with where ibid is reachable (or regenerate with --url), then create the app',
    '# at https://api.slack.com/apps → Create New App → From a manifest. See docs/slack.md.',
  ];
  return `${header.join('\n')}\n${stringify(buildManifest(options), { lineWidth: 0 })}`;
}
