interface Waiter<T> {
  matches(item: T): boolean;
  take: boolean;
  resolve(item: T): void;
}

/** What a fake platform has received, and a way to wait for the next matching arrival. */
export class Arrivals<T> {
  readonly items: T[] = [];
  /** Arrivals no call has taken yet, oldest first: all a new wait needs to search. */
  private untaken: T[] = [];
  /** Waits still open, in the order they began: each arrival is offered to them in turn. */
  private waiters: Waiter<T>[] = [];

  add(item: T): void {
    this.items.push(item);
    // A waiter had already searched everything earlier, so only the new item can end its wait.
    for (const waiter of [...this.waiters]) {
      if (!waiter.matches(item)) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(item);
      if (waiter.take) return;
    }
    this.untaken.push(item);
  }

  /** Forgets everything received, taken or not (a long run need not keep it); open waits go on. */
  clear(): void {
    this.items.length = 0;
    this.untaken = [];
  }

  /**
   * The first arrival (already here or still to come) that matches and has not been taken yet.
   * `take: false` leaves it for later calls (an ack can be looked at twice).
   */
  next(matches: (item: T) => boolean, what: string, timeoutMs = 5000, take = true): Promise<T> {
    const at = this.untaken.findIndex(matches);
    if (at >= 0) {
      const found = this.untaken[at]!;
      if (take) this.untaken.splice(at, 1);
      return Promise.resolve(found);
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter<T> = {
        matches,
        take,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      const timer = setTimeout(() => {
        // A waiter that gave up must not take an item that arrives later.
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}
