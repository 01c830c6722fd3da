/**
 * `npm run discord:register`: registers ibid's slash commands with Discord, for DISCORD_GUILD_ID
 * when set (instant) or globally (can take a while to appear in every server).
 * Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (from .env or the environment).
 */
import 'dotenv/config';
import { REST } from 'discord.js';
import { registerCommands } from '../src/adapters/discord/register.js';
import { ConfigError, parseConfig } from '../src/config/index.js';
import { commands } from '../src/core/commands/registry.js';

async function main(): Promise<number> {
  const config = parseConfig(process.env);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    process.stderr.write('discord:register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).\n');
    return 2;
  }
  const rest = new REST().setToken(config.DISCORD_TOKEN);
  const result = await registerCommands({ rest, applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID, commands });
  const where = result.scope === 'guild' ? `server ${config.DISCORD_GUILD_ID} (active now)` : 'every server and DM (global; Discord clients can take a while to show changes)';
  process.stdout.write(`Registered ${result.names.length} commands for ${where}: ${result.names.map((name) => `/${name}`).join(', ')}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : `discord:register failed: ${error instanceof Error ? error.message : String(error)}`}\n`);
    process.exitCode = 1;
  },
);
