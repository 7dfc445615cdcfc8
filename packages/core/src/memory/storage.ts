/** The domain's `Storage` in memory: one transaction at a time; events are delivered after it ends well. */
import type { Repositories, Storage } from '../domain/repositories.js';
import { memoryRepositories, type MemoryTransaction } from './repositories.js';
import type { Store } from './store.js';
import type { ModerationPolicy } from '../moderation.js';

/**
 * Runs reads at once and transactions one after another. A failed transaction delivers no
 * events and releases the idempotency keys it claimed; the domain checks everything before it
 * changes data, so a refused write changes nothing.
 */
export class MemoryStorage implements Storage {
  private readonly readRepos: Repositories;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly store: Store, readonly policy: Partial<ModerationPolicy> = {}) {
    this.readRepos = memoryRepositories(store, null);
  }

  read<T>(fn: (repos: Repositories) => Promise<T>): Promise<T> {
    return fn(this.readRepos);
  }

  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T> {
    const run = async () => {
      const tx: MemoryTransaction = { events: [], claimed: [] };
      try {
        const result = await fn(memoryRepositories(this.store, tx));
        this.store.publish(tx.events);
        return result;
      } catch (error) {
        for (const key of tx.claimed) this.store.idempotency.delete(key);
        throw error;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
