/** A sliding-window limit per key (a user, an address): `max` requests per `windowMs`, then 429 with `Retry-After`. */
import { RateLimitedError } from '@confab/core';

/** Counts requests per key in memory (per process); `what` names them in the error ("writes", "searches"). */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly max: number, private readonly windowMs: number, private readonly what = 'writes') {}

  /** Records one request by `key`; throws `RateLimitedError` when over the limit (the refused request is not counted). */
  hit(key: string, now = Date.now()): void {
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length >= this.max) {
      this.hits.set(key, list);
      const retryAfter = Math.max(1, Math.ceil(((list[0] ?? now) + this.windowMs - now) / 1000));
      throw new RateLimitedError(retryAfter, `Too many ${this.what}; try again in ${retryAfter} s`);
    }
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 10_000) this.prune(since);
  }

  private prune(since: number): void {
    for (const [key, list] of this.hits) if (!list.some((t) => t > since)) this.hits.delete(key);
  }
}
