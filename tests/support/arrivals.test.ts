import { describe, expect, it } from 'vitest';
import { Arrivals } from './arrivals.js';

describe('Arrivals (test support for the platform fakes)', () => {
  it('gives each matching arrival once, whether it came before or after the wait', async () => {
    const arrivals = new Arrivals<number>();
    arrivals.add(1);
    const later = arrivals.next((n) => n > 1, 'a number over 1');
    arrivals.add(2);
    expect(await arrivals.next((n) => n >= 1, 'a number')).toBe(1);
    expect(await later).toBe(2);
  });

  it('leaves an item for others when a wait has timed out, and can peek without taking', async () => {
    const arrivals = new Arrivals<string>();
    await expect(arrivals.next((s) => s === 'x', 'an x', 10)).rejects.toThrow('no an x within 10 ms');
    arrivals.add('x');
    expect(await arrivals.next((s) => s === 'x', 'an x', 1000, false)).toBe('x');
    expect(await arrivals.next((s) => s === 'x', 'an x')).toBe('x');
  });

  it('forgets what it received on clear(), taken or not, and still serves later waits', async () => {
    const arrivals = new Arrivals<string>();
    arrivals.add('old');
    const waiting = arrivals.next((s) => s === 'new', 'a new one');
    arrivals.clear();
    expect(arrivals.items).toEqual([]);
    await expect(arrivals.next((s) => s === 'old', 'the old one', 10)).rejects.toThrow('no the old one within 10 ms');
    arrivals.add('new');
    expect(await waiting).toBe('new');
  });
});
