/**
 * Issue 15: the `webhooks` area of `RestAdapter` over the reference server's admin routes:
 * `GET|POST /webhooks`, `GET|PATCH|DELETE /webhooks/:id`, `POST /webhooks/:id/rotate-secret`,
 * `GET /webhooks/:id/deliveries`. The server refuses loopback and private URLs unless it runs
 * with `CONFAB_WEBHOOK_ALLOW_PRIVATE=1` (a `ValidationError` on `url`).
 */
import type { RequestOptions, WebhooksArea, WriteOptions } from '../adapter.js';
import type { HttpRequest } from './http.js';

/** How the area reaches the server: the adapter's own reads and writes (retries, outbox, idempotency). */
export interface WebhooksTransport {
  get<T>(path: string, query: HttpRequest['query'], options?: RequestOptions): Promise<T>;
  write<T>(method: 'POST' | 'PATCH', path: string, body: unknown, options?: WriteOptions): Promise<T>;
  /** A `DELETE` with an idempotency key (retried, but not kept in the offline outbox). */
  remove<T>(path: string, options?: WriteOptions): Promise<T>;
}

const one = (id: string) => `/webhooks/${encodeURIComponent(id)}`;

/** The `webhooks` area over `transport`. */
export function webhooksArea(t: WebhooksTransport): WebhooksArea {
  return {
    list: (options) => t.get('/webhooks', undefined, options),
    get: (id, options) => t.get(one(id), undefined, options),
    create: (input, options) => t.write('POST', '/webhooks', input, options),
    update: (id, input, options) => t.write('PATCH', one(id), input, options),
    remove: (id, options) => t.remove(one(id), options),
    rotateSecret: (id, options) => t.write('POST', `${one(id)}/rotate-secret`, {}, options),
    deliveries: (id, query, options) => t.get(`${one(id)}/deliveries`, { cursor: query?.cursor, limit: query?.limit }, options),
  };
}
