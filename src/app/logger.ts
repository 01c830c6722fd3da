/** The one place a pino logger is made. Everything else receives it; tests pass a silent one. */
import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import pretty from 'pino-pretty';
import { CENSOR, Redactor } from './redact.js';

export interface LoggerOptions {
  level: LevelWithSilent;
  /** Human-readable lines (development, terminal) instead of JSON (production). */
  pretty: boolean;
  /** File descriptor to write to: 2 (stderr) keeps stdout clean for answers and --json. */
  fd?: number;
  /** Write here instead of a file descriptor (tests read what was logged). */
  destination?: NodeJS.WritableStream & DestinationStream;
  /** Configured secret values, hidden wherever they appear (see redact.ts for what else is). */
  secrets?: readonly (string | null | undefined)[];
}

/**
 * Never write these to a log. pino applies these paths after formatters.log (the Redactor), which
 * has already censored every string or object under a secret-named key; what they still catch is
 * a number or boolean there, which the Redactor leaves as it is.
 */
export const REDACTED_PATHS = [
  'token', '*.token', 'botToken', '*.botToken', 'appToken', '*.appToken', 'signingSecret', '*.signingSecret',
  'clientSecret', '*.clientSecret', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
  'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'SLACK_BOT_TOKEN', '*.SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', '*.SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET', '*.SLACK_SIGNING_SECRET', 'SLACK_CLIENT_SECRET', '*.SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', '*.SLACK_STATE_SECRET',
];

export function createLogger(options: LoggerOptions): Logger {
  const redactor = new Redactor(options.secrets ?? []);
  const base = {
    level: options.level,
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
    // formatters.log has already turned errors into scrubbed plain objects; pino's own err
    // serializer would rename their type to "Object".
    serializers: { err: (value: unknown) => (value instanceof Error ? redactor.value(value) : value) },
    formatters: {
      log: (object: Record<string, unknown>) => redactor.value(object) as Record<string, unknown>,
      bindings: (bindings: Record<string, unknown>) => redactor.value(bindings) as Record<string, unknown>,
    },
    hooks: {
      // Messages and %s arguments are strings outside the logged object: scrub them too.
      logMethod(this: Logger, args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactor.text(arg) : arg)));
      },
    },
  };
  const fd = options.fd ?? 2;
  if (options.pretty) {
    const target = options.destination ?? pino.destination({ fd, sync: true });
    return pino(base, pretty({ destination: target, sync: true, colorize: false, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' }));
  }
  return pino(base, options.destination ?? pino.destination({ fd, sync: true }));
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
