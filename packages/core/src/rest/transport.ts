/**
 * What the lazily loaded areas of `RestAdapter` (`./questions.ts`, `./feedback.ts`, …) use to
 * reach the server: the adapter's own reads and writes, with its retries, offline outbox and
 * idempotency keys.
 */
import type { RequestOptions, WriteOptions } from '../adapter.js';
import type { HttpRequest } from './http.js';

/** The adapter's requests, as an area sees them. */
export interface RestTransport {
  /** `GET path?query`. */
  get<T>(path: string, query?: HttpRequest['query'], options?: RequestOptions): Promise<T>;
  /** A read sent as `POST` with a JSON body (similarity searches). */
  read<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  /** A write: retried with one idempotency key, kept in the outbox when the server is unreachable. */
  write<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown, options?: WriteOptions): Promise<T>;
  /** A `DELETE` with an idempotency key (retried, but not kept in the offline outbox). */
  remove<T>(path: string, options?: WriteOptions): Promise<T>;
}

/** `/a/b` from path segments, each URI-encoded: `path('questions', id)`. */
export const path = (...parts: string[]): string => `/${parts.map(encodeURIComponent).join('/')}`;
