/** The shared state of one server instance and the two ways a handler runs: read or write. */
import { ConflictError, UnauthenticatedError, ValidationError, type ChangeEvent } from '@confab/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.js';
import type { ReadCtx, WriteCtx } from '../domain/context.js';
import { fingerprint } from '../domain/shared.js';
import type { EventHub } from '../events/hub.js';
import type { Authenticator, Identity } from '../identity/auth.js';
import type { Store } from '../storage/repository.js';
import type { RateLimiter } from './rate-limit.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook before every handler. */
    identity: Identity;
  }
}

/** Everything a route module needs. */
export interface AppContext {
  config: ServerConfig;
  store: Store;
  hub: EventHub;
  auth: Authenticator;
  limiter: RateLimiter;
}

/** The context of a read by this request's user. */
export function readCtx(app: AppContext, request: FastifyRequest): ReadCtx {
  return { store: app.store, user: request.identity.user };
}

/** An idempotency key reused with another request: a 422 problem with code `conflict`. */
export class IdempotencyConflict extends ConflictError {
  readonly statusCode = 422;
  constructor() {
    super('This idempotency key was already used for a different request');
  }
}

/**
 * Runs a write: requires a user, replays a stored response for a known `Idempotency-Key`
 * (another request with the same key is an `IdempotencyConflict`), applies the rate limit, then
 * runs `fn`, its change events and the idempotency record in one transaction, and finally
 * fans the events out to live streams.
 */
export function runWrite<T>(app: AppContext, request: FastifyRequest, reply: FastifyReply, status: number, fn: (ctx: WriteCtx) => T): FastifyReply {
  const user = request.identity.user;
  if (!user) throw new UnauthenticatedError();
  const raw = request.headers['idempotency-key'];
  const key = typeof raw === 'string' && raw !== '' ? raw : undefined;
  if (key !== undefined && key.length > 200) throw new ValidationError({ 'idempotency-key': 'At most 200 characters' });
  const print = fingerprint({ method: request.method, path: request.url.split('?')[0], body: request.body ?? null });
  if (key !== undefined) {
    const earlier = app.store.idempotency.get(user.id, key);
    if (earlier) {
      if (earlier.fingerprint !== print) throw new IdempotencyConflict();
      return reply.code(earlier.status).header('idempotent-replayed', 'true').type('application/json').send(earlier.body);
    }
  }
  app.limiter.hit(user.id);
  const events: ChangeEvent[] = [];
  const { body } = app.store.transaction(() => {
    const result = fn({
      store: app.store,
      user,
      emit: (type, scopes, data) => { events.push(app.store.events.append({ type, scopes: [...scopes, 'all'], actorId: user.id, data })); },
    });
    const json = JSON.stringify(result);
    if (key !== undefined) app.store.idempotency.put(user.id, key, { fingerprint: print, status, body: json });
    return { body: json };
  });
  app.hub.publish(events);
  return reply.code(status).type('application/json').send(body);
}
