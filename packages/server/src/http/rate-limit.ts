/** A per-user sliding-window limit on writes: `max` writes per `windowMs`, then 429 with `Retry-After`. */
import { RateLimitedError } from '@confab/core';

/** Counts writes per user in memory (per process). */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly max: number, private readonly windowMs: number) {}

  /** Records one write by `key`; throws `RateLimitedError` when over the limit (the write is not counted). */
  hit(key: string, now = Date.now()): void {
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length >= this.max) {
      this.hits.set(key, list);
      const retryAfter = Math.max(1, Math.ceil(((list[0] ?? now) + this.windowMs - now) / 1000));
      throw new RateLimitedError(retryAfter, `Too many writes; try again in ${retryAfter} s`);
    }
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 10_000) this.prune(since);
  }

  private prune(since: number): void {
    for (const [key, list] of this.hits) if (!list.some((t) => t > since)) this.hits.delete(key);
  }
}
