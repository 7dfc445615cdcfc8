/** Webhook endpoints and the delivery outbox in SQL (migration 8); claims use `FOR UPDATE SKIP LOCKED` on PostgreSQL. */
import type { ChangeType, Id, Page } from '@confab/core';
import {
  signingSecrets, type ClaimedDelivery, type NewWebhookDelivery, type SettledDelivery, type StoredWebhookEndpoint, type WebhookDelivery, type WebhookRepository,
} from '@confab/core/domain';
import type { Selectable } from 'kysely';
import type { SqlContext } from './context.js';
import { statement } from './prepared.js';
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from './schema.js';
import { decodeCursor, jsonList, newId, now, pageOf } from './util.js';

function toEndpoint(r: Selectable<WebhookEndpointsTable>): StoredWebhookEndpoint {
  return {
    id: r.id, url: r.url, events: jsonList(r.events) as ChangeType[], description: r.description, enabled: Number(r.enabled) === 1,
    disabledReason: r.disabled_reason, previousSecretUntil: r.previous_until, createdAt: r.created_at, updatedAt: r.updated_at,
    secret: r.secret, previousSecret: r.previous_secret,
  };
}

function toDelivery(r: Selectable<WebhookDeliveriesTable>): WebhookDelivery {
  return {
    id: r.id, endpointId: r.endpoint_id, eventType: r.event_type as ChangeType, status: r.status as WebhookDelivery['status'],
    attempts: Number(r.attempts), createdAt: r.created_at, nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null, lastAttemptAt: r.last_attempt_at,
    responseStatus: r.response_status === null ? null : Number(r.response_status), durationMs: r.duration_ms === null ? null : Number(r.duration_ms), error: r.error,
  };
}

// Every write asks which endpoints take its events: compiled once (`prepared.ts`).
const enabledEndpoints = statement((db) => db.selectFrom('webhook_endpoints').selectAll().where('enabled', '=', 1).orderBy('seq'));

/** The webhook tables of one unit of work. */
export class SqlWebhooks implements WebhookRepository {
  constructor(private readonly ctx: SqlContext) {}

  async list(): Promise<StoredWebhookEndpoint[]> {
    return (await this.ctx.db.selectFrom('webhook_endpoints').selectAll().orderBy('seq').execute()).map(toEndpoint);
  }

  async get(id: Id): Promise<StoredWebhookEndpoint | null> {
    const row = await this.ctx.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toEndpoint(row) : null;
  }

  async create(fields: { url: string; events: ChangeType[]; description: string; secret: string }): Promise<StoredWebhookEndpoint> {
    const id = newId('wh');
    const at = now();
    await this.ctx.db.insertInto('webhook_endpoints').values({
      id, url: fields.url, events: JSON.stringify(fields.events), description: fields.description, secret: fields.secret,
      previous_secret: null, previous_until: null, enabled: 1, disabled_reason: null, created_at: at, updated_at: at,
    }).execute();
    return (await this.get(id)) as StoredWebhookEndpoint;
  }

  async update(id: Id, f: { url?: string; events?: ChangeType[]; description?: string; enabled?: boolean; disabledReason?: string | null }): Promise<void> {
    await this.ctx.db.updateTable('webhook_endpoints').set({
      updated_at: now(),
      ...(f.url !== undefined ? { url: f.url } : {}),
      ...(f.events !== undefined ? { events: JSON.stringify(f.events) } : {}),
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.enabled !== undefined ? { enabled: f.enabled ? 1 : 0 } : {}),
      ...(f.disabledReason !== undefined ? { disabled_reason: f.disabledReason } : {}),
    }).where('id', '=', id).execute();
  }

  async remove(id: Id): Promise<void> {
    await this.ctx.db.deleteFrom('webhook_deliveries').where('endpoint_id', '=', id).execute();
    await this.ctx.db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
  }

  async rotate(id: Id, secret: string, previousSecret: string, previousUntil: string): Promise<void> {
    await this.ctx.db.updateTable('webhook_endpoints').set({ secret, previous_secret: previousSecret, previous_until: previousUntil, updated_at: now() })
      .where('id', '=', id).execute();
  }

  async enabled(): Promise<StoredWebhookEndpoint[]> {
    return (await enabledEndpoints.rows(this.ctx, [])).map(toEndpoint);
  }

  async enqueue(deliveries: NewWebhookDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await this.ctx.db.insertInto('webhook_deliveries').values(deliveries.map((d) => ({
      id: d.id, endpoint_id: d.endpointId, event_type: d.eventType, payload: d.payload, status: 'pending', attempts: 0,
      created_at: d.createdAt, next_attempt_at: d.createdAt, last_attempt_at: null, response_status: null, duration_ms: null, error: null,
    }))).execute();
  }

  async deliveries(endpointId: Id, query: { cursor?: string; limit: number }): Promise<Page<WebhookDelivery>> {
    const pos = decodeCursor(query.cursor);
    let q = this.ctx.db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId);
    if (pos.seq !== null) q = q.where('seq', '<', pos.seq);
    const rows = await q.orderBy('seq', 'desc').limit(query.limit + 1).execute();
    const page = pageOf(rows.map((r) => ({ ...r, seq: Number(r.seq) })), query.limit, pos);
    return { items: page.rows.map(toDelivery), nextCursor: page.nextCursor };
  }

  async hasDue(at: string): Promise<boolean> {
    const row = await this.ctx.db.selectFrom('webhook_deliveries as d').innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id').select('d.id')
      .where('d.status', '=', 'pending').where('d.next_attempt_at', '<=', at).where('e.enabled', '=', 1).limit(1).executeTakeFirst();
    return row !== undefined;
  }

  async claim(at: string, leaseUntil: string, limit: number): Promise<ClaimedDelivery[]> {
    let q = this.ctx.db.selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
      .select(['d.id', 'd.endpoint_id', 'd.payload', 'd.attempts', 'd.created_at', 'e.url', 'e.secret', 'e.previous_secret', 'e.previous_until'])
      .where('d.status', '=', 'pending').where('d.next_attempt_at', '<=', at).where('e.enabled', '=', 1)
      .orderBy('d.next_attempt_at').orderBy('d.seq').limit(limit);
    // One worker per delivery across replicas; SQLite runs one write transaction at a time anyway.
    if (this.ctx.dialect.name === 'postgres') q = q.forUpdate('d').skipLocked();
    const rows = await q.execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await this.ctx.db.updateTable('webhook_deliveries')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil, last_attempt_at: at }))
      .where('id', 'in', ids).execute();
    return rows.map((r) => ({
      id: r.id, endpointId: r.endpoint_id, url: r.url, payload: r.payload, attempts: Number(r.attempts) + 1, createdAt: r.created_at,
      secrets: signingSecrets({ secret: r.secret, previousSecret: r.previous_secret, previousSecretUntil: r.previous_until }, at),
    }));
  }

  async settle(id: Id, o: SettledDelivery): Promise<void> {
    await this.ctx.db.updateTable('webhook_deliveries').set({
      status: o.status, next_attempt_at: o.nextAttemptAt, last_attempt_at: o.at, response_status: o.responseStatus, duration_ms: o.durationMs,
      error: o.error === null ? null : o.error.slice(0, 500),
    }).where('id', '=', id).where('status', '=', 'pending').execute();
  }

  async failPending(endpointId: Id, error: string, at: string): Promise<void> {
    await this.ctx.db.updateTable('webhook_deliveries').set({ status: 'failed', next_attempt_at: null, error, last_attempt_at: at })
      .where('endpoint_id', '=', endpointId).where('status', '=', 'pending').execute();
  }
}
