/**
 * What ibid does with an interaction, whatever transport brought it: rate limit, run the
 * command, render, and answer within Discord's 3 seconds (deferring first when the answer is
 * late). Errors end as a private message, never as "The application did not respond".
 */
import type { Logger } from 'pino';
import type { Bot } from '../../app/bot.js';
import type { RateLimiter } from '../../app/rateLimiter.js';
import { findCommand } from '../../core/commands/handle.js';
import { optionsOf, takesPage } from '../../core/commands/options.js';
import type { CommandRequest } from '../../core/commands/parseLine.js';
import { toChoices } from './autocomplete.js';
import { decodeButton } from './customId.js';
import { readCitationIds, readRequestFooter } from './footer.js';
import type { Choice, ClickedMessage, Incoming, Responder } from './incoming.js';
import { answerMessage, noticeMessage, type OutgoingMessage } from './message.js';
import { renderAnswer } from './render.js';
import { shareMessage } from './share.js';

export interface FlowOptions {
  bot: Bot;
  logger: Logger;
  rateLimiter: RateLimiter;
  /** Answers are private unless shared (the default), or public for everyone. */
  ephemeralByDefault: boolean;
  /** Defer when the answer is not ready after this long; Discord allows 3 s for the first response. */
  deferAfterMs: number;
}

const DEFAULT_DEFER_AFTER_MS = 1500;

/** What both transports (gateway, HTTP endpoint) are given; the defaults live here, once. */
export interface FlowSettings {
  bot: Bot;
  /** The app's limiter, built from config; required, so Discord keeps no second copy of the limits. */
  rateLimiter: RateLimiter;
  ephemeralByDefault?: boolean;
  deferAfterMs?: number;
}

export function flowOptions(settings: FlowSettings, logger: Logger): FlowOptions {
  return {
    bot: settings.bot,
    logger,
    rateLimiter: settings.rateLimiter,
    ephemeralByDefault: settings.ephemeralByDefault ?? true,
    deferAfterMs: settings.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
  };
}

const FAILURE = noticeMessage('Something went wrong', 'ibid could not answer this one. The problem has been logged; please try again.');

function expired(): OutgoingMessage {
  return noticeMessage('This button has expired', 'It no longer matches a command ibid knows. Run the command again.');
}

async function answerFor(options: FlowOptions, request: CommandRequest, part: number, ephemeral: boolean): Promise<OutgoingMessage> {
  const answer = await options.bot.handle(request, 'discord');
  const command = findCommand(options.bot.commands, request.name);
  const pageable = command ? takesPage(command) : false;
  return answerMessage(renderAnswer(answer, request), request, { part, ephemeral, pageable });
}

/** Answers directly when `work` is quick, otherwise defers first and edits the reply afterwards. */
async function deliver(options: FlowOptions, responder: Responder, work: Promise<OutgoingMessage>, mode: 'reply' | 'update', ephemeral: boolean): Promise<void> {
  const settled = work.catch((error: unknown) => {
    options.logger.error({ err: error }, 'discord: answering failed');
    return FAILURE;
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), options.deferAfterMs);
  });
  const early = await Promise.race([settled, late]);
  clearTimeout(timer);
  if (early) {
    if (early.failed || mode === 'reply') return responder.reply(early);
    return responder.update(early);
  }
  await responder.defer(mode, ephemeral);
  const message = await settled;
  if (!message.failed || (mode === 'reply' && ephemeral)) return responder.editOriginal(message);
  // A public "thinking…" or a results message must not turn into an error: say it privately.
  if (mode === 'reply') await responder.deleteOriginal();
  return responder.followUp(message);
}

function complete(options: FlowOptions, incoming: Extract<Incoming, { kind: 'autocomplete' }>): Choice[] {
  const command = findCommand(options.bot.commands, incoming.name);
  const completer = command?.complete?.[incoming.option];
  if (!completer) return [];
  try {
    return toChoices(completer(options.bot.corpus(), incoming.typed));
  } catch (error) {
    options.logger.warn({ err: error, command: incoming.name, option: incoming.option }, 'discord: autocomplete failed');
    return [];
  }
}

async function handleButton(options: FlowOptions, responder: Responder, customId: string, message: ClickedMessage, actor: Incoming['actor']): Promise<void> {
  const state = decodeButton(customId);
  if (!state) return responder.reply(expired());
  if (state.action === 'share') {
    if (!message.ephemeral) return responder.reply(noticeMessage('Already shared', 'This answer is already visible to the channel.'));
    return responder.reply(shareMessage(message, actor));
  }
  if (state.action === 'context') {
    const id = state.id ?? readCitationIds(message.embeds)[state.index];
    if (!id) return responder.reply(expired());
    return deliver(options, responder, answerFor(options, { name: 'context', args: { id } }, 0, options.ephemeralByDefault), 'reply', options.ephemeralByDefault);
  }
  const command = findCommand(options.bot.commands, state.command);
  if (!command) return responder.reply(expired());
  const args = state.args ?? readRequestFooter(message.embeds, optionsOf(command))?.args;
  if (!args) return responder.reply(expired());
  const request = { name: command.name, args: takesPage(command) ? { ...args, page: state.page } : args };
  // Paging a private answer turns its page; on a public one, the clicker gets their own copy.
  if (message.ephemeral) return deliver(options, responder, answerFor(options, request, state.part, true), 'update', true);
  return deliver(options, responder, answerFor(options, request, state.part, options.ephemeralByDefault), 'reply', options.ephemeralByDefault);
}

export async function handleIncoming(options: FlowOptions, incoming: Incoming, responder: Responder): Promise<void> {
  if (incoming.kind === 'autocomplete') return responder.autocomplete(complete(options, incoming));
  const decision = options.rateLimiter.take(`discord:${incoming.actor.id}`);
  if (!decision.allowed) {
    return responder.reply(noticeMessage('Slow down', `You are sending commands faster than ibid answers them. Try again in ${decision.retryAfterSeconds} s.`));
  }
  if (incoming.kind === 'button') return handleButton(options, responder, incoming.customId, incoming.message, incoming.actor);
  const request = { name: incoming.name, args: incoming.args };
  return deliver(options, responder, answerFor(options, request, 0, options.ephemeralByDefault), 'reply', options.ephemeralByDefault);
}
