/**
 * Bolt listeners: every slash command from the table and the three buttons. Each one acks at
 * once (Slack waits 3 seconds at most) and answers afterwards.
 */
import type { AllMiddlewareArgs, App, BlockButtonAction, RespondFn, SlackActionMiddlewareArgs, SlashCommand, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Bot } from '../../app/bot.js';
import { parseArguments, parseCommandLine, type CommandRequest } from '../../core/commands/parseLine.js';
import type { AnswerOptions, Answering, Asker } from './answering.js';
import { ACTION_IDS, CONTEXT_ACTION_PATTERN, decodeState } from './buttonState.js';
import type { ReplyTarget } from './deliver.js';
import { unescapeText } from './escape.js';
import type { SlashCommandTable } from './slashCommands.js';

export interface ListenerDeps {
  bot: Bot;
  logger: Logger;
  slash: SlashCommandTable;
  answering: Answering;
  ephemeralByDefault: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function commandRequest(text: string, slash: string, table: SlashCommandTable, bot: Bot): CommandRequest {
  const entry = table.find(slash);
  const typed = unescapeText(text ?? '');
  if (entry?.command) return { name: entry.command.name, ...parseArguments(entry.command, typed) };
  // The umbrella takes a whole command line; alone it means help.
  return parseCommandLine(typed.trim() || 'help', bot.commands);
}

function commandTarget(command: SlashCommand, respond: RespondFn, client: webApi.WebClient): ReplyTarget {
  return { respond, responseUrl: command.response_url, channelId: command.channel_id, userId: command.user_id, client };
}

function buttonTarget(body: BlockButtonAction, respond: RespondFn, client: webApi.WebClient): ReplyTarget {
  return { respond, responseUrl: body.response_url, channelId: body.channel?.id ?? body.container['channel_id'], userId: body.user.id, client };
}

function askerOf(body: BlockButtonAction): Asker {
  return { teamId: body.team?.id ?? body.user.team_id, userId: body.user.id };
}

/** A button listener: ack, read the request the button carries, answer it; only the answer options differ per button. */
function onButton(answering: Answering, optionsFor: (body: BlockButtonAction) => Omit<AnswerOptions, 'part'>) {
  return async ({ ack, body, action, respond, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const target = buttonTarget(body, respond, client);
    const state = decodeState(action.value);
    if (!state) return void (await answering.privateError(target, 'This button is from another version of ibid; run the command again.'));
    await answering.answer(state.request, askerOf(body), target, { part: state.part, ...optionsFor(body) });
  };
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { bot, logger, slash, answering } = deps;

  for (const entry of slash.entries) {
    app.command(entry.slash, async ({ command, ack, respond, client }) => {
      await ack();
      const request = commandRequest(command.text, command.command, slash, bot);
      await answering.answer(request, { teamId: command.team_id, userId: command.user_id }, commandTarget(command, respond, client), { part: 0, public: !deps.ephemeralByDefault });
    });
  }

  // A command the manifest has but this ibid does not (a prefix changed on one side only).
  const known = new RegExp(`^(?!(?:${slash.entries.map((entry) => escapeRegExp(entry.slash)).join('|')})$)`);
  app.command(known, async ({ command, ack, respond, client }: { command: SlashCommand; ack: () => Promise<void>; respond: RespondFn; client: webApi.WebClient }) => {
    await ack();
    logger.warn({ command: command.command }, 'a slash command this ibid does not register: does SLACK_COMMAND_PREFIX match the manifest?');
    await answering.privateError(commandTarget(command, respond, client), `ibid does not know ${command.command}. Its commands are ${slash.entries.map((e) => e.slash).join(', ')}.`);
  });

  app.action<BlockButtonAction>(
    ACTION_IDS.share,
    onButton(answering, (body) => ({ public: true, sharedBy: body.user.name ?? body.user.username, deleteOriginalAfter: body.container['is_ephemeral'] === true })),
  );
  // On a private answer the next page replaces it; on a shared one it comes privately, to whoever asked.
  app.action<BlockButtonAction>(ACTION_IDS.more, onButton(answering, (body) => ({ public: false, replaceOriginal: body.container['is_ephemeral'] === true })));
  app.action<BlockButtonAction>(CONTEXT_ACTION_PATTERN, onButton(answering, () => ({ public: false })));
}
