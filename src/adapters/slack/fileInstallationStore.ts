/**
 * Where OAuth installs are kept when ibid serves several workspaces: one JSON file per
 * workspace (or per Enterprise Grid org for org-wide installs) in a directory. Files are written
 * to a temporary name and renamed, so a crash never leaves half a token; they are readable by
 * the owner only, because they hold bot tokens.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';

/** Slack ids are short upper-case alphanumerics; anything else must not become a path. */
const SLACK_ID = /^[A-Z0-9]{1,32}$/;

function checkId(kind: string, id: string | undefined): string {
  if (!id || !SLACK_ID.test(id)) throw new Error(`not a Slack ${kind} id: ${JSON.stringify(id ?? null)}`);
  return id;
}

/** `E123.json` for an org-wide install; `T123.json` (or `E123-T123.json` inside a Grid org) for a workspace. */
export function installationFileName(query: { enterpriseId?: string | undefined; teamId?: string | undefined; isEnterpriseInstall?: boolean }): string {
  if (query.isEnterpriseInstall) return `${checkId('enterprise', query.enterpriseId)}.json`;
  const team = checkId('team', query.teamId);
  return query.enterpriseId ? `${checkId('enterprise', query.enterpriseId)}-${team}.json` : `${team}.json`;
}

export class FileInstallationStore implements InstallationStore {
  constructor(readonly directory: string) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const name = installationFileName({
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
      isEnterpriseInstall: installation.isEnterpriseInstall === true,
    });
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const target = join(this.directory, name);
    const temporary = join(this.directory, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, `${JSON.stringify(installation, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const name = installationFileName(query);
    let text: string;
    try {
      text = await readFile(join(this.directory, name), 'utf8');
    } catch {
      // Bolt turns this into an authorization failure: the workspace has not installed ibid (or uninstalled it).
      throw new Error(`ibid is not installed in ${query.isEnterpriseInstall ? `org ${query.enterpriseId}` : `workspace ${query.teamId}`}`);
    }
    return JSON.parse(text) as Installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await rm(join(this.directory, installationFileName(query)), { force: true });
  }
}
