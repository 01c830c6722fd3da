/**
 * Discord's HTTP interactions endpoint, for deployments that skip the gateway and run several
 * copies behind a load balancer. Every request's Ed25519 signature is checked before anything
 * else; the first response goes back in the HTTP reply, later ones (after a defer) by webhook.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, REST, Routes, type APIInteraction, type RESTOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { Bot } from '../../app/bot.js';
import type { RouteHandler } from '../../app/httpServer.js';
import type { RateLimiter } from '../../app/rateLimiter.js';
import { apiMessageData } from './apiBody.js';
import { flowOptions, handleIncoming } from './flow.js';
import type { Responder } from './incoming.js';
import { noticeMessage } from './message.js';
import { incomingFromApi } from './rawIncoming.js';
import { publicKeyFromHex, verifyDiscordSignature } from './signature.js';

export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

/** Interactions carry at most one message of embeds; anything far bigger is not from Discord. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface DiscordInteractionsOptions {
  bot: Bot;
  logger: Logger;
  /** The application's public key, 64 hex characters. */
  publicKey: string;
  ephemeralByDefault?: boolean;
  rateLimiter: RateLimiter;
  deferAfterMs?: number;
  /** For the webhook edits after a defer; tests point it at a local fake. No token is needed. */
  rest?: REST | Partial<RESTOptions>;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json' }).end(text);
}

function httpResponder(res: ServerResponse, rest: REST, applicationId: string, token: string): Responder {
  const first = async (body: unknown) => {
    if (res.headersSent) throw new Error('this interaction has already been answered');
    send(res, 200, body);
  };
  const original = Routes.webhookMessage(applicationId, token, '@original');
  return {
    reply: (message) => first({ type: InteractionResponseType.ChannelMessageWithSource, data: apiMessageData(message) }),
    update: (message) => first({ type: InteractionResponseType.UpdateMessage, data: apiMessageData(message) }),
    defer: (mode, ephemeral) =>
      first(mode === 'update' ? { type: InteractionResponseType.DeferredMessageUpdate } : { type: InteractionResponseType.DeferredChannelMessageWithSource, data: ephemeral ? { flags: 64 } : {} }),
    autocomplete: (choices) => first({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } }),
    editOriginal: async (message) => void (await rest.patch(original, { body: apiMessageData(message), auth: false })),
    followUp: async (message) => void (await rest.post(Routes.webhook(applicationId, token), { body: apiMessageData(message), auth: false })),
    deleteOriginal: async () => void (await rest.delete(original, { auth: false })),
  };
}

export function createDiscordInteractionsHandler(options: DiscordInteractionsOptions): RouteHandler {
  const key = publicKeyFromHex(options.publicKey);
  const logger = options.logger.child({ adapter: 'discord-http' });
  const rest = options.rest instanceof REST ? options.rest : new REST(options.rest ?? {});
  const flow = flowOptions(options, logger);

  return async (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return send(res, 405, 'method not allowed\n');
    }
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) return send(res, 413, 'payload too large\n');
      throw error;
    }
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (!verifyDiscordSignature(key, typeof signature === 'string' ? signature : undefined, typeof timestamp === 'string' ? timestamp : undefined, body)) {
      logger.warn({ signed: Boolean(signature) }, 'discord: rejected an interaction with a bad or missing signature');
      return send(res, 401, 'invalid request signature\n');
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      return send(res, 400, 'body is not JSON\n');
    }
    if (interaction.type === InteractionType.Ping) return send(res, 200, { type: InteractionResponseType.Pong });
    const incoming = incomingFromApi(interaction);
    if (!incoming) return send(res, 400, 'unsupported interaction\n');
    try {
      await handleIncoming(flow, incoming, httpResponder(res, rest, interaction.application_id, interaction.token));
    } catch (error) {
      logger.error({ err: error, kind: incoming.kind }, 'discord: could not respond to an interaction');
      if (!res.headersSent) send(res, 200, { type: InteractionResponseType.ChannelMessageWithSource, data: apiMessageData(noticeMessage('Something went wrong', 'ibid could not answer this one. Please try again.')) });
    }
  };
}
