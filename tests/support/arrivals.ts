/** What a fake platform has received, and a way to wait for the next matching arrival. */
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
  next(matches: (item: T) => boolean, what: string, timeoutMs = 5000, take = true): Promise<T> {
    return new Promise((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        // A waiter that gave up must not take an item that arrives later.
        timedOut = true;
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const look = () => {
        if (timedOut) return;
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
