/**
 * Installing ibid in several workspaces: Slack's OAuth v2 flow through @slack/oauth's
 * InstallProvider. Its two pages are served from ibid's shared HTTP server in both HTTP and
 * Socket Mode, and each workspace's bot token goes to the installation store.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InstallationStore } from '@slack/bolt';
import { InstallProvider } from '@slack/oauth';
import type { Logger } from 'pino';
import { boltLogger } from './boltLogger.js';

/** What ibid needs in a workspace: its slash commands, and posting when a response_url has run out. */
export const BOT_SCOPES = ['commands', 'chat:write'] as const;

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export interface OAuthCredentials {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state`, which ties the callback to the browser that started the install. */
  stateSecret: string;
}

export interface InstallerOptions extends OAuthCredentials {
  installationStore: InstallationStore;
  logger: Logger;
  /** Tests point the Web API (oauth.v2.access, auth.test) at a local fake. */
  slackApiUrl?: string;
  /** Where Slack's authorize page lives; only ever a browser redirect target. */
  authorizationUrl?: string;
}

export function createInstaller(options: InstallerOptions): InstallProvider {
  return new InstallProvider({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    stateSecret: options.stateSecret,
    installationStore: options.installationStore,
    installUrlOptions: { scopes: [...BOT_SCOPES] },
    logger: boltLogger(options.logger),
    ...(options.slackApiUrl ? { clientOptions: { slackApiUrl: options.slackApiUrl } } : {}),
    ...(options.authorizationUrl ? { authorizationUrl: options.authorizationUrl } : {}),
  });
}

/** Serves the install page and Slack's redirect back; returns false for any other request. */
export function handleOAuthRequest(installer: InstallProvider, logger: Logger, req: IncomingMessage, res: ServerResponse, helpCommand: string): boolean {
  const path = (req.url ?? '/').split('?', 1)[0];
  if (req.method !== 'GET' || (path !== INSTALL_PATH && path !== REDIRECT_PATH)) return false;
  const work =
    path === INSTALL_PATH
      ? installer.handleInstallPath(req, res)
      : installer.handleCallback(req, res, {
          success: (installation, _options, _req, response) => {
            logger.info({ team: installation.team?.id, enterprise: installation.enterprise?.id }, 'ibid installed in a Slack workspace');
            response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body><p>ibid is installed. Try <code>${helpCommand} help</code> in Slack.</p></body></html>`);
          },
          failure: (error, _options, _req, response) => {
            logger.warn({ code: error.code, err: error }, 'a Slack install failed');
            response.writeHead(400, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><p>The installation did not complete. Start again from the install page.</p></body></html>');
          },
        });
  work.catch((error: unknown) => {
    logger.error({ err: error }, 'the Slack install flow failed');
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('install failed\n');
  });
  return true;
}
