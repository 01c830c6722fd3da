/**
 * Sends a message back to Slack: through the interaction's response_url while it can take one
 * (Slack allows 5 responses within 30 minutes per url), else through the Web API
 * (chat.postEphemeral / chat.postMessage, which need the bot in the channel).
 */
import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { SlackMessage } from './pages.js';

export class ResponseUrlBudget {
  private readonly uses = new Map<string, number[]>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limit = 5,
    private readonly windowMs = 30 * 60_000,
  ) {}

  /** Counts one use of `url`; false when Slack would refuse it (too many uses, or too old). */
  take(url: string): boolean {
    const now = this.now();
    const times = (this.uses.get(url) ?? []).filter((time) => now - time < this.windowMs);
    // The first use opens the url's 30 minutes; we only know that window from our own first use.
    if (times.length >= this.limit) return false;
    times.push(now);
    this.uses.set(url, times);
    if (this.uses.size > 10_000) this.forgetOld(now);
    return true;
  }

  private forgetOld(now: number): void {
    for (const [url, times] of this.uses) if (times.every((time) => now - time >= this.windowMs)) this.uses.delete(url);
  }
}

export interface ReplyTarget {
  respond?: RespondFn;
  responseUrl?: string;
  channelId?: string;
  userId: string;
  client: webApi.WebClient;
}

export type Outgoing = SlackMessage & { replace_original?: boolean };

export type DeliveryRoute = 'response_url' | 'web_api' | 'failed';

export async function deliver(target: ReplyTarget, message: Outgoing, budget: ResponseUrlBudget, logger: Logger): Promise<DeliveryRoute> {
  if (target.respond && target.responseUrl && budget.take(target.responseUrl)) {
    try {
      await target.respond(message as RespondArguments);
      return 'response_url';
    } catch (error) {
      logger.warn({ err: error }, 'response_url refused the answer; trying the Web API');
    }
  }
  if (!target.channelId) {
    logger.error('no response_url left and no channel to post in: the answer was not delivered');
    return 'failed';
  }
  try {
    if (message.response_type === 'in_channel') await target.client.chat.postMessage({ channel: target.channelId, text: message.text, blocks: message.blocks });
    else await target.client.chat.postEphemeral({ channel: target.channelId, user: target.userId, text: message.text, blocks: message.blocks });
    return 'web_api';
  } catch (error) {
    logger.error({ err: error, channel: target.channelId }, 'the Web API refused the answer too (is the bot in the channel?)');
    return 'failed';
  }
}

/** Removes the private message a button was pressed on; it does not matter much if it fails. */
export async function deleteOriginal(target: ReplyTarget, budget: ResponseUrlBudget, logger: Logger): Promise<void> {
  if (!target.respond || !target.responseUrl || !budget.take(target.responseUrl)) return;
  try {
    await target.respond({ delete_original: true });
  } catch (error) {
    logger.debug({ err: error }, 'could not delete the private message after sharing');
  }
}
