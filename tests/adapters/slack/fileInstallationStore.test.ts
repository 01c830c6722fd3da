import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Installation } from '@slack/bolt';
import { FileInstallationStore, installationFileName } from '../../../src/adapters/slack/fileInstallationStore.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ibid-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function installation(team: string | undefined, enterprise?: string, org = false): Installation {
  return {
    team: team ? { id: team, name: 'Team' } : undefined,
    enterprise: enterprise ? { id: enterprise, name: 'Org' } : undefined,
    user: { id: 'U1', token: undefined, scopes: undefined },
    bot: { token: `xoxb-${team ?? enterprise}`, scopes: ['commands'], id: 'B1', userId: 'UB1' },
    isEnterpriseInstall: org,
    authVersion: 'v2',
  } as Installation;
}

describe('FileInstallationStore', () => {
  it('stores one private file per workspace and reads it back', async () => {
    const store = new FileInstallationStore(join(dir, 'nested'));
    await store.storeInstallation(installation('T1'));
    await store.storeInstallation(installation('T2'));
    expect((await readdir(join(dir, 'nested'))).sort()).toEqual(['T1.json', 'T2.json']);
    expect((await stat(join(dir, 'nested', 'T1.json'))).mode & 0o777).toBe(0o600);
    expect((await store.fetchInstallation({ teamId: 'T2', enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token).toBe('xoxb-T2');
  });

  it('replaces a reinstall whole, leaving no temporary file', async () => {
    const store = new FileInstallationStore(dir);
    await store.storeInstallation(installation('T1'));
    const again = installation('T1');
    again.bot!.token = 'xoxb-new';
    await store.storeInstallation(again);
    expect(await readdir(dir)).toEqual(['T1.json']);
    expect((await store.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token).toBe('xoxb-new');
  });

  it('keeps org-wide installs and workspaces inside a Grid org apart', async () => {
    expect(installationFileName({ enterpriseId: 'E1', teamId: undefined, isEnterpriseInstall: true })).toBe('E1.json');
    expect(installationFileName({ enterpriseId: 'E1', teamId: 'T1', isEnterpriseInstall: false })).toBe('E1-T1.json');
    const store = new FileInstallationStore(dir);
    await store.storeInstallation(installation(undefined, 'E1', true));
    expect((await store.fetchInstallation({ teamId: undefined, enterpriseId: 'E1', isEnterpriseInstall: true })).bot?.token).toBe('xoxb-E1');
  });

  it('says which workspace is not installed, and deletes on request', async () => {
    const store = new FileInstallationStore(dir);
    await expect(store.fetchInstallation({ teamId: 'T9', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(/not installed in workspace T9/);
    await store.storeInstallation(installation('T1'));
    await store.deleteInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('never turns an id into a path outside its directory', async () => {
    const store = new FileInstallationStore(dir);
    await expect(store.storeInstallation(installation('../../etc/passwd'))).rejects.toThrow(/not a Slack team id/);
    await expect(store.fetchInstallation({ teamId: '../T1', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(/not a Slack team id/);
  });
});
