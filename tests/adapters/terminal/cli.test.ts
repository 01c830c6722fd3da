import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** The real entry point in a child process, as `npx ibid` runs it, with chat credentials cleared. */
function ibid(args: string[], input?: string) {
  const env = { ...process.env, DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', LOG_LEVEL: '', NO_COLOR: '1' };
  return spawnSync(tsx, ['src/main.ts', ...args], { cwd: root, env, input: input ?? '', encoding: 'utf8', timeout: 60_000 });
}

// Each test starts the real CLI through tsx (about 2-3 s each on a busy 2-core machine, two in one
// test): the limit matches the child processes' own, so a loaded machine cannot fail them spuriously.
describe('the ibid command line', { timeout: 60_000 }, () => {
  it('answers once with --json and exits 0', () => {
    const result = ibid(['who-said', 'know', 'your', 'place', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ command: 'who-said', status: 'attributed', results: [{ speaker: 'Recep Tayyip Erdogan' }] });
  });

  it('reads one command per line from a pipe', () => {
    const result = ibid(['--json'], 'sources\nquote hospital\n');
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).command)).toEqual(['sources', 'quote']);
  });

  it('uses another corpus with --corpus, naming files it could not load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ibid-cli-'));
    writeFileSync(join(dir, 'notes.txt'), 'Field notes\n\nThe convoy reached the bridge at dawn and waited there.\n');
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\nText.\n');
    const result = ibid(['quote', 'convoy bridge', '--corpus', dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('The convoy reached the bridge at dawn');
    expect(result.stdout).toContain('Field notes');
    expect(result.stderr).toContain('broken.md');
  });

  it('exits 2 with a clear message when it cannot start', () => {
    const missing = ibid(['sources', '--corpus', '/nonexistent/ibid']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const env = spawnSync(tsx, ['src/main.ts', 'sources'], { cwd: root, env: { ...process.env, LOG_LEVEL: 'chatty', PORT: 'x', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' }, encoding: 'utf8', timeout: 60_000 });
    expect(env.status).toBe(2);
    expect(env.stderr).toMatch(/LOG_LEVEL: must be one of/);
    expect(env.stderr).toMatch(/PORT: must be a whole number/);
  });
});
