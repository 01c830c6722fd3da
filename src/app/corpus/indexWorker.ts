/**
 * Worker-thread entry: indexes the corpus off the main thread, so a server keeps answering (and
 * /healthz keeps saying so) while a large corpus is parsed. The search arrays are transferred,
 * not copied; entries the main thread already holds are sent as references.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileEntry } from './entries.js';
import { indexCorpus, type IndexJob } from './indexer.js';
import type { ToMain, ToWorker } from './workerMessages.js';
import { transferablesOf } from './transfer.js';

const port = parentPort!;
const send = (message: ToMain, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

function priorsFor(files: { file: string; id: string }[]): Promise<FileEntry[]> {
  return new Promise((resolve) => {
    const onReply = (message: ToWorker) => {
      if (message.type !== 'priors') return;
      port.off('message', onReply);
      resolve(message.entries);
    };
    port.on('message', onReply);
    send({ type: 'priors', files });
  });
}

try {
  const outcome = await indexCorpus(workerData as IndexJob, { priorsFor });
  send({ type: 'done', outcome }, outcome.unchanged ? [] : transferablesOf(outcome.search));
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
