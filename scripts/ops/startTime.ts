/**
 * Start time of the real server with and without an index snapshot: spawns the production entry
 * point (dist/main.js after `npm run build`; --tsx for the sources) serving Discord's HTTP endpoint
 * only (no network needed) and times spawn → /readyz 200, then stops it with SIGTERM.
 *
 *   npm run measure:start -- --corpus /tmp/ibid-100k     (made first if missing: 100,000 paragraphs)
 *
 * Runs: snapshots off; a cold start that writes the snapshot; a start from it; a start after one
 * file changed (the snapshot spares every other file).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discordKeys } from '../../tests/support/discordSigning.js';
import { makeCorpus } from './makeCorpus.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const corpusDir = path.resolve(option('corpus', '/tmp/ibid-100k'));
const paragraphs = Number(option('paragraphs', '100000'));
const useTsx = args.includes('--tsx') || !existsSync(path.join(ROOT, 'dist', 'main.js'));

interface StartFigures {
  readyMs: number;
  indexedMs: number;
  snapshot: string;
  parsed: number;
  rssMb: number;
}

function startOnce(env: Record<string, string>): Promise<StartFigures> {
  const { publicKeyHex } = discordKeys();
  const started = performance.now();
  const entry = useTsx ? ['--import', 'tsx', 'src/main.ts'] : ['dist/main.js'];
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      DISCORD_TOKEN: '',
      SLACK_BOT_TOKEN: '',
      SLACK_APP_TOKEN: '',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: '123456789012345678',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      PORT: '0',
      HOST: '127.0.0.1',
      IBID_CORPUS_DIR: corpusDir,
      IBID_WATCH: 'false',
      ...env,
    },
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    let indexed: Record<string, unknown> | null = null;
    let polling = false;
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        let record: Record<string, unknown>;
        try {
          record = JSON.parse(line) as Record<string, unknown>;
        } catch {
          continue;
        }
        if (record['msg'] === 'corpus indexed') indexed = record;
        if (record['msg'] === 'HTTP server listening (/healthz, /readyz)' && !polling) {
          polling = true;
          void poll(Number(record['port']));
        }
      }
    });
    child.once('exit', (code) => {
      if (!indexed) reject(new Error(`ibid exited (${code}) before it was ready`));
    });
    const poll = async (port: number) => {
      for (;;) {
        const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
        if (ok) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const readyMs = performance.now() - started;
      const rssMb = Math.round(Number(execRss(child.pid!)) / 1024);
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      const record = indexed!;
      resolve({ readyMs: Math.round(readyMs), indexedMs: Number(record['ms']), snapshot: String(record['snapshot']), parsed: Number(record['parsed']), rssMb });
    };
  });
}

/** Resident memory of a process in KiB, from /proc (Linux); 0 where unavailable. */
function execRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

if (!existsSync(corpusDir) || readdirSync(corpusDir).length === 0) {
  process.stdout.write(`making ${paragraphs} paragraphs in ${corpusDir} …\n`);
  await makeCorpus(corpusDir, { paragraphs, perDocument: 100, seed: 1 });
}
let snapshotMb: number | undefined;
const snapshots = mkdtempSync(path.join(tmpdir(), 'ibid-start-snapshots-'));
process.stdout.write(`ibid start time, ${useTsx ? 'node --import tsx src/main.ts' : 'node dist/main.js'}, corpus ${corpusDir}, Node ${process.version}\n\n`);
process.stdout.write('| start | snapshot | files parsed | corpus indexed | spawn → /readyz 200 | RSS when ready |\n|---|---|---|---|---|---|\n');
const row = (label: string, f: StartFigures) => process.stdout.write(`| ${label} | ${f.snapshot} | ${f.parsed} | ${(f.indexedMs / 1000).toFixed(1)} s | ${(f.readyMs / 1000).toFixed(1)} s | ${f.rssMb} MB |\n`);
try {
  row('snapshots off', await startOnce({ IBID_SNAPSHOT_DIR: 'off' }));
  row('cold (writes the snapshot)', await startOnce({ IBID_SNAPSHOT_DIR: snapshots }));
  const sizes = readdirSync(snapshots).map((name) => statSync(path.join(snapshots, name)).size);
  snapshotMb = Math.round(sizes.reduce((a, b) => a + b, 0) / 1024 / 1024);
  row('from the snapshot', await startOnce({ IBID_SNAPSHOT_DIR: snapshots }));
  const first = readdirSync(corpusDir).filter((name) => name.endsWith('.md')).sort()[0]!;
  appendFileSync(path.join(corpusDir, first), `\nOne more paragraph, added at ${new Date().toISOString()}.\n`);
  row('one file changed', await startOnce({ IBID_SNAPSHOT_DIR: snapshots }));
} finally {
  rmSync(snapshots, { recursive: true, force: true });
}
process.stdout.write(`\nSnapshot on disk: ${snapshotMb ?? "?"} MB.\n`);
