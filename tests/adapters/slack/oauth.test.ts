/**
 * Several workspaces: the OAuth install flow end to end (install page, Slack's redirect back,
 * oauth.v2.access on the fake Web API), the file store, then commands and uninstalls per workspace.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { textsOf } from './blockChecks.js';
import { startHttpHarness, type Harness } from './fakes/harness.js';
import { postSigned, SIGNING_SECRET } from './fakes/signing.js';
import { slashCommandForm } from './fixtures/payloads.js';

const OAUTH = { clientId: '1111.2222', clientSecret: 'client-secret-test', stateSecret: 'state-secret-at-least-16' };
const INSTALLED_TOKEN = 'xoxb-T0002-installed';

let harness: Harness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await harness?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  harness = undefined;
  dir = undefined;
});

async function startOAuthHarness(): Promise<Harness> {
  dir = await mkdtemp(join(tmpdir(), 'ibid-slack-installs-'));
  return startHttpHarness({
    credentials: { signingSecret: SIGNING_SECRET, oauth: OAUTH },
    // Only ever a Location/href for a browser; the test never follows it.
    extra: { installationDir: dir, authorizationUrl: 'http://127.0.0.1:9/oauth/v2/authorize' },
    prepare: (webApi) =>
      webApi.handle('oauth.v2.access', (params) =>
        params['code'] === 'good-code' && params['client_secret'] === OAUTH.clientSecret
          ? { ok: true, app_id: 'A123456', authed_user: { id: 'U2' }, scope: 'commands,chat:write', token_type: 'bot', access_token: INSTALLED_TOKEN, bot_user_id: 'UBOT2', team: { id: 'T0002', name: 'Second' }, enterprise: null, is_enterprise_install: false }
          : { ok: false, error: 'invalid_code' },
      ),
  });
}

/** Visits the install page and follows Slack's redirect back with the state it issued. */
async function install(h: Harness, code: string): Promise<Response> {
  const page = await fetch(`${h.baseUrl}/slack/install`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const href = /<a href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:9\/oauth\/v2\/authorize\?/);
  const authorize = new URL(href!);
  expect(authorize.searchParams.get('scope')).toBe('commands,chat:write');
  expect(authorize.searchParams.get('client_id')).toBe(OAUTH.clientId);
  const state = authorize.searchParams.get('state')!;
  const cookie = page.headers.get('set-cookie')!.split(';', 1)[0]!;
  expect(cookie).toBe(`slack-app-oauth-state=${state}`);
  return fetch(`${h.baseUrl}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, { headers: { cookie } });
}

describe('OAuth installs', () => {
  it('installs a workspace, keeps its token in a private file, and answers its commands with that token', async () => {
    harness = await startOAuthHarness();
    const done = await install(harness, 'good-code');
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('ibid is installed');
    const exchange = harness.webApi.calls.find((call) => call.method === 'oauth.v2.access');
    expect(exchange?.params['client_id']).toBe(OAUTH.clientId);

    const file = join(dir!, 'T0002.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ team: { id: 'T0002' }, bot: { token: INSTALLED_TOKEN, userId: 'UBOT2' } });
    expect((await readdir(dir!)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // A command from that workspace: its response_url refuses, so the fallback shows which token was used.
    harness.capture.refuse('t2');
    await postSigned(harness.eventsUrl, slashCommandForm({ command: '/quote', text: 'know your place', team_id: 'T0002', response_url: harness.capture.url('t2') }));
    const fallback = await harness.webApi.next('chat.postEphemeral');
    expect(fallback.authorization).toBe(`Bearer ${INSTALLED_TOKEN}`);
    expect(textsOf(fallback.params['blocks'] as unknown[]).join('\n')).toContain('*know your place*');
  });

  it('refuses a redirect without the state cookie from the install page', async () => {
    harness = await startOAuthHarness();
    const forged = await fetch(`${harness.baseUrl}/slack/oauth_redirect?code=good-code&state=made-up`);
    expect(forged.status).toBe(400);
    expect(harness.webApi.calls.some((call) => call.method === 'oauth.v2.access')).toBe(false);
    expect(await readdir(dir!).catch(() => [])).toEqual([]);
  });

  it('reports a failed code exchange and stores nothing', async () => {
    harness = await startOAuthHarness();
    const failed = await install(harness, 'bad-code');
    expect(failed.status).toBe(400);
    expect(await readdir(dir!).catch(() => [])).toEqual([]);
  });

  it('forgets a workspace when it uninstalls ibid', async () => {
    harness = await startOAuthHarness();
    await install(harness, 'good-code');
    const event = {
      token: 'gIkuvaNzQIHg97ATvDxqgjtO',
      team_id: 'T0002',
      api_app_id: 'A123456',
      event: { type: 'app_uninstalled', event_ts: '1700000000.000001' },
      type: 'event_callback',
      event_id: 'Ev0001',
      event_time: 1700000000,
      authorizations: [{ enterprise_id: null, team_id: 'T0002', user_id: 'UBOT2', is_bot: true, is_enterprise_install: false }],
    };
    const ack = await postSigned(harness.eventsUrl, JSON.stringify(event), { contentType: 'application/json' });
    expect(ack.status).toBe(200);
    for (let i = 0; i < 50 && (await readdir(dir!)).includes('T0002.json'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readdir(dir!)).toEqual([]);
  });
});
