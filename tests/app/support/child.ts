/** ibid in a child process, as it runs for real, with JSON logs read from its stderr. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface Child {
  process: ChildProcess;
  /** JSON log records so far. */
  logs: Record<string, unknown>[];
  stderr(): string;
  stdout(): string;
  /** The first log record matching, waiting for it. */
  waitForLog(match: (record: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** No chat credentials from the developer's own environment leak into a test. */
export const CLEAN_ENV: Record<string, string> = {
  DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', DISCORD_PUBLIC_KEY: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '',
  SLACK_CLIENT_ID: '', SLACK_CLIENT_SECRET: '', SLACK_STATE_SECRET: '', SLACK_MODE: '', LOG_LEVEL: '', NO_COLOR: '1',
};

export function spawnNode(args: string[], env: Record<string, string>, stdin: 'ignore' | 'pipe' = 'pipe'): Child {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...CLEAN_ENV, ...env }, stdio: [stdin, 'pipe', 'pipe'] });
  let err = '';
  let out = '';
  const logs: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    partial += chunk.toString();
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a JSON line (pretty logs, tsx notices)
      }
    }
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    process: child,
    logs,
    stderr: () => err,
    stdout: () => out,
    exited,
    waitForLog(match, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching log line within ${timeoutMs} ms; stderr:\n${err}`)), timeoutMs);
        const look = () => {
          const found = logs.find(match);
          if (found) {
            clearTimeout(timer);
            resolve(found);
          } else waiters.push(look);
        };
        void exited.then(() =>
          setTimeout(() => {
            const found = logs.find(match);
            clearTimeout(timer);
            if (found) resolve(found);
            else reject(new Error(`the process exited without that log line; stderr:\n${err}`));
          }, 50),
        );
        look();
      });
    },
  };
}

/** Polls /readyz until it answers 200. */
export async function waitReady(port: number, timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.status === 200) return (await response.json()) as Record<string, unknown>;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`not ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
