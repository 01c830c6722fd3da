import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/app/bot.js';
import { seedCorpusIndex } from '../support/seedCorpus.js';
import { captureLog } from './support/captureLog.js';

/** A query no log line may carry at info level: people search their reading, not for the log's reader. */
const PRIVATE = 'zephyrine marmalade';

const LINES = [
  `quote know your place ${PRIVATE}`,
  `who-said ${PRIVATE} know your place`,
  `quotes-by Erdogan ${PRIVATE}`,
  `figure ${PRIVATE} civilians`,
  'sources',
  `context spartacist-canada-191-imperialist-bloodbath-in-mosul#p17`,
  'help',
  `${PRIVATE.split(' ')[0]} is not a command`,
];

describe('one log line per command', () => {
  it('carries command, adapter, latency and result count, never the query', async () => {
    const log = captureLog({ level: 'info' });
    const bot = createBot({ corpus: await seedCorpusIndex(), logger: log.logger });
    for (const line of LINES) await bot.handleLine(line, 'terminal');
    const records = log.records();
    expect(records).toHaveLength(LINES.length);
    for (const record of records) {
      expect(record).toEqual(expect.objectContaining({ adapter: 'terminal', command: expect.any(String), latencyMs: expect.any(Number), results: expect.any(Number) }));
    }
    expect(records.map((record) => record['command'])).toEqual(['quote', 'who-said', 'quotes-by', 'figure', 'sources', 'context', 'help', '(unknown)']);
    expect(records.find((record) => record['command'] === 'sources')!['results']).toBe(bot.corpus().documents.length);
    for (const word of PRIVATE.split(' ')) expect(log.text()).not.toContain(word);
  });

  it('shows the arguments only at debug level', async () => {
    const log = captureLog({ level: 'debug' });
    const bot = createBot({ corpus: await seedCorpusIndex(), logger: log.logger });
    await bot.handleLine(`quote ${PRIVATE}`, 'slack');
    expect(log.records().filter((record) => record['level'] === 20).map((record) => JSON.stringify(record['args']))).toEqual([expect.stringContaining(PRIVATE)]);
  });
});
