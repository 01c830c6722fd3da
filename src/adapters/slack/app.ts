/**
 * The Slack adapter: a real Bolt App in HTTP mode (Slack posts to /slack/events on ibid's shared
 * HTTP server; Bolt's receiver checks every signature) or Socket Mode (ibid dials out; no public
 * URL needed). One workspace runs on a bot token; several install ibid through OAuth.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type InstallationStore, type webApi } from '@slack/bolt';
import type { InstallProvider } from '@slack/oauth';
import type { Logger } from 'pino';
import type { Bot } from '../../app/bot.js';
import type { HttpServer } from '../../app/httpServer.js';
import type { RateLimiter } from '../../app/rateLimiter.js';
import { createAnswering } from './answering.js';
import { boltLogger } from './boltLogger.js';
import { ResponseUrlBudget } from './deliver.js';
import { FileInstallationStore } from './fileInstallationStore.js';
import { registerListeners } from './listeners.js';
import { createInstaller, handleOAuthRequest, type OAuthCredentials } from './oauth.js';
import { registerUninstallListeners } from './uninstall.js';
import { SlashCommandTable } from './slashCommands.js';

export type SlackMode = 'http' | 'socket';

/** Where Slack posts commands, button clicks and events in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

export interface SlackCredentials {
  /** One workspace: its xoxb- bot token. Leave unset with `oauth`. */
  botToken?: string;
  /** HTTP mode: verifies that requests come from Slack. */
  signingSecret?: string;
  /** Socket Mode: an xapp- app-level token with connections:write. */
  appToken?: string;
  /** Several workspaces: each installs ibid through OAuth. */
  oauth?: OAuthCredentials;
}

export interface SlackAppOptions {
  bot: Bot;
  logger: Logger;
  mode: SlackMode;
  credentials: SlackCredentials;
  /** Prepended to every command name: "ibid-" gives /ibid-quote … /ibid-ibid. */
  commandPrefix?: string;
  /** Answers are private unless shared (default). */
  ephemeralByDefault?: boolean;
  rateLimiter?: RateLimiter;
  /** Web API client options; tests set `slackApiUrl` to a local fake. */
  clientOptions?: webApi.WebClientOptions;
  /** With `oauth`: where installs are kept (default: files in `installationDir`). */
  installationStore?: InstallationStore;
  installationDir?: string;
  /** With `oauth`: the authorize page Slack's install button sends browsers to (tests only). */
  authorizationUrl?: string;
  /** Clock for the response_url budget. */
  now?: () => number;
}

export interface SlackAdapter {
  readonly app: App;
  readonly slashCommands: SlashCommandTable;
  /** Handles /slack/… requests: events in HTTP mode, the install pages with OAuth. */
  handleRequest(req: IncomingMessage, res: ServerResponse): void;
  /** Mounts /slack/ on the shared server, then (Socket Mode) connects to Slack. */
  start(http?: HttpServer): Promise<void>;
  /** Whether Slack can reach ibid now: in Socket Mode, whether the socket is connected. */
  state(): { ready: boolean; detail: string };
  stop(): Promise<void>;
}

function checkCredentials(options: SlackAppOptions): void {
  const { credentials, mode } = options;
  if (Boolean(credentials.botToken) === Boolean(credentials.oauth)) throw new Error('Slack needs either a bot token (one workspace) or OAuth credentials (several), not both and not neither.');
  if (mode === 'http' && !credentials.signingSecret) throw new Error('Slack HTTP mode needs the signing secret.');
  if (mode === 'socket' && !credentials.appToken) throw new Error('Slack Socket Mode needs an app-level token (xapp-).');
}

export function createSlackApp(options: SlackAppOptions): SlackAdapter {
  checkCredentials(options);
  const { bot, logger, mode, credentials } = options;
  const slash = new SlashCommandTable(bot.commands, options.commandPrefix ?? '');
  const log = boltLogger(logger);
  const clientOptions: webApi.WebClientOptions = { ...options.clientOptions };

  let installer: InstallProvider | undefined;
  let installationStore: InstallationStore | undefined;
  if (credentials.oauth) {
    installationStore = options.installationStore ?? new FileInstallationStore(options.installationDir ?? '.slack-installations');
    installer = createInstaller({ ...credentials.oauth, installationStore, logger, ...(clientOptions.slackApiUrl ? { slackApiUrl: clientOptions.slackApiUrl } : {}), ...(options.authorizationUrl ? { authorizationUrl: options.authorizationUrl } : {}) });
  }
  const auth = installer ? { authorize: installer.authorize.bind(installer) } : { token: credentials.botToken! };

  const receiver = mode === 'http' ? new HTTPReceiver({ signingSecret: credentials.signingSecret!, endpoints: EVENTS_PATH, logger: log }) : undefined;
  // Built here rather than by Bolt (socketMode: true) so the adapter can watch its connection.
  const socket = mode === 'socket' ? new SocketModeReceiver({ appToken: credentials.appToken!, logger: log, installerOptions: { clientOptions } }) : undefined;
  let socketState = { ready: false, detail: 'socket mode not started' };
  socket?.client.on('connected', () => (socketState = { ready: true, detail: 'socket mode connected' }));
  socket?.client.on('reconnecting', () => (socketState = { ready: false, detail: 'socket mode reconnecting' }));
  socket?.client.on('disconnected', () => (socketState = { ready: false, detail: 'socket mode disconnected' }));
  const app = new App({
    ...auth,
    receiver: receiver ?? socket!,
    logger: log,
    clientOptions,
    // init() checks the bot token with auth.test at start, so a bad token fails loudly then.
    deferInitialization: true,
  });
  app.error(async (error) => {
    logger.error({ err: error, code: error.code }, 'Slack listener error');
  });

  const ephemeralByDefault = options.ephemeralByDefault ?? true;
  const answering = createAnswering({ bot, logger, slash, budget: new ResponseUrlBudget(options.now), ephemeralByDefault, ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}) });
  registerListeners(app, { bot, logger, slash, answering, ephemeralByDefault });
  registerUninstallListeners(app, installationStore, logger);

  function handleRequest(req: IncomingMessage, res: ServerResponse): void {
    if (installer && handleOAuthRequest(installer, logger, req, res, slash.umbrella)) return;
    if (!receiver) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    try {
      receiver.requestListener(req, res);
    } catch {
      // Bolt throws for paths it does not serve (HTTPReceiverDeferredRequestError).
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found\n');
    }
  }

  let connected = false;
  return {
    app,
    slashCommands: slash,
    handleRequest,
    async start(http) {
      await app.init();
      if (http && (receiver || installer)) http.route('/slack/', handleRequest);
      if (mode === 'socket') {
        await app.start();
        connected = true;
      }
      logger.info({ mode, commands: slash.entries.map((entry) => entry.slash), workspaces: installer ? 'oauth' : 'one' }, 'Slack adapter started');
    },
    async stop() {
      if (connected) await app.stop();
      connected = false;
      // A deliberate disconnect is not always announced by the client.
      socketState = { ready: false, detail: 'socket mode stopped' };
    },
    state() {
      return socket ? socketState : { ready: true, detail: 'http mode' };
    },
  };
}
