/**
 * Load on loopback, against the real adapters: signed Slack slash commands into the real Bolt app
 * (HTTP mode; its Web API and response_url are local fakes) and signed Discord interactions into
 * the HTTP interactions endpoint (real Ed25519 signatures), on ibid's shared HTTP server.
 * The driver (scripts/load/driver.ts) runs in its own process, so the memory measured here is
 * the server's alone. Each platform runs twice; heap after a forced GC shows whether memory grows.
 *
 *   npm run load                      (3 rounds of 2,000 requests per platform, 50 at once, the bundled corpus)
 *   npm run load -- --requests 5000 --concurrency 100 --corpus /tmp/ibid-100k
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createBot } from '../src/app/bot.js';
import { LiveCorpus } from '../src/app/corpus/liveCorpus.js';
import { createHttpServer } from '../src/app/httpServer.js';
import { pino } from 'pino';
import { createLogger } from '../src/app/logger.js';
import { RateLimiter } from '../src/app/rateLimiter.js';
import { createDiscordInteractionsHandler, DISCORD_INTERACTIONS_PATH } from '../src/adapters/discord/index.js';
import { createSlackApp } from '../src/adapters/slack/index.js';
import { discordKeys } from '../tests/support/discordSigning.js';
import { settledMemory } from './bench/memory.js';
import type { DriverMessage, RoundResult, RunRequest } from './load/messages.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const REQUESTS = Number(option('requests', '2000'));
const ROUNDS = Number(option('rounds', '3'));
const CONCURRENCY = Number(option('concurrency', '50'));
const CORPUS = option('corpus', fileURLToPath(new URL('../corpus', import.meta.url)));
const SIGNING_SECRET = 'load-test-signing-secret';

if (!(globalThis as { gc?: () => void }).gc) {
  process.stderr.write('Run with --expose-gc (npm run load does) so memory is measured after a full collection.\n');
  process.exit(2);
}
const heapMb = (): number => Math.round((settledMemory().heapUsed / 1024 / 1024) * 10) / 10;

const driver = fork(fileURLToPath(new URL('./load/driver.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const fromDriver = (): Promise<DriverMessage> => new Promise((resolve) => driver.once('message', (message) => resolve(message as DriverMessage)));
const fakes = await fromDriver();
if (fakes.type !== 'fakes') throw new Error('the driver did not start its fakes');

// Production logging (JSON, redaction, one line per command) into /dev/null: its cost is part of the figures.
const logger = createLogger({ level: 'info', pretty: false, destination: pino.destination({ dest: '/dev/null', sync: true }) as never });
const corpus = await new LiveCorpus({ dir: CORPUS, logger, snapshotDir: null, worker: false }).start();
const bot = createBot({ corpus, logger });
// One limiter for both platforms, as in production; every simulated user is a different person.
const rateLimiter = new RateLimiter({ burst: 5, perMinute: 10 });
const http = createHttpServer(logger);
const slack = createSlackApp({ bot, logger, mode: 'http', credentials: { botToken: 'xoxb-load-test', signingSecret: SIGNING_SECRET }, rateLimiter, clientOptions: { slackApiUrl: fakes.slackApiUrl, retryConfig: { retries: 0 } } });
await slack.start(http);
const discord = discordKeys();
http.route(DISCORD_INTERACTIONS_PATH, createDiscordInteractionsHandler({ bot, logger, publicKey: discord.publicKeyHex, rateLimiter, rest: { api: fakes.slackApiUrl.replace('/api/', '/discord-api') } }));
const { port } = await http.listen(0, '127.0.0.1');

async function round(platform: RunRequest['platform'], name: string, requests: number): Promise<RoundResult> {
  const request: RunRequest = { type: 'run', platform, requests, concurrency: CONCURRENCY, baseUrl: `http://127.0.0.1:${port}`, signingSecret: SIGNING_SECRET, discordPrivateKey: discord.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), round: name };
  driver.send(request);
  const reply = await fromDriver();
  if (reply.type !== 'result') throw new Error(reply.type === 'error' ? reply.message : 'unexpected reply');
  return reply.result;
}

const print = (line: string) => process.stdout.write(`${line}\n`);
print(`ibid load test: ${REQUESTS} requests per round, ${CONCURRENCY} concurrent, corpus ${CORPUS} (${bot.corpus().documents.length} documents, ${bot.corpus().paragraphs.length} paragraphs), Node ${process.version}`);
await round('slack', 'warm-slack', 100);
await round('discord', 'warm-discord', 100);
const heap: [string, number][] = [['after warm-up', heapMb()]];
const results: RoundResult[] = [];
for (let pass = 1; pass <= ROUNDS; pass++) {
  for (const platform of ['slack', 'discord'] as const) {
    const result = await round(platform, `${platform}${pass}`, REQUESTS);
    results.push(result);
    heap.push([`after ${platform} round ${pass}`, heapMb()]);
  }
}

print('\n| round | requests | statuses | acked p50 | p90 | p99 | max | over 3 s | answered p50 / p99 (Slack) | wall |');
print('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const statuses = Object.entries(r.statuses).map(([status, n]) => `${status}×${n}`).join(', ');
  const answered = r.answered ? `${r.answered.p50} / ${r.answered.p99} ms` : '–';
  print(`| ${r.round} | ${r.requests} | ${statuses} | ${r.ack.p50} ms | ${r.ack.p90} ms | ${r.ack.p99} ms | ${r.ack.max} ms | ${r.late} | ${answered} | ${(r.wallMs / 1000).toFixed(1)} s |`);
}
print('\nHeap used after a full GC (server process only):');
for (const [when, mb] of heap) print(`  ${when}: ${mb} MB`);
const growth = heap.at(-1)![1] - heap[0]![1];
print(`  growth over ${results.length * REQUESTS} requests: ${growth.toFixed(1)} MB; over the last round of each platform: ${(heap.at(-1)![1] - heap.at(-3)![1]).toFixed(1)} MB`);

const allAcked = results.every((r) => r.late === 0 && r.failed === 0 && r.ack.count === r.requests);
print(allAcked ? '\nEvery request was acknowledged within 3 s.' : '\nSOME REQUESTS WERE LATE OR FAILED.');
driver.send({ type: 'stop' });
await slack.stop();
await http.close();
process.exit(allAcked ? 0 : 1);
