/**
 * Graceful shutdown on SIGTERM/SIGINT, in order: say "not ready", stop taking commands (close the
 * HTTP listener, disconnect the gateways), let commands in flight finish and their answers leave,
 * close what is left, exit 0. A second signal, or the deadline, ends it at once.
 */
import type { Logger } from 'pino';

export interface ShutdownStep {
  name: string;
  run: () => Promise<void> | void;
}

export interface ShutdownPlan {
  /** Stop new work arriving (readiness off, listeners closed, gateways disconnected). */
  stopIntake: ShutdownStep[];
  /** Resolves when work in flight is done (or gives up itself). */
  drain: (deadlineMs: number) => Promise<boolean>;
  /** Close whatever is still open. */
  close: ShutdownStep[];
}

async function runSteps(steps: readonly ShutdownStep[], logger: Logger): Promise<void> {
  await Promise.all(
    steps.map(async (step) => {
      try {
        await step.run();
      } catch (error) {
        logger.warn({ err: error, step: step.name }, `shutdown: ${step.name} failed`);
      }
    }),
  );
}

/** Runs the plan once; resolves with the exit code (0, or 1 when the deadline cut work off). */
export async function shutDown(plan: ShutdownPlan, logger: Logger, timeoutMs: number, signal: string): Promise<number> {
  const started = Date.now();
  logger.info({ signal, timeoutMs }, 'shutting down: no new commands; finishing those in flight');
  await runSteps(plan.stopIntake, logger);
  const drained = await plan.drain(Math.max(0, timeoutMs - (Date.now() - started)));
  if (!drained) logger.warn({ timeoutMs }, 'shutdown: some work was still in flight at the deadline');
  await runSteps(plan.close, logger);
  logger.info({ ms: Date.now() - started }, 'stopped');
  return drained ? 0 : 1;
}

/** Calls `onSignal` on the first SIGTERM or SIGINT; a second one exits at once. */
export function onShutdownSignals(onSignal: (signal: NodeJS.Signals) => void, logger: Logger, signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): () => void {
  let received = false;
  const handler = (signal: NodeJS.Signals) => {
    if (received) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    received = true;
    onSignal(signal);
  };
  for (const signal of signals) process.on(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}
