/** The shared state of one server instance and the two ways a handler runs the domain: read or write. */
import { DEFAULT_MODERATION_POLICY } from '@confab/core';
import type { ReadCtx, WriteCtx } from '@confab/core/domain';
import { runWrite } from '@confab/core/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.js';
import type { EventFeed } from '../events/feed.js';
import type { Authenticator, Identity } from '../identity/auth.js';
import type { ServerStore } from '../storage/store.js';
import type { StreamLimits } from '../events/limits.js';
import type { RateLimiter } from './rate-limit.js';
import { uncached } from './read-cache.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook before every handler. */
    identity: Identity;
    /** The store's `readVersion()` (or `askVersion()`) as the API's auth hook took it, before the user and the read cache. */
    dataVersion: string | null;
  }
}

/** Everything a route module needs. */
export interface AppContext {
  config: ServerConfig;
  store: ServerStore;
  feed: EventFeed;
  auth: Authenticator;
  /** Writes per user. */
  limiter: RateLimiter;
  /** Expensive reads per user, or per address when signed out. */
  searchLimiter: RateLimiter;
  /** Open live streams per user and per address. */
  streams: StreamLimits;
}

/** Counts one expensive read (search, suggestions, similar items) against `CONFAB_SEARCH_RATE_LIMIT`; throws 429 over it. */
export function limitSearch(app: AppContext, request: FastifyRequest): void {
  uncached(request); // every such read is counted, so none is answered from the read cache
  const user = request.identity.user;
  app.searchLimiter.hit(user ? `user:${user.id}` : `address:${request.ip}`);
}

/** Runs a domain read as this request's user. */
export function read<T>(app: AppContext, request: FastifyRequest, fn: (ctx: ReadCtx) => Promise<T>): Promise<T> {
  // Issue 13: reads that report the settings in force (hold-first-posts) see the server's policy, as writes do.
  return app.store.read((repos) => fn({ repos, user: request.identity.user, policy: { ...DEFAULT_MODERATION_POLICY, ...app.store.policy } }));
}

/** A write route: its status on success, the operation's name and decoded input (for idempotency), and the domain call. */
export interface WriteRoute<T> {
  status: number;
  operation: string;
  input: unknown[];
  run: (ctx: WriteCtx) => Promise<T>;
}

/**
 * Runs a domain write: the rate limit, then the domain's `runWrite` (signed in, one effect per
 * `Idempotency-Key` fingerprinted on the operation and its decoded input, the change, its
 * events and the idempotency record in one transaction); the live feed hears of the commit from the
 * store (`EventLog.onLocalEvents`).
 */
export async function write<T>(app: AppContext, request: FastifyRequest, reply: FastifyReply, route: WriteRoute<T>): Promise<FastifyReply> {
  const raw = request.headers['idempotency-key'];
  const idempotencyKey = typeof raw === 'string' && raw !== '' ? raw : undefined;
  if (request.identity.user) app.limiter.hit(request.identity.user.id);
  const { result, replayed } = await runWrite(app.store, request.identity.user, { operation: route.operation, input: route.input, idempotencyKey }, route.run);
  if (replayed) reply.header('idempotent-replayed', 'true');
  return reply.code(route.status).type('application/json').send(JSON.stringify(result));
}
