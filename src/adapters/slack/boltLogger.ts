/**
 * Bolt, its Web API client and the Socket Mode client log through @slack/logger's interface;
 * this hands their lines to ibid's pino logger so there is one log. The level is pino's:
 * Bolt's setLevel calls are ignored.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const toBolt: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR, fatal: LogLevel.ERROR, silent: LogLevel.ERROR };

function line(parts: unknown[]): string {
  return parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
}

export function boltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: 'slack' });
  return {
    debug: (...msg: unknown[]) => child.debug(line(msg)),
    info: (...msg: unknown[]) => child.info(line(msg)),
    warn: (...msg: unknown[]) => child.warn(line(msg)),
    error: (...msg: unknown[]) => child.error(line(msg)),
    setLevel: () => {},
    getLevel: () => toBolt[logger.level] ?? LogLevel.INFO,
    setName: (name: string) => {
      child = logger.child({ component: 'slack', name });
    },
  };
}
