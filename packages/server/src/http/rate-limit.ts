/** A sliding-window limit per key (a user, an address): `max` requests per `windowMs`, then 429 with `Retry-After`. */
import { RateLimitedError } from '@confab/core';

/**
 * The times of one key's counted requests, oldest first: `times[head…]` are live; the expired
 * ones before `head` are dropped in one go once they are half the array (O(1) per request
 * however high the limit).
 */
interface Window {
  times: number[];
  head: number;
}

/** Counts requests per key in memory (per process); `what` names them in the error ("writes", "searches"). */
export class RateLimiter {
  private readonly hits = new Map<string, Window>();

  constructor(private readonly max: number, private readonly windowMs: number, private readonly what = 'writes') {}

  /** Records one request by `key`; throws `RateLimitedError` when over the limit (the refused request is not counted). */
  hit(key: string, now = Date.now()): void {
    const since = now - this.windowMs;
    let w = this.hits.get(key);
    if (!w) this.hits.set(key, (w = { times: [], head: 0 }));
    while (w.head < w.times.length && (w.times[w.head] as number) <= since) w.head++;
    if (w.head > 64 && w.head * 2 > w.times.length) {
      w.times = w.times.slice(w.head);
      w.head = 0;
    }
    if (w.times.length - w.head >= this.max) {
      const retryAfter = Math.max(1, Math.ceil(((w.times[w.head] ?? now) + this.windowMs - now) / 1000));
      throw new RateLimitedError(retryAfter, `Too many ${this.what}; try again in ${retryAfter} s`);
    }
    // Times come from one clock; one that went backwards is counted as the newest so far.
    w.times.push(Math.max(now, w.times[w.times.length - 1] ?? now));
    if (this.hits.size > 10_000) this.prune(since);
  }

  private prune(since: number): void {
    for (const [key, w] of this.hits) if (!((w.times[w.times.length - 1] ?? 0) > since)) this.hits.delete(key);
  }
}
