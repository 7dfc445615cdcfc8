/**
 * The background worker of webhooks and escalation: on every tick it claims due deliveries
 * (one worker per delivery across replicas), signs and sends them, records each attempt by the
 * domain's rule (`settleDelivery`: delivered, retried with backoff, or given up after 24 h with
 * the endpoint disabled and admins told), then runs the escalation sweep. A delivery claimed by a
 * process that dies is due again when its lease ends, and is sent with the same `webhook-id`.
 */
import { escalation, notifications, runSystemWrite, webhooks, type ClaimedDelivery, type RetryPolicy } from '@confab/core/domain';
import type { WebhookSettings } from '../config.js';
import type { ServerStore } from '../storage/store.js';
import { send } from './send.js';

/** Deliveries claimed per tick. */
const BATCH = 20;

/** What the worker needs. */
export interface WorkerOptions {
  store: ServerStore;
  settings: WebhookSettings;
  escalateAfterMs: number;
  /** Errors with no caller (a failed tick); the worker carries on. */
  onError: (error: Error) => void;
}

/** A running worker. */
export interface Worker {
  /** Runs one tick now (deliveries, then the sweep); resolves when it is done. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the worker; it ticks every `settings.intervalMs`. */
export function startWorker(options: WorkerOptions): Worker {
  const { store, settings } = options;
  const clock = settings.now ?? Date.now;
  const policy: RetryPolicy = settings.retry ?? webhooks.DEFAULT_RETRY;
  // A claimed delivery is due again after the longest a send can take, plus a margin.
  const leaseMs = settings.timeoutMs * 2 + 5000;
  let running: Promise<void> | null = null;
  let stopped = false;

  const deliver = async (claimed: ClaimedDelivery, now: number) => {
    const result = await send(claimed, { allowPrivate: settings.allowPrivate, timeoutMs: settings.timeoutMs, now });
    await runSystemWrite(store, (ctx) => webhooks.settleDelivery(ctx.repos, claimed, result, clock(), policy, async (endpoint, reason) => {
      const admins = await ctx.repos.people.adminIds();
      await notifications.notify(ctx, [{ type: 'webhook.disabled', item: { kind: 'webhook', id: endpoint.id }, title: endpoint.url, text: reason, to: admins }]);
    }));
  };

  const once = async () => {
    for (;;) {
      const now = clock();
      if (!await store.read((repos) => repos.webhooks?.hasDue(new Date(now).toISOString()) ?? Promise.resolve(false))) break;
      const claimed = await store.transaction((repos) => repos.webhooks?.claim(new Date(now).toISOString(), new Date(now + leaseMs).toISOString(), BATCH) ?? Promise.resolve([]));
      await Promise.all(claimed.map((c) => deliver(c, now).catch((error: Error) => options.onError(error))));
      if (claimed.length < BATCH || stopped) break;
    }
    await escalation.sweep(store, { now: clock(), afterMs: options.escalateAfterMs });
  };

  const tick = async (): Promise<void> => {
    while (running) await running;
    running = once().catch((error: Error) => options.onError(error)).finally(() => { running = null; });
    return running;
  };
  const timer = setInterval(() => { if (!stopped) void tick(); }, settings.intervalMs);
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
