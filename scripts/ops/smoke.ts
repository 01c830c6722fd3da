/**
 * Smoke test of the production start command, `node dist/main.js`, outside Docker and without
 * network: a one-shot command, a container-like start with nothing to do, a bad configuration,
 * and the bot serving Discord's HTTP interactions endpoint (health, readiness, a signed PING and
 * a signed /quote), stopped with SIGTERM. CI runs it against an app directory laid out like the
 * Docker image (production dependencies only).
 *
 *   npx tsx scripts/ops/smoke.ts [--app DIR]      (DIR holds dist/, corpus/, node_modules/; default: here)
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discordKeys, signedHeaders } from '../../tests/support/discordSigning.js';

const at = process.argv.indexOf('--app');
const app = path.resolve(at >= 0 ? process.argv[at + 1]! : fileURLToPath(new URL('../..', import.meta.url)));
const CLEAN = { DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', DISCORD_PUBLIC_KEY: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_CLIENT_ID: '', SLACK_CLIENT_SECRET: '', SLACK_STATE_SECRET: '', LOG_LEVEL: '', IBID_SNAPSHOT_DIR: 'off' };

let failures = 0;
function check(what: string, ok: boolean, detail = ''): void {
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : `\n     ${detail.replace(/\n/g, '\n     ')}`}\n`);
  if (!ok) failures++;
}

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['dist/main.js', ...args], { cwd: app, env: { ...process.env, ...CLEAN, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

// 1. One command, answered and done.
const oneShot = run(['quote', 'know your place', '--json'], {});
const answer = oneShot.status === 0 ? (JSON.parse(oneShot.stdout) as { command?: string; results?: unknown[] }) : {};
check('one-shot: node dist/main.js quote … --json answers and exits 0', answer.command === 'quote' && (answer.results?.length ?? 0) > 0, oneShot.stderr);

// 2. Started like a container without credentials or -it: says why, exits 2.
const idle = run([], {});
check('no credentials, stdin /dev/null: explains and exits 2', idle.status === 2 && idle.stderr.includes('ibid has nothing to do'), `${idle.status} ${idle.stderr}`);

// 3. A bad configuration lists every problem.
const bad = run(['sources'], { PORT: 'eighty', LOG_LEVEL: 'loud', IBID_WATCH: 'maybe' });
check('bad configuration: every problem listed, exit 2', bad.status === 2 && ['PORT', 'LOG_LEVEL', 'IBID_WATCH'].every((name) => bad.stderr.includes(name)), bad.stderr);

// 4. The bot: Discord's HTTP endpoint only, which needs no network.
const keys = discordKeys();
const interaction = (type: number, data?: object) =>
  JSON.stringify({ id: '1418572602737300001', application_id: '123456789012345678', type, token: 'smoke-token', version: 1, channel_id: '1', guild_id: '2', member: { user: { id: '3', username: 'smoke' }, permissions: '0' }, ...(data ? { data } : {}) });

const server = spawn(process.execPath, ['dist/main.js'], {
  cwd: app,
  env: { ...process.env, ...CLEAN, DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_APPLICATION_ID: '123456789012345678', PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let logs = '';
const port = await new Promise<number>((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no "listening" log line within 60 s:\n${logs}`)), 60_000);
  server.stderr.on('data', (chunk: Buffer) => {
    logs += chunk.toString();
    const match = /"port":(\d+),"msg":"HTTP server listening/.exec(logs);
    if (match) {
      clearTimeout(timer);
      resolve(Number(match[1]));
    }
  });
  server.once('exit', (code) => reject(new Error(`exited ${code}:\n${logs}`)));
});
const base = `http://127.0.0.1:${port}`;
check('logs are JSON lines in production', logs.split('\n')[0]!.startsWith('{"level":30'), logs.slice(0, 300));
check('/healthz answers 200', (await fetch(`${base}/healthz`)).status === 200);
let ready = 0;
for (let i = 0; i < 600 && ready !== 200; i++) {
  ready = (await fetch(`${base}/readyz`)).status;
  if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
}
check('/readyz answers 200 once indexed', ready === 200);
const ping = interaction(1);
const pong = await fetch(`${base}/discord/interactions`, { method: 'POST', headers: signedHeaders(keys, ping), body: ping });
check('a signed PING gets PONG', pong.status === 200 && ((await pong.json()) as { type: number }).type === 1);
const unsigned = await fetch(`${base}/discord/interactions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ping });
check('an unsigned request is refused', unsigned.status === 401);
const quote = interaction(2, { id: '9', name: 'quote', type: 1, options: [{ name: 'words', type: 3, value: 'know your place' }] });
const quoted = await fetch(`${base}/discord/interactions`, { method: 'POST', headers: signedHeaders(keys, quote), body: quote });
const quotedText = await quoted.text();
check('a signed /quote is answered', quoted.status === 200 && quotedText.includes('know your place'), quotedText.slice(0, 300));
check('the answered command is logged without its words', logs.includes('"command":"quote"') && !logs.includes('know your place'), logs);
server.kill('SIGTERM');
const code = await new Promise<number | null>((resolve) => server.once('exit', resolve));
check('SIGTERM: graceful shutdown, exit 0', code === 0 && logs.includes('"msg":"stopped"'), logs.slice(-500));

process.stdout.write(failures === 0 ? '\nsmoke test passed\n' : `\n${failures} smoke check(s) failed\n`);
process.exit(failures === 0 ? 0 : 1);
