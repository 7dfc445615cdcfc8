/** Deletes what is kept only for a while: live events past `CONFAB_EVENT_RETENTION`, idempotency records past a week. */
import type { ServerStore } from '../storage/store.js';

/** Idempotency records outlive any retry or offline outbox worth honouring by far after a week. */
const IDEMPOTENCY_TTL_MS = 7 * 24 * 3600 * 1000;
const EVERY_MS = 3600 * 1000;

/** Prunes now and then every hour; harmless when several replicas do it. Returns the function that stops it. */
export function startRetention(store: ServerStore, eventRetentionMs: number, log: (error: unknown) => void): () => void {
  const run = async () => {
    const now = Date.now();
    await store.events.prune(new Date(now - eventRetentionMs).toISOString());
    await store.pruneIdempotency(new Date(now - IDEMPOTENCY_TTL_MS).toISOString());
  };
  let running = run().catch(log);
  const timer = setInterval(() => { running = running.then(run).catch(log); }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
