import { afterEach, describe, expect, it } from 'vitest';
import { watchCorpus, type CorpusWatcher } from '../../../src/app/corpus/watch.js';
import { silentLogger } from '../../../src/app/logger.js';
import { tempCorpus, type TempCorpus } from '../support/tempCorpus.js';

let corpus: TempCorpus;
let watcher: CorpusWatcher | undefined;
afterEach(() => {
  watcher?.close();
  corpus?.cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `calls` has `n` items, or after `ms` (so a test can also assert that nothing came). */
async function waitFor(calls: unknown[], n: number, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (calls.length < n && Date.now() < until) await sleep(10);
}

describe('watchCorpus', () => {
  it('turns a burst of saves into one change, once they go quiet', async () => {
    corpus = tempCorpus({ 'a.md': 'one' });
    const calls: string[] = [];
    watcher = watchCorpus(corpus.dir, { debounceMs: 80, logger: silentLogger(), onChange: (why) => calls.push(why) });
    for (let i = 0; i < 5; i++) {
      corpus.write('a.md', `version ${i}`);
      await sleep(10);
    }
    await waitFor(calls, 1);
    await sleep(200);
    expect(calls).toEqual([expect.stringContaining('a.md')]);
  });

  it('sees files in subdirectories, and ignores hidden ones (swap files, .git)', async () => {
    corpus = tempCorpus({ 'sub/b.md': 'one' });
    const calls: string[] = [];
    watcher = watchCorpus(corpus.dir, { debounceMs: 30, logger: silentLogger(), onChange: (why) => calls.push(why) });
    corpus.write('.a.md.swp', 'editor noise');
    corpus.write('.git/index', 'noise');
    await sleep(200);
    expect(calls).toEqual([]);
    corpus.write('sub/b.md', 'two');
    await waitFor(calls, 1);
    expect(calls).toEqual([expect.stringContaining('b.md')]);
  });

  it('still fires under a steady stream of changes, at the latest after maxWaitMs', async () => {
    corpus = tempCorpus({ 'a.md': 'one' });
    const calls: string[] = [];
    watcher = watchCorpus(corpus.dir, { debounceMs: 100, maxWaitMs: 250, logger: silentLogger(), onChange: (why) => calls.push(why) });
    const started = Date.now();
    while (Date.now() - started < 600) {
      corpus.write('a.md', String(Date.now()));
      await sleep(20);
    }
    expect(calls.length).toBeGreaterThanOrEqual(1);
  });

  it('polls when asked, and stops everything on close', async () => {
    corpus = tempCorpus({ 'a.md': 'one' });
    const calls: string[] = [];
    watcher = watchCorpus(corpus.dir, { debounceMs: 10, pollSeconds: 0.05, logger: silentLogger(), onChange: (why) => calls.push(why) });
    await waitFor(calls, 2);
    expect(calls.slice(0, 2)).toEqual(['poll', 'poll']);
    watcher.close();
    const count = calls.length;
    corpus.write('a.md', 'two');
    await sleep(200);
    expect(calls.length).toBe(count);
  });
});
