/**
 * What stdin is, to tell a terminal session from a batch of commands from nothing at all. A
 * container started without -i gets /dev/null (a character device that is not a TTY): reading
 * it would end at once and leave a silent exit 0 behind, so it counts as "none".
 */
import { fstatSync } from 'node:fs';

export type StdinKind = 'tty' | 'input' | 'none';

export function stdinKind(stdin: { isTTY?: boolean; fd?: number } = process.stdin): StdinKind {
  if (stdin.isTTY) return 'tty';
  try {
    const info = fstatSync(stdin.fd ?? 0);
    if (info.isFIFO() || info.isFile() || info.isSocket()) return 'input';
    return 'none';
  } catch {
    // EBADF: stdin closed (e.g. `node dist/main.js <&-`).
    return 'none';
  }
}

export const NOTHING_TO_DO = [
  'ibid has nothing to do: no chat credentials are set, no command was given, and stdin is not a terminal',
  'and carries no commands (a container started without -it gets /dev/null). Either:',
  '  - set DISCORD_TOKEN + DISCORD_APPLICATION_ID, DISCORD_PUBLIC_KEY, or SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET',
  '    (see .env.example; with Docker: docker run --env-file .env …) to run the bot;',
  '  - run it interactively: docker run -it … (or in a terminal);',
  '  - give it one command: node dist/main.js quote "know your place", or pipe commands into it.',
].join('\n');
