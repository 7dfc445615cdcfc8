/**
 * The rule after each attempt to send a webhook delivery: delivered on a 2xx, else retried with
 * exponential backoff, and given up after 24 hours, when the endpoint is disabled and admins told.
 */
import type { ClaimedDelivery, StoredWebhookEndpoint, WebhookRepository } from './webhooks.js';

/** When to retry and when to give up. */
export interface RetryPolicy {
  /** Delay before attempt `attempts + 1` after `attempts` failed ones, in ms. */
  backoffMs(attempts: number): number;
  /** Deliveries older than this that still fail are given up, and their endpoint disabled (24 h). */
  maxAgeMs: number;
}

/** Exponential backoff: 30 s, 1 min, 2 min … doubling up to 4 h between attempts, retried for up to 24 hours. */
export const DEFAULT_RETRY: RetryPolicy = {
  backoffMs: (attempts) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 4 * 3600_000),
  maxAgeMs: 24 * 3600_000,
};

/** What sending one attempt gave: the receiver's status (null when it never answered) and how long it took. */
export interface AttemptResult {
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
}

/**
 * The rule after an attempt: a 2xx delivers; otherwise the delivery is retried after the policy's
 * backoff, unless it is older than `maxAgeMs`: then it fails for good, its endpoint is disabled
 * (pending deliveries failed too) and every admin is told ('webhook.disabled', through `tellAdmins`).
 * Returns whether the endpoint was disabled.
 */
export async function settleDelivery(
  repos: { webhooks?: WebhookRepository },
  claimed: ClaimedDelivery,
  result: AttemptResult,
  now: number,
  policy: RetryPolicy,
  tellAdmins: (endpoint: StoredWebhookEndpoint, reason: string) => Promise<void>,
): Promise<boolean> {
  const repo = repos.webhooks;
  if (!repo) return false;
  const at = new Date(now).toISOString();
  const base = { at, responseStatus: result.responseStatus, durationMs: result.durationMs, error: result.error };
  if (result.responseStatus !== null && result.responseStatus >= 200 && result.responseStatus < 300) {
    await repo.settle(claimed.id, { ...base, status: 'delivered', nextAttemptAt: null });
    return false;
  }
  if (now - Date.parse(claimed.createdAt) < policy.maxAgeMs) {
    await repo.settle(claimed.id, { ...base, status: 'pending', nextAttemptAt: new Date(now + policy.backoffMs(claimed.attempts)).toISOString() });
    return false;
  }
  await repo.settle(claimed.id, { ...base, status: 'failed', nextAttemptAt: null });
  const endpoint = await repo.get(claimed.endpointId);
  if (!endpoint || !endpoint.enabled) return false;
  const hours = Math.round(policy.maxAgeMs / 3600_000);
  const reason = `Disabled after deliveries failed for ${hours >= 1 ? `${hours} h` : `${Math.round(policy.maxAgeMs / 1000)} s`} (last: ${result.responseStatus ?? result.error ?? 'no answer'})`;
  await repo.update(endpoint.id, { enabled: false, disabledReason: reason.slice(0, 500) });
  await repo.failPending(endpoint.id, 'The endpoint was disabled', at);
  await tellAdmins(endpoint, reason);
  return true;
}
