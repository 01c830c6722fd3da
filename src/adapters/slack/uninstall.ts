/**
 * When a workspace removes ibid (or revokes its token), its installation file goes too: a store
 * of dead tokens helps nobody, and a token should not outlive the permission to use it.
 */
import type { App, InstallationStore } from '@slack/bolt';
import type { Logger } from 'pino';

/** With one workspace (a bot token, no store) the events are only logged, and acknowledged so Slack does not retry. */
export function registerUninstallListeners(app: App, store: InstallationStore | undefined, logger: Logger): void {
  const forget = async (context: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }, why: string) => {
    if (!store?.deleteInstallation) {
      logger.warn({ team: context.teamId, why }, 'ibid was removed from the Slack workspace');
      return;
    }
    const isEnterpriseInstall = context.isEnterpriseInstall === true;
    try {
      await store.deleteInstallation({ teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall } as Parameters<NonNullable<InstallationStore['deleteInstallation']>>[0]);
      logger.info({ team: context.teamId, enterprise: context.enterpriseId, why }, 'Slack installation removed');
    } catch (error) {
      logger.error({ err: error, team: context.teamId }, 'could not remove a Slack installation');
    }
  };
  app.event('app_uninstalled', async ({ context }) => forget(context, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ event, context }) => {
    // Only the bot token matters: ibid asks for no user tokens.
    if ((event.tokens.bot ?? []).length > 0) await forget(context, 'tokens_revoked');
  });
}
