/** A Slack starter for startServer: the real startSlack, with its Web API pointed at a local fake. */
import type { AdapterStarters } from '../../../src/app/chatAdapters.js';
import { startSlack } from '../../../src/adapters/slack/index.js';

export function fakeSlackStarter(slackApiUrl: string): AdapterStarters['slack'] {
  return (options) => startSlack({ ...options, clientOptions: { slackApiUrl, retryConfig: { retries: 0 } } });
}
