/**
 * A Slack starter for startServer that builds the real Bolt app (createSlackApp) the way
 * startSlack does, with its Web API pointed at a local fake: Slack without the network.
 */
import type { AdapterStarters } from '../../../src/app/chatAdapters.js';
import { createSlackApp } from '../../../src/adapters/slack/index.js';

export function fakeSlackStarter(slackApiUrl: string): AdapterStarters['slack'] {
  return async (options) => {
    const { settings } = options;
    const adapter = createSlackApp({
      bot: options.bot,
      logger: options.logger,
      mode: settings.mode,
      credentials: settings.credentials,
      commandPrefix: settings.commandPrefix,
      ephemeralByDefault: settings.ephemeralByDefault,
      installationDir: settings.installationDir,
      ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
      clientOptions: { slackApiUrl, retryConfig: { retries: 0 } },
    });
    await adapter.start(options.http);
    return adapter;
  };
}
