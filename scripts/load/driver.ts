/**
 * The other side of the load test, in its own process so its memory is not the server's: plays
 * Slack and Discord. It runs the fakes the server talks to (Web API, response_url) and fires
 * signed slash commands and interactions at the server, measuring each response.
 */
import { createPrivateKey } from 'node:crypto';
import { commandInteraction } from '../../tests/adapters/discord/support/interactions.js';
import { startCaptureServer } from '../../tests/adapters/slack/fakes/captureServer.js';
import { startFakeWebApi } from '../../tests/adapters/slack/fakes/fakeWebApi.js';
import { postSigned } from '../../tests/adapters/slack/fakes/signing.js';
import { slashCommandForm } from '../../tests/adapters/slack/fixtures/payloads.js';
import { signedHeaders } from '../../tests/support/discordSigning.js';
import type { DriverMessage, RoundResult, RunRequest } from './messages.js';
import { latencyStats, pool } from './stats.js';

const DEADLINE_MS = 3000;
/** Typical requests: mostly quote searches, some of each other command. */
const SLACK_COMMANDS: [string, string][] = [
  ['/quote', 'know your place'],
  ['/quote', 'the city is not fully encircled'],
  ['/quote', 'civilians hospital'],
  ['/quote', 'knwo yuor plcae'],
  ['/who-said', 'know your place'],
  ['/quotes-by', 'Erdogan'],
  ['/figure', 'civilians killed'],
  ['/sources', ''],
];
const DISCORD_COMMANDS: [string, Record<string, string>][] = [
  ['quote', { words: 'know your place' }],
  ['quote', { words: 'the city is not fully encircled' }],
  ['quote', { words: 'civilians hospital' }],
  ['quote', { words: 'knwo yuor plcae' }],
  ['who-said', { words: 'know your place' }],
  ['quotes-by', { person: 'Erdogan' }],
  ['figure', { topic: 'civilians killed' }],
  ['sources', {}],
];

const send = (message: DriverMessage) => process.send!(message);
const capture = await startCaptureServer();
const webApi = await startFakeWebApi();
send({ type: 'fakes', slackApiUrl: webApi.url });

function tally(statuses: Record<string, number>, status: number | string): void {
  statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
}

async function slackRound(run: RunRequest): Promise<RoundResult> {
  const acks: number[] = [];
  const answers: number[] = [];
  const statuses: Record<string, number> = {};
  let failed = 0;
  const started = performance.now();
  await pool(run.requests, run.concurrency, async (i) => {
    const [command, text] = SLACK_COMMANDS[i % SLACK_COMMANDS.length]!;
    const hook = `${run.round}-${i}`;
    const body = slashCommandForm({ command, text, response_url: capture.url(hook), user_id: `U${run.round}${i}`, trigger_id: `${i}.${run.round}` });
    const sent = performance.now();
    try {
      const ack = await postSigned(`${run.baseUrl}/slack/events`, body, { secret: run.signingSecret });
      tally(statuses, ack.status);
      acks.push(ack.elapsedMs);
      const answer = await capture.next(hook, 30_000);
      answers.push(answer.receivedAt - sent);
    } catch {
      failed++;
      tally(statuses, 'error');
    }
  });
  const wallMs = performance.now() - started;
  // The capture server keeps what it received; this process is not the one measured, but it need not grow without end.
  capture.clear();
  return { platform: 'slack', round: run.round, requests: run.requests, concurrency: run.concurrency, statuses, ack: latencyStats(acks), answered: latencyStats(answers), late: acks.filter((ms) => ms > DEADLINE_MS).length, failed, wallMs: Math.round(wallMs) };
}

async function discordRound(run: RunRequest): Promise<RoundResult> {
  const key = { privateKey: createPrivateKey(run.discordPrivateKey) };
  const acks: number[] = [];
  const statuses: Record<string, number> = {};
  let failed = 0;
  const started = performance.now();
  await pool(run.requests, run.concurrency, async (i) => {
    const [name, values] = DISCORD_COMMANDS[i % DISCORD_COMMANDS.length]!;
    const options = Object.entries(values).map(([option, value]) => ({ name: option, type: 3, value }));
    const body = JSON.stringify(commandInteraction(name, options, { userId: String(100000000000000000n + BigInt(i)) }));
    const sent = performance.now();
    try {
      const response = await fetch(`${run.baseUrl}/discord/interactions`, { method: 'POST', headers: signedHeaders(key, body), body });
      const answer = (await response.json()) as { type?: number };
      acks.push(performance.now() - sent);
      // 4: the answer itself; 5: deferred (the answer follows by webhook). Anything else is a failure.
      tally(statuses, response.status === 200 && (answer.type === 4 || answer.type === 5) ? `200 type ${answer.type}` : response.status);
    } catch {
      failed++;
      tally(statuses, 'error');
    }
  });
  const wallMs = performance.now() - started;
  return { platform: 'discord', round: run.round, requests: run.requests, concurrency: run.concurrency, statuses, ack: latencyStats(acks), late: acks.filter((ms) => ms > DEADLINE_MS).length, failed, wallMs: Math.round(wallMs) };
}

process.on('message', (message: RunRequest | { type: 'stop' }) => {
  if (message.type === 'stop') {
    void Promise.all([capture.close(), webApi.close()]).then(() => process.exit(0));
    return;
  }
  (message.platform === 'slack' ? slackRound(message) : discordRound(message)).then(
    (result) => send({ type: 'result', result }),
    (error: Error) => send({ type: 'error', message: error.stack ?? error.message }),
  );
});
