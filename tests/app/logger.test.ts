import { describe, expect, it } from 'vitest';
import { parseConfig, secretsOf } from '../../src/config/index.js';
import { slackSettings } from '../../src/config/slack.js';
import { captureLog } from './support/captureLog.js';

const SECRETS = {
  DISCORD_TOKEN: 'MTI4OTU0NzM2NTQ4NTI3NzI0OA.GhJkLm.q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8',
  DISCORD_APPLICATION_ID: '128954736548527724',
  SLACK_BOT_TOKEN: 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx',
  SLACK_SIGNING_SECRET: '8f14e45fceea167a5a36dedd4bea2543',
  SLACK_APP_TOKEN: 'xapp-1-A0123456789-1234567890123-abcdef0123456789abcdef',
};
const secretValues = Object.entries(SECRETS)
  .filter(([name]) => name !== 'DISCORD_APPLICATION_ID')
  .map(([, value]) => value);

function logEverything(logger: ReturnType<typeof captureLog>['logger']) {
  const config = parseConfig(SECRETS);
  logger.info({ config }, 'configuration');
  logger.info({ slack: slackSettings(config) }, 'slack settings, two levels deep');
  logger.info({ req: { method: 'POST', headers: { authorization: `Bot ${SECRETS.DISCORD_TOKEN}`, Authorization: `Bearer ${SECRETS.SLACK_BOT_TOKEN}`, 'x-slack-signature': 'v0=abc123' } } }, 'request');
  const error = Object.assign(new Error(`auth.test failed for ${SECRETS.SLACK_BOT_TOKEN}`), { config: { headers: { Authorization: `Bearer ${SECRETS.SLACK_BOT_TOKEN}` } } });
  logger.error({ err: error }, 'an error carrying a token in its message and its request');
  logger.warn(`the signing secret ${SECRETS.SLACK_SIGNING_SECRET} appears in a message`);
  logger.child({ appToken: SECRETS.SLACK_APP_TOKEN }).info('child bindings');
  logger.info({ url: 'https://hooks.slack.com/commands/T0001/1234/abcdefSECRETpart', webhook: '/api/v10/webhooks/1234567890/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4' }, 'urls');
}

describe('the logger', () => {
  it.each([
    ['JSON (production)', false],
    ['pretty (development)', true],
  ])('never writes a token or secret: %s', (_name, pretty) => {
    const log = captureLog({ pretty, secrets: secretsOf(parseConfig(SECRETS)) });
    logEverything(log.logger);
    const text = log.text();
    for (const secret of secretValues) expect(text).not.toContain(secret);
    expect(text).not.toContain('abcdefSECRETpart');
    expect(text).not.toContain('aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4');
    // What is not secret is still there, so the lines stay useful.
    expect(text).toContain('128954736548527724');
    expect(text).toContain('auth.test failed for');
    expect(text).toContain('[redacted]');
  });

  it('hides token-shaped strings even when it was not told the secrets', () => {
    const log = captureLog();
    logEverything(log.logger);
    for (const secret of [SECRETS.DISCORD_TOKEN, SECRETS.SLACK_BOT_TOKEN, SECRETS.SLACK_APP_TOKEN]) expect(log.text()).not.toContain(secret);
    // The signing secret has no shape; only its field name gives it away.
    const config = log.records().find((record) => record['msg'] === 'configuration')!['config'] as Record<string, unknown>;
    expect(config['SLACK_SIGNING_SECRET']).toBe('[redacted]');
  });

  it('keeps an error an error: type, message and stack', () => {
    const log = captureLog();
    log.logger.error({ err: new TypeError('bad input') }, 'failed');
    const err = log.records()[0]!['err'] as Record<string, unknown>;
    expect(err['type']).toBe('TypeError');
    expect(err['message']).toBe('bad input');
    expect(String(err['stack'])).toContain('TypeError: bad input');
  });

  it('logs JSON lines with level, time and message in production', () => {
    const log = captureLog();
    log.logger.info({ documents: 3 }, 'corpus indexed');
    expect(log.records()[0]).toMatchObject({ level: 30, msg: 'corpus indexed', documents: 3 });
  });
});
