/** `npm run discord:register`'s work, against the fake Discord's REST routes through discord.js REST. */
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../../../src/adapters/discord/register.js';
import { commands } from '../../../src/core/commands/registry.js';
import { FakeDiscord } from './support/fakeDiscord.js';
import { APPLICATION_ID, BOT_USER_ID } from './support/interactions.js';

let fake: FakeDiscord;
let rest: REST;

beforeAll(async () => {
  fake = new FakeDiscord({ applicationId: APPLICATION_ID, botUserId: BOT_USER_ID });
  await fake.start();
  rest = new REST({ api: fake.api }).setToken('fake.bot.token');
});

afterAll(async () => {
  await fake?.stop();
});

describe('registerCommands', () => {
  it('replaces the commands of one guild with the whole registry', async () => {
    const result = await registerCommands({ rest, applicationId: APPLICATION_ID, guildId: '1345046958481346613', commands });
    expect(result).toEqual({ scope: 'guild', names: commands.map((command) => command.name) });
    const put = await fake.requests.next((r) => r.method === 'PUT', 'PUT commands');
    expect(put.path).toBe(`/applications/${APPLICATION_ID}/guilds/1345046958481346613/commands`);
    const body = put.body as { name: string; contexts?: unknown }[];
    expect(body.map((command) => command.name)).toEqual(commands.map((command) => command.name));
    // Guild commands take no contexts; Discord rejects them there.
    expect(body.every((command) => command.contexts === undefined)).toBe(true);
  });

  it('registers globally for servers and DMs when no guild is given', async () => {
    const result = await registerCommands({ rest, applicationId: APPLICATION_ID, commands });
    expect(result.scope).toBe('global');
    const put = await fake.requests.next((r) => r.method === 'PUT', 'PUT commands');
    expect(put.path).toBe(`/applications/${APPLICATION_ID}/commands`);
    expect((put.body as { contexts: number[] }[])[0]!.contexts).toEqual([0, 1]);
  });
});
