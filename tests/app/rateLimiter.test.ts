import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/app/rateLimiter.js';

describe('RateLimiter', () => {
  it('allows a burst, then refuses with a wait, then refills over time', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perMinute: 6, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('u1').allowed)).toEqual([true, true, true]);
    const refused = limiter.take('u1');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now += 10_000;
    expect(limiter.take('u1').allowed).toBe(true);
    expect(limiter.take('u1').allowed).toBe(false);
  });

  it('keeps users apart', () => {
    const limiter = new RateLimiter({ burst: 1, perMinute: 1, now: () => 0 });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });
});
