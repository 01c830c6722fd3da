/** What a fake has received, and a way to wait for the next matching arrival. */
export class Arrivals<T> {
  readonly items: T[] = [];
  private readonly taken = new Set<T>();
  private waiters: (() => void)[] = [];

  add(item: T): void {
    this.items.push(item);
    for (const wake of this.waiters.splice(0)) wake();
  }

  /**
   * The first arrival (already here or still to come) that matches and has not been taken yet.
   * `take: false` leaves it for later calls (an ack can be looked at twice).
   */
  next(matches: (item: T) => boolean, timeoutMs: number, what: string, take = true): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what} within ${timeoutMs} ms`)), timeoutMs);
      const look = () => {
        const found = this.items.find((item) => matches(item) && !this.taken.has(item));
        if (!found) return void this.waiters.push(look);
        if (take) this.taken.add(found);
        clearTimeout(timer);
        resolve(found);
      };
      look();
    });
  }
}
