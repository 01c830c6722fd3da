/** Memory after a full collection, for the bench and the load test. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** global.gc when node runs with --expose-gc; otherwise the flag is switched on at run time. */
function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}
const gc = findGc();
export const canCollectGarbage = gc !== undefined;

/** Two collections (the second frees what finalisers of the first let go), then the figures. */
export function settledMemory(): NodeJS.MemoryUsage {
  gc?.();
  gc?.();
  return process.memoryUsage();
}
