/**
 * From a request to a delivered Slack message: rate limit, run the command, render, page,
 * deliver. Slash commands and buttons share it; it never throws (a failure becomes a private
 * error message and a log line).
 */
import type { Logger } from 'pino';
import type { Bot } from '../../app/bot.js';
import type { RateLimiter } from '../../app/rateLimiter.js';
import { isErrorAnswer, type Answer } from '../../core/answers.js';
import { errorAnswer, findCommand } from '../../core/commands/handle.js';
import { takesPage } from '../../core/commands/options.js';
import type { CommandRequest } from '../../core/commands/parseLine.js';
import { deleteOriginal, deliver, type DeliveryRoute, type ReplyTarget, type ResponseUrlBudget } from './deliver.js';
import { composeMessage } from './pages.js';
import { renderAnswer } from './render.js';
import type { SlashCommandTable } from './slashCommands.js';

export interface AnsweringDeps {
  bot: Bot;
  logger: Logger;
  slash: SlashCommandTable;
  budget: ResponseUrlBudget;
  rateLimiter?: RateLimiter;
  ephemeralByDefault: boolean;
}

export interface Asker {
  teamId: string | undefined;
  userId: string;
}

export interface AnswerOptions {
  part: number;
  /** Post for the whole channel (a share, or ephemeralByDefault off); errors stay private regardless. */
  public: boolean;
  sharedBy?: string;
  /** Page through a private message in place instead of adding a new one. */
  replaceOriginal?: boolean;
  /** After a share, remove the private copy it came from. */
  deleteOriginalAfter?: boolean;
}

export function createAnswering(deps: AnsweringDeps) {
  const { bot, logger, slash, budget } = deps;

  function canPage(name: string): boolean {
    const command = findCommand(bot.commands, name);
    return command ? takesPage(command) : false;
  }

  async function run(request: CommandRequest, asker: Asker): Promise<Answer> {
    const decision = deps.rateLimiter?.take(`slack:${asker.teamId ?? '-'}:${asker.userId}`);
    if (decision && !decision.allowed) {
      logger.info({ adapter: 'slack', command: request.name, retryAfterSeconds: decision.retryAfterSeconds }, 'rate limited');
      return errorAnswer(request.name, 'rate_limited', `You are asking faster than ibid answers. Try again in ${decision.retryAfterSeconds} s.`);
    }
    return bot.handle(request, 'slack');
  }

  async function answer(request: CommandRequest, asker: Asker, target: ReplyTarget, options: AnswerOptions): Promise<DeliveryRoute> {
    try {
      const result = await run(request, asker);
      const failed = isErrorAnswer(result);
      const message = composeMessage(renderAnswer(result, { slash }), {
        request,
        part: options.part,
        ephemeral: failed || !options.public,
        ...(options.sharedBy && !failed ? { sharedBy: options.sharedBy } : {}),
        canPage: canPage(request.name),
      });
      const route = await deliver(target, { ...message, replace_original: Boolean(options.replaceOriginal && !failed) }, budget, logger);
      if (route !== 'failed' && options.deleteOriginalAfter && !failed) await deleteOriginal(target, budget, logger);
      return route;
    } catch (error) {
      logger.error({ err: error, command: request.name, adapter: 'slack' }, 'answering in Slack failed');
      return privateError(target, `Something went wrong while answering ${request.name}. It has been logged.`);
    }
  }

  /** A private error message that needs no command run: a stale button, a failure. */
  async function privateError(target: ReplyTarget, text: string): Promise<DeliveryRoute> {
    const message = composeMessage(renderAnswer(errorAnswer('slack', 'internal', text), { slash }), { request: { name: 'help', args: {} }, part: 0, ephemeral: true, canPage: false });
    try {
      return await deliver(target, { ...message, replace_original: false }, budget, logger);
    } catch (error) {
      logger.error({ err: error }, 'could not even deliver an error message to Slack');
      return 'failed';
    }
  }

  return { answer, privateError };
}

export type Answering = ReturnType<typeof createAnswering>;
