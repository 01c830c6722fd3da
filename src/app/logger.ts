/** The one place a pino logger is made. Everything else receives it; tests pass a silent one. */
import { pino, type Logger, type LevelWithSilent } from 'pino';
import pretty from 'pino-pretty';

export interface LoggerOptions {
  level: LevelWithSilent;
  /** Human-readable lines (development, terminal) instead of JSON (production). */
  pretty: boolean;
  /** File descriptor to write to: 2 (stderr) keeps stdout clean for answers and --json. */
  fd?: number;
}

/** Never write these to a log, however deeply they sit in a logged object. */
export const REDACTED_PATHS = [
  'token', '*.token', 'botToken', '*.botToken', 'appToken', '*.appToken', 'signingSecret', '*.signingSecret',
  'clientSecret', '*.clientSecret', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
  'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'SLACK_BOT_TOKEN', '*.SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', '*.SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET', '*.SLACK_SIGNING_SECRET', 'SLACK_CLIENT_SECRET', '*.SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', '*.SLACK_STATE_SECRET',
];

export function createLogger(options: LoggerOptions): Logger {
  const base = { level: options.level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  const fd = options.fd ?? 2;
  if (options.pretty) return pino(base, pretty({ destination: fd, sync: true, colorize: false, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' }));
  return pino(base, pino.destination({ fd, sync: true }));
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
