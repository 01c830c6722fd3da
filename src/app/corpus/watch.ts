/**
 * Watches the corpus directory (node:fs watch, recursive) and calls `onChange` once a burst of
 * changes has gone quiet. Hidden files (editor swap files, .git) are ignored, as the loader ignores
 * them. A watch that breaks (the directory removed, too many watches) is retried; an optional poll
 * covers volumes that deliver no events (some network and container mounts).
 */
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';

export interface WatchOptions {
  debounceMs: number;
  /** A steady stream of changes still reloads this often (default 10 × debounce). */
  maxWaitMs?: number;
  /** Also call onChange every this many seconds; 0 never. */
  pollSeconds?: number;
  /** How long to wait before watching again after the watch broke (default 5 s). */
  retryMs?: number;
  logger: Logger;
  onChange: (why: string) => void;
}

export interface CorpusWatcher {
  close(): void;
}

const isHidden = (file: string) => file.split(/[\\/]/).some((part) => part.startsWith('.'));

export function watchCorpus(dir: string, options: WatchOptions): CorpusWatcher {
  const maxWaitMs = options.maxWaitMs ?? options.debounceMs * 10;
  let watcher: FSWatcher | null = null;
  let debounce: NodeJS.Timeout | undefined;
  let firstChangeAt = 0;
  let pending: string | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const fire = () => {
    debounce = undefined;
    const why = pending ?? 'changed';
    pending = null;
    firstChangeAt = 0;
    if (!closed) options.onChange(why);
  };

  const changed = (why: string) => {
    const now = Date.now();
    pending ??= why;
    if (firstChangeAt === 0) firstChangeAt = now;
    clearTimeout(debounce);
    const wait = Math.max(0, Math.min(options.debounceMs, firstChangeAt + maxWaitMs - now));
    debounce = setTimeout(fire, wait);
  };

  const start = (): void => {
    try {
      watcher = watch(dir, { recursive: true, persistent: false }, (_event, file) => {
        const name = file ? String(file) : '';
        if (name && isHidden(name)) return;
        changed(name ? `${name} changed` : 'changed');
      });
      watcher.on('error', (error) => broke(error));
    } catch (error) {
      broke(error as Error);
    }
  };

  const broke = (error: Error) => {
    watcher?.close();
    watcher = null;
    if (closed) return;
    const retryMs = options.retryMs ?? 5000;
    options.logger.warn({ err: error, dir, retryInMs: retryMs }, `cannot watch the corpus directory (${error.message}); trying again in ${Math.round(retryMs / 1000)} s`);
    retry = setTimeout(() => {
      start();
      // Whatever happened while unwatched is picked up by one reload.
      if (watcher) changed('watch restored');
    }, retryMs);
    retry.unref();
  };

  start();
  const poll = options.pollSeconds ? setInterval(() => changed('poll'), options.pollSeconds * 1000) : undefined;
  poll?.unref();

  return {
    close() {
      closed = true;
      clearTimeout(debounce);
      clearTimeout(retry);
      clearInterval(poll);
      watcher?.close();
    },
  };
}
