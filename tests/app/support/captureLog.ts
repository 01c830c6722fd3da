/** The real logger (createLogger) writing into memory, so tests read exactly what would be logged. */
import { Writable } from 'node:stream';
import type { LevelWithSilent, Logger } from 'pino';
import { createLogger } from '../../../src/app/logger.js';

export interface CapturedLog {
  logger: Logger;
  /** Everything written so far. */
  text(): string;
  /** JSON lines parsed (JSON mode only). */
  records(): Record<string, unknown>[];
}

export function captureLog(options: { pretty?: boolean; level?: LevelWithSilent; secrets?: string[] } = {}): CapturedLog {
  let out = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  const logger = createLogger({ level: options.level ?? 'info', pretty: options.pretty ?? false, destination: destination as never, ...(options.secrets ? { secrets: options.secrets } : {}) });
  return {
    logger,
    text: () => out,
    records: () =>
      out
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
