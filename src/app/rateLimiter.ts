/**
 * Per-user rate limiting shared by the chat adapters: a token bucket per key (platform + user).
 * A burst is allowed; a steady flood is refused with how long to wait.
 */

export interface RateLimitOptions {
  /** Commands a user may send at once. */
  burst: number;
  /** Tokens added back per minute. */
  perMinute: number;
  /** Injected clock, so tests need no real waiting. */
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  take(key: string): RateDecision {
    const now = this.now();
    const refillPerMs = this.options.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updatedAt: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.updatedAt) * refillPerMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    this.forgetIdle(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
  }

  /** Full buckets carry no information; dropping them keeps memory flat in a busy server. */
  private forgetIdle(now: number): void {
    if (this.buckets.size < 10_000) return;
    const fullAfterMs = this.options.burst / (this.options.perMinute / 60_000);
    for (const [key, bucket] of this.buckets) if (now - bucket.updatedAt > fullAfterMs) this.buckets.delete(key);
  }
}
