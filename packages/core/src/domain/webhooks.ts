/**
 * The rules of signed webhooks (Standard Webhooks): admins manage endpoints (a URL, the change
 * types it receives, a `whsec_` secret that can be rotated); every change a write emits becomes a
 * delivery of each subscribed, enabled endpoint in the SAME transaction as the change (the outbox,
 * `enqueueWebhooks`), which a background worker sends. Repositories store; the rules are here.
 *
 * URLs: the domain checks only their form (http/https, no credentials, length). Refusing loopback
 * and private addresses (SSRF) is the sender's job, since only it resolves names and connects:
 * the reference server refuses them when an endpoint is saved and again at every delivery
 * (`packages/server/src/webhooks/ssrf.ts`, off with `CONFAB_WEBHOOK_ALLOW_PRIVATE=1`);
 * `MemoryAdapter` never sends, so it accepts any well-formed URL.
 */
import { NotFoundError, ValidationError } from '../errors.js';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_LIMITS, type ChangeType, type Id, type IsoDate, type Page, type WebhookDelivery, type WebhookEndpoint, type WebhookEndpointWithSecret, type WebhookInput } from '../types.js';
import { requireAdmin, type ReadCtx, type WriteCtx } from './context.js';
import type { NewEvent } from './repositories.js';
import { visibleEvent } from './visibility.js';

export { DEFAULT_RETRY, settleDelivery, type AttemptResult, type RetryPolicy } from './webhook-delivery.js';
/** The public webhook types live in `../types.ts` (issue 15); re-exported here for existing importers. */
export type { WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret, WebhookInput } from '../types.js';

// The vocabulary and limits of endpoints are public (the admin widget lists the types): in `../types.ts`.
export { WEBHOOK_EVENT_TYPES, WEBHOOK_LIMITS };

/** How long the previous secret keeps signing after a rotation, by default (24 h). */
export const ROTATION_GRACE_MS = 24 * 3600 * 1000;

/** An endpoint with its signing secrets, as stored (the worker signs with both during a rotation). */
export interface StoredWebhookEndpoint extends WebhookEndpoint {
  secret: string;
  previousSecret: string | null;
}

/** Checked endpoint fields. */
export interface CheckedWebhook {
  url: string;
  events: ChangeType[];
  description: string;
}

/** A new delivery, as `enqueueWebhooks` creates it. */
export interface NewWebhookDelivery {
  id: Id;
  endpointId: Id;
  eventType: ChangeType;
  /** The exact body that is signed and sent. */
  payload: string;
  createdAt: IsoDate;
}

/** Webhook endpoints and their delivery outbox. */
export interface WebhookRepository {
  list(): Promise<StoredWebhookEndpoint[]>;
  get(id: Id): Promise<StoredWebhookEndpoint | null>;
  create(fields: CheckedWebhook & { secret: string }): Promise<StoredWebhookEndpoint>;
  /** Replaces the given fields; `enabled: true` clears the disabled reason. */
  update(id: Id, fields: Partial<CheckedWebhook> & { enabled?: boolean; disabledReason?: string | null }): Promise<void>;
  /** Removes the endpoint and its deliveries. */
  remove(id: Id): Promise<void>;
  /** Stores a new secret; the previous one signs too until `previousUntil`. */
  rotate(id: Id, secret: string, previousSecret: string, previousUntil: IsoDate): Promise<void>;
  /** The enabled endpoints, oldest first. */
  enabled(): Promise<StoredWebhookEndpoint[]>;
  /** Stores deliveries as pending, due at once. */
  enqueue(deliveries: NewWebhookDelivery[]): Promise<void>;
  /** An endpoint's deliveries, newest first. */
  deliveries(endpointId: Id, query: { cursor?: string; limit: number }): Promise<Page<WebhookDelivery>>;

  // The worker's side.
  /** Whether any delivery of an enabled endpoint is due at `now` (a read, so an idle worker writes nothing). */
  hasDue(now: IsoDate): Promise<boolean>;
  /**
   * Claims up to `limit` pending deliveries of enabled endpoints due at `now`, oldest first: each
   * is counted as one more attempt and not due again before `leaseUntil` (so a worker that dies
   * mid-send leaves it to be retried, with the same id). Concurrent workers never claim the same
   * delivery (`FOR UPDATE SKIP LOCKED` on PostgreSQL).
   */
  claim(now: IsoDate, leaseUntil: IsoDate, limit: number): Promise<ClaimedDelivery[]>;
  /** Records the outcome of an attempt: delivered, failed for good, or pending again at `nextAttemptAt`. */
  settle(id: Id, outcome: SettledDelivery): Promise<void>;
  /** Marks every pending delivery of an endpoint failed (`error` says why). */
  failPending(endpointId: Id, error: string, at: IsoDate): Promise<void>;
}

