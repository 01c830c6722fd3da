/**
 * Runs an index job inline or in a worker thread. Under tsx (development, tests) the worker loads
 * the TypeScript entry through tsx's API; once built, it loads dist's JavaScript directly.
 */
import { Worker } from 'node:worker_threads';
import { indexCorpus, type IndexHooks, type IndexJob, type IndexOutcome } from './indexer.js';
import type { ToMain, ToWorker } from './workerMessages.js';

export class IndexJobError extends Error {}

function startWorker(job: IndexJob): Worker {
  const here = import.meta.url;
  if (here.endsWith('.js')) return new Worker(new URL('./indexWorker.js', here), { workerData: job });
  const entry = new URL('./indexWorker.ts', here).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(here)}))`;
  return new Worker(boot, { eval: true, workerData: job });
}

function inWorker(job: IndexJob, hooks: IndexHooks): Promise<IndexOutcome> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: ToMain) => {
      if (message.type === 'priors') {
        const reply = (entries: ToWorker['entries']) => worker.postMessage({ type: 'priors', entries } satisfies ToWorker);
        (hooks.priorsFor ? hooks.priorsFor(message.files) : Promise.resolve([])).then(reply, () => reply([]));
      } else if (message.type === 'done') settle(() => resolve(message.outcome));
      else settle(() => reject(new IndexJobError(message.message)));
    });
    worker.once('error', (error) => settle(() => reject(new IndexJobError(`the indexing thread failed: ${error.message}`))));
    worker.once('exit', (code) => settle(() => reject(new IndexJobError(`the indexing thread stopped (exit code ${code}) before it finished`))));
  });
}

export function runIndexJob(job: IndexJob, options: { worker: boolean; hooks?: IndexHooks }): Promise<IndexOutcome> {
  if (options.worker) return inWorker(job, { ...(options.hooks?.priorsFor ? { priorsFor: options.hooks.priorsFor } : {}) });
  return indexCorpus(job, options.hooks);
}
