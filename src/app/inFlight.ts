/**
 * What a graceful shutdown waits for: commands being answered, and the requests that carry
 * answers out (Slack's response_url and Web API over node:http, Discord's REST over undici).
 * Outgoing requests are seen through Node's diagnostics channels, so no adapter has to report them.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import type { Bot } from './bot.js';

type Listener = (message: unknown) => void;

/**
 * A command stays counted this long after its answer is ready: rendering and handing the answer
 * to the HTTP client happen right after (promise steps, no timers), and the outgoing request is
 * counted from then on. Without the overlap, shutdown could see a gap and leave too early.
 */
const HANDOFF_MS = 100;

export class InFlight {
  private commands = 0;
  private readonly outgoing = new Set<object>();
  private waiters: (() => void)[] = [];
  private readonly subscriptions: [string, Listener][] = [];

  get count(): { commands: number; outgoing: number } {
    return { commands: this.commands, outgoing: this.outgoing.size };
  }

  get idle(): boolean {
    return this.commands === 0 && this.outgoing.size === 0;
  }

  private settle(): void {
    if (!this.idle) return;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Runs `work` as one command in flight. */
  async command<T>(work: () => Promise<T>): Promise<T> {
    this.commands++;
    try {
      return await work();
    } finally {
      setTimeout(() => {
        this.commands--;
        this.settle();
      }, HANDOFF_MS).unref();
    }
  }

  /** The same bot, with every command counted while it runs. */
  track(bot: Bot): Bot {
    return {
      commands: bot.commands,
      corpus: () => bot.corpus(),
      replaceCorpus: (next) => bot.replaceCorpus(next),
      handle: (request, adapter) => this.command(() => bot.handle(request, adapter)),
      handleLine: (line, adapter) => this.command(() => bot.handleLine(line, adapter)),
    };
  }

  private on(channel: string, listener: Listener): void {
    subscribe(channel, listener);
    this.subscriptions.push([channel, listener]);
  }

  private finish(request: object): void {
    if (this.outgoing.delete(request)) this.settle();
  }

  /** Starts counting outgoing HTTP requests made anywhere in this process. */
  watchOutgoing(): void {
    if (this.subscriptions.length > 0) return;
    this.on('http.client.request.start', (message) => {
      const request = (message as { request: ClientRequest }).request;
      this.outgoing.add(request);
      request.once('close', () => this.finish(request));
    });
    this.on('undici:request:create', (message) => void this.outgoing.add((message as { request: object }).request));
    this.on('undici:request:trailers', (message) => this.finish((message as { request: object }).request));
    this.on('undici:request:error', (message) => this.finish((message as { request: object }).request));
  }

  stopWatching(): void {
    for (const [channel, listener] of this.subscriptions.splice(0)) unsubscribe(channel, listener);
  }

  /** True once nothing is in flight; false if `timeoutMs` passed first. */
  waitIdle(timeoutMs: number): Promise<boolean> {
    if (this.idle) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== done);
        resolve(false);
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(done);
    });
  }
}
