import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stdinKind } from '../../src/app/stdinKind.js';
import { spawnNode } from './support/child.js';

describe('stdinKind', () => {
  it('tells a terminal, input and nothing apart', () => {
    expect(stdinKind({ isTTY: true })).toBe('tty');
    const devNull = openSync('/dev/null', 'r');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ibid-stdin-')), 'commands.txt');
    writeFileSync(file, 'sources\n');
    const regular = openSync(file, 'r');
    try {
      expect(stdinKind({ fd: devNull })).toBe('none');
      expect(stdinKind({ fd: regular })).toBe('input');
    } finally {
      closeSync(devNull);
      closeSync(regular);
    }
    expect(stdinKind({ fd: 987654 })).toBe('none');
  });
});

describe('a container with no chat credentials and no -it', () => {
  it('says what to do and exits 2 instead of exiting silently', async () => {
    const child = spawnNode(['--import', 'tsx', 'src/main.ts'], { IBID_SNAPSHOT_DIR: 'off' }, 'ignore');
    expect(await child.exited).toEqual({ code: 2, signal: null });
    expect(child.stderr()).toContain('ibid has nothing to do: no chat credentials are set');
    expect(child.stderr()).toContain('docker run -it');
    expect(child.stdout()).toBe('');
  }, 30_000);

  it('still answers a command given on the command line', async () => {
    const child = spawnNode(['--import', 'tsx', 'src/main.ts', 'sources', '--json'], { IBID_SNAPSHOT_DIR: 'off' }, 'ignore');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(JSON.parse(child.stdout())).toMatchObject({ command: 'sources' });
  }, 30_000);
});