/** A delivery a worker claimed, with what it needs to sign and send it. */
export interface ClaimedDelivery {
  id: Id;
  endpointId: Id;
  url: string;
  /** Secrets that sign it now: the current one, and the previous one during a rotation. */
  secrets: string[];
  payload: string;
  /** The attempt this is (1 for the first). */
  attempts: number;
  createdAt: IsoDate;
}

/** How an attempt ended, as stored. */
export interface SettledDelivery {
  status: WebhookDelivery['status'];
  at: IsoDate;
  nextAttemptAt: IsoDate | null;
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
}

const random = (bytes: number): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(bytes));
const base64 = (b: Uint8Array): string => btoa(String.fromCharCode(...b));

/** A new signing secret: `whsec_` and a base64 24-byte key (Standard Webhooks). */
export function newWebhookSecret(): string {
  return `whsec_${base64(random(24))}`;
}

/** A delivery id (`webhook-id`): `msg_` and 128 random bits. */
export function newDeliveryId(): string {
  return `msg_${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
}

function checkUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) return fail('url', 'Give the URL the events are posted to');
  if (value.length > WEBHOOK_LIMITS.url) return fail('url', `A URL has at most ${WEBHOOK_LIMITS.url} characters`);
  let url: URL;
  try { url = new URL(value); } catch { return fail('url', 'This is not a URL such as https://example.com/hooks/confab'); }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('url', 'A webhook URL starts with https:// or http://');
  if (url.username || url.password) return fail('url', 'A webhook URL carries no user name or password');
  return url.toString();
}

function checkEvents(value: unknown): ChangeType[] {
  if (!Array.isArray(value) || value.length === 0) return fail('events', 'Choose at least one event type');
  const unknown = value.filter((t) => typeof t !== 'string' || !WEBHOOK_EVENT_TYPES.includes(t as ChangeType));
  if (unknown.length) return fail('events', `Unknown event type: ${String(unknown[0]).slice(0, 60)}. Choose from: ${WEBHOOK_EVENT_TYPES.join(', ')}`);
  return [...new Set(value as ChangeType[])];
}

function checkDescription(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'string' || value.length > WEBHOOK_LIMITS.description) return fail('description', `A description has at most ${WEBHOOK_LIMITS.description} characters`);
  return value.trim();
}

function fail(field: string, message: string): never {
  throw new ValidationError({ [field]: message });
}

/** Checks a new endpoint's fields. */
export function checkWebhook(input: WebhookInput): CheckedWebhook {
  const i = input ?? {};
  return { url: checkUrl(i.url), events: checkEvents(i.events), description: checkDescription(i.description) };
}

/** Whether the previous secret of a rotation still signs at `at` (its grace period has not ended). */
function previousSigns(e: Pick<StoredWebhookEndpoint, 'previousSecret' | 'previousSecretUntil'>, at: number): boolean {
  return !!e.previousSecret && !!e.previousSecretUntil && Date.parse(e.previousSecretUntil) > at;
}

/** The secrets that sign a delivery at `at`: the current one, and the previous one during a rotation's grace period. */
export function signingSecrets(e: Pick<StoredWebhookEndpoint, 'secret' | 'previousSecret' | 'previousSecretUntil'>, at: IsoDate): string[] {
  return previousSigns(e, Date.parse(at)) ? [e.secret, e.previousSecret!] : [e.secret];
}

/** An endpoint without its secrets; the previous secret's end only while it still signs. */
export function publicEndpoint(e: StoredWebhookEndpoint): WebhookEndpoint {
  const { secret: _s, previousSecret: _p, ...rest } = e;
  return { ...rest, previousSecretUntil: previousSigns(e, Date.now()) ? e.previousSecretUntil : null };
}

async function find(ctx: ReadCtx, id: Id): Promise<StoredWebhookEndpoint> {
  const repo = webhooksOf(ctx);
  const e = typeof id === 'string' ? await repo.get(id) : null;
  if (!e) throw new NotFoundError('This webhook endpoint does not exist');
  return e;
}

function webhooksOf(ctx: ReadCtx): WebhookRepository {
  if (!ctx.repos.webhooks) throw new NotFoundError('Webhooks are not available on this backend');
  return ctx.repos.webhooks;
}

/** Every endpoint, oldest first. Admins only. */
export async function listWebhooks(ctx: ReadCtx): Promise<WebhookEndpoint[]> {
  requireAdmin(ctx.user, 'manage webhooks');
  return (await webhooksOf(ctx).list()).map(publicEndpoint);
}

/** One endpoint. Admins only. */
export async function getWebhook(ctx: ReadCtx, id: Id): Promise<WebhookEndpoint> {
  requireAdmin(ctx.user, 'manage webhooks');
  return publicEndpoint(await find(ctx, id));
}

/** Creates an endpoint with a new secret, returned this once. Admins only. */
export async function createWebhook(ctx: WriteCtx, input: WebhookInput): Promise<WebhookEndpointWithSecret> {
  requireAdmin(ctx.user, 'manage webhooks');
  const checked = checkWebhook(input);
  const repo = webhooksOf(ctx);
  if ((await repo.list()).length >= WEBHOOK_LIMITS.endpoints) fail('url', `At most ${WEBHOOK_LIMITS.endpoints} webhook endpoints`);
  const stored = await repo.create({ ...checked, secret: newWebhookSecret() });
  return { ...publicEndpoint(stored), secret: stored.secret };
}

/** Changes an endpoint's URL, events, description, or enables/disables it. Admins only. */
export async function updateWebhook(ctx: WriteCtx, id: Id, input: WebhookInput): Promise<WebhookEndpoint> {
  requireAdmin(ctx.user, 'manage webhooks');
  const before = await find(ctx, id);
  const i = input ?? {};
  if (i.enabled !== undefined && typeof i.enabled !== 'boolean') fail('enabled', 'enabled is true or false');
  const fields: Parameters<WebhookRepository['update']>[1] = {
    ...(i.url !== undefined ? { url: checkUrl(i.url) } : {}),
    ...(i.events !== undefined ? { events: checkEvents(i.events) } : {}),
    ...(i.description !== undefined ? { description: checkDescription(i.description) } : {}),
    ...(i.enabled !== undefined ? { enabled: i.enabled, disabledReason: i.enabled ? null : 'Disabled by an admin' } : {}),
  };
  await webhooksOf(ctx).update(before.id, fields);
  return publicEndpoint(await find(ctx, before.id));
}

/** Removes an endpoint and its delivery log. Admins only. */
export async function deleteWebhook(ctx: WriteCtx, id: Id): Promise<{ id: Id; deleted: true }> {
  requireAdmin(ctx.user, 'manage webhooks');
  const before = await find(ctx, id);
  await webhooksOf(ctx).remove(before.id);
  return { id: before.id, deleted: true };
}

/**
 * Gives an endpoint a new secret, returned this once; for `graceMs` (default 24 h) the previous
 * secret signs too (both signatures in `webhook-signature`), so receivers can switch without a gap.
 */
export async function rotateWebhookSecret(ctx: WriteCtx, id: Id, now = Date.now(), graceMs = ROTATION_GRACE_MS): Promise<WebhookEndpointWithSecret> {
  requireAdmin(ctx.user, 'manage webhooks');
  const before = await find(ctx, id);
  const secret = newWebhookSecret();
  await webhooksOf(ctx).rotate(before.id, secret, before.secret, new Date(now + graceMs).toISOString());
  return { ...publicEndpoint(await find(ctx, before.id)), secret };
}

/** An endpoint's delivery log, newest first. Admins only. */
export async function listDeliveries(ctx: ReadCtx, id: Id, query: { cursor?: string; limit?: number } = {}): Promise<Page<WebhookDelivery>> {
  requireAdmin(ctx.user, 'manage webhooks');
  const e = await find(ctx, id);
  const limit = query.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) fail('limit', 'limit is a whole number from 1 to 200');
  return webhooksOf(ctx).deliveries(e.id, { cursor: query.cursor, limit });
}

/** The signed body of a delivery (Standard Webhooks payload): what a signed-out reader may see of the change. */
export function webhookPayload(event: NewEvent, at: IsoDate): string {
  const seen = visibleEvent({ ...event, id: '', at } as Parameters<typeof visibleEvent>[0], null);
  return JSON.stringify({ type: event.type, timestamp: at, data: seen.data });
}

/**
 * The outbox: one pending delivery per event and subscribed, enabled endpoint, stored with the
 * change in the caller's transaction, so none is lost when the process dies and none is made twice.
 * `enabled` is the transaction's read of the enabled endpoints, when it made one already.
 */
export async function enqueueWebhooks(repos: { webhooks?: WebhookRepository }, events: readonly NewEvent[], enabled?: readonly StoredWebhookEndpoint[], now = new Date()): Promise<number> {
  const repo = repos.webhooks;
  if (!repo || events.length === 0) return 0;
  const endpoints = enabled ?? await repo.enabled();
  const at = now.toISOString();
  const deliveries: NewWebhookDelivery[] = [];
  for (const event of events) {
    const payload = webhookPayload(event, at);
    for (const e of endpoints) if (e.events.includes(event.type)) deliveries.push({ id: newDeliveryId(), endpointId: e.id, eventType: event.type, payload, createdAt: at });
  }
  if (deliveries.length) await repo.enqueue(deliveries);
  return deliveries.length;
}
