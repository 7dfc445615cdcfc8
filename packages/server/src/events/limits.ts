/**
 * Caps on concurrent live streams in one process: per signed-in user and per client address
 * (`CONFAB_MAX_STREAMS_PER_USER`, `CONFAB_MAX_STREAMS_PER_ADDRESS`), so one account or one host
 * cannot hold every connection. Over a cap, a new stream gets 429 with `Retry-After`.
 */
import { RateLimitedError } from '@confab/core';

const RETRY_AFTER_S = 5;

/** Counts open streams by user and by address. */
export class StreamLimits {
  private readonly byUser = new Map<string, number>();
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly limits: { perUser: number; perAddress: number }) {}

  /** Counts one more stream, or throws `RateLimitedError`; returns the function that releases it (once). */
  acquire(userId: string | null, address: string): () => void {
    if ((this.byAddress.get(address) ?? 0) >= this.limits.perAddress) {
      throw new RateLimitedError(RETRY_AFTER_S, `Too many live streams from this address (at most ${this.limits.perAddress})`);
    }
    if (userId !== null && (this.byUser.get(userId) ?? 0) >= this.limits.perUser) {
      throw new RateLimitedError(RETRY_AFTER_S, `Too many live streams for this user (at most ${this.limits.perUser}); close another tab or try again`);
    }
    bump(this.byAddress, address, 1);
    if (userId !== null) bump(this.byUser, userId, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      bump(this.byAddress, address, -1);
      if (userId !== null) bump(this.byUser, userId, -1);
    };
  }
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}
