/**
 * The cloud's request-rate limit (BITRIX24-API.md 4.6): a leaky bucket per portal, +1 per HTTP
 * request (a batch is one request), draining `drainPerSecond`; a request that would overflow
 * `capacity` is refused with 503 `QUERY_LIMIT_EXCEEDED`. Non-Enterprise plans: 50 and 2/s.
 */
export class LeakyBucket {
  private level = 0;
  private last: number;

  constructor(
    readonly capacity = 50,
    readonly drainPerSecond = 2,
    now: number = Date.now(),
  ) {
    this.last = now;
  }

  /** Counts one request; `false` when the bucket is full (the request must be refused). */
  take(now: number = Date.now()): boolean {
    this.level = Math.max(0, this.level - ((now - this.last) / 1000) * this.drainPerSecond);
    this.last = now;
    if (this.level + 1 > this.capacity) return false;
    this.level += 1;
    return true;
  }

  reset(now: number = Date.now()): void {
    this.level = 0;
    this.last = now;
  }
}
