/** A real bot whose handle() a test can hold back (to force a deferred answer) or make throw once. */
import type { Bot } from '../../../../src/app/bot.js';

export interface GatedBot {
  bot: Bot;
  /** Holds every command until the returned release() is called. */
  hold(): () => void;
  /** The next command throws 'injected failure'. */
  failNext(): void;
}

export function gatedBot(real: Bot): GatedBot {
  let gate: Promise<void> | null = null;
  let failNext = false;
  const bot: Bot = {
    ...real,
    async handle(request, adapter) {
      if (gate) await gate;
      if (failNext) {
        failNext = false;
        throw new Error('injected failure');
      }
      return real.handle(request, adapter);
    },
  };
  return {
    bot,
    hold() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
    failNext() {
      failNext = true;
    },
  };
}
