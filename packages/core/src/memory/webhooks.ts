/**
 * Issue 15: webhook endpoints and their delivery outbox in memory.
 *
 * Deliveries are recorded exactly as on the server — one pending delivery per change and
 * subscribed, enabled endpoint, in the transaction of the change (`enqueueWebhooks`) — but a
 * `MemoryAdapter` runs no worker, so they are never sent: they stay `pending` in the endpoint's
 * delivery log (which is what stories, demos and tests need to show). The worker's side
 * (`hasDue`, `claim`, `settle`, `failPending`) is kept too, so a caller may drive one by hand.
 *
 * URLs are checked by the domain for their form only; refusing private and loopback addresses
 * (SSRF) is the sender's job (`packages/server/src/webhooks/ssrf.ts`), and memory sends nothing.
 */
import { signingSecrets, type StoredWebhookEndpoint, type WebhookRepository } from '../domain/webhooks.js';
import { paginate } from '../paging.js';
import type { IsoDate, WebhookDelivery } from '../types.js';
import type { Store } from './store.js';

/** A stored endpoint; `seq` keeps creation order. */
interface EndpointRec extends StoredWebhookEndpoint {
  seq: number;
}

/** A stored delivery, with the exact body that would be signed and sent. */
interface DeliveryRec extends WebhookDelivery {
  seq: number;
  payload: string;
}

interface WebhookState {
  endpoints: Map<string, EndpointRec>;
  /** Every delivery, oldest first. */
  deliveries: DeliveryRec[];
}

const states = new WeakMap<Store, WebhookState>();

function stateOf(store: Store): WebhookState {
  let state = states.get(store);
  if (!state) states.set(store, state = { endpoints: new Map(), deliveries: [] });
  return state;
}

/** A copy without the record's own fields, as the repository interface returns it. */
function endpointOut(e: EndpointRec): StoredWebhookEndpoint {
  const { seq: _seq, ...rest } = e;
  return structuredClone(rest);
}

function deliveryOut(d: DeliveryRec): WebhookDelivery {
  const { seq: _seq, payload: _payload, ...rest } = d;
  return { ...rest, nextAttemptAt: rest.status === 'pending' ? rest.nextAttemptAt : null };
}

const due = (state: WebhookState, d: DeliveryRec, now: IsoDate) =>
  d.status === 'pending' && d.nextAttemptAt !== null && d.nextAttemptAt <= now && state.endpoints.get(d.endpointId)?.enabled === true;

/** The webhook repository over `store` (its state is kept beside the store, one per store). */
export function webhooks(store: Store): WebhookRepository {
  const state = stateOf(store);
  const ordered = () => [...state.endpoints.values()].sort((a, b) => a.seq - b.seq);
  return {
    async list() {
      return ordered().map(endpointOut);
    },
    async get(id) {
      const e = state.endpoints.get(id);
      return e ? endpointOut(e) : null;
    },
    async create(fields) {
      const at = store.iso();
      const rec: EndpointRec = {
        seq: store.nextSeq(), id: store.newId('wh', state.endpoints), url: fields.url, events: [...fields.events], description: fields.description,
        enabled: true, disabledReason: null, previousSecretUntil: null, createdAt: at, updatedAt: at, secret: fields.secret, previousSecret: null,
      };
      state.endpoints.set(rec.id, rec);
      return endpointOut(rec);
    },
    async update(id, f) {
      const e = state.endpoints.get(id);
      if (!e) return;
      if (f.url !== undefined) e.url = f.url;
      if (f.events !== undefined) e.events = [...f.events];
      if (f.description !== undefined) e.description = f.description;
      if (f.enabled !== undefined) e.enabled = f.enabled;
      if (f.disabledReason !== undefined) e.disabledReason = f.disabledReason;
      e.updatedAt = store.iso();
    },
    async remove(id) {
      state.endpoints.delete(id);
      state.deliveries = state.deliveries.filter((d) => d.endpointId !== id);
    },
    async rotate(id, secret, previousSecret, previousUntil) {
      const e = state.endpoints.get(id);
      if (!e) return;
      Object.assign(e, { secret, previousSecret, previousSecretUntil: previousUntil, updatedAt: store.iso() });
    },
    async enabled() {
      return ordered().filter((e) => e.enabled).map(endpointOut);
    },
    async enqueue(list) {
      for (const d of list) {
        state.deliveries.push({
          seq: store.nextSeq(), id: d.id, endpointId: d.endpointId, eventType: d.eventType, payload: d.payload, status: 'pending', attempts: 0,
          createdAt: d.createdAt, nextAttemptAt: d.createdAt, lastAttemptAt: null, responseStatus: null, durationMs: null, error: null,
        });
      }
    },
    async deliveries(endpointId, query) {
      const newest = state.deliveries.filter((d) => d.endpointId === endpointId).reverse();
      const page = paginate(newest, { cursor: query.cursor, limit: query.limit }, (d) => d.id);
      return { items: page.items.map(deliveryOut), nextCursor: page.nextCursor };
    },

    // The worker's side: memory runs no worker, but a test may drive one.
    async hasDue(now) {
      return state.deliveries.some((d) => due(state, d, now));
    },
    async claim(now, leaseUntil, limit) {
      const claimed = state.deliveries.filter((d) => due(state, d, now))
        .sort((a, b) => (a.nextAttemptAt! < b.nextAttemptAt! ? -1 : a.nextAttemptAt! > b.nextAttemptAt! ? 1 : a.seq - b.seq)).slice(0, limit);
      return claimed.map((d) => {
        const e = state.endpoints.get(d.endpointId)!;
        Object.assign(d, { attempts: d.attempts + 1, nextAttemptAt: leaseUntil, lastAttemptAt: now });
        return { id: d.id, endpointId: d.endpointId, url: e.url, payload: d.payload, attempts: d.attempts, createdAt: d.createdAt, secrets: signingSecrets(e, now) };
      });
    },
    async settle(id, o) {
      const d = state.deliveries.find((x) => x.id === id);
      if (!d || d.status !== 'pending') return;
      Object.assign(d, {
        status: o.status, nextAttemptAt: o.nextAttemptAt, lastAttemptAt: o.at, responseStatus: o.responseStatus, durationMs: o.durationMs,
        error: o.error === null ? null : o.error.slice(0, 500),
      });
    },
    async failPending(endpointId, error, at) {
      for (const d of state.deliveries) {
        if (d.endpointId === endpointId && d.status === 'pending') Object.assign(d, { status: 'failed', nextAttemptAt: null, error, lastAttemptAt: at });
      }
    },
  };
}
