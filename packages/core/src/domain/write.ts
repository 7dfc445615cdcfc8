/** Runs a write as the contract requires: signed in, once per idempotency key, one transaction. */
import { ConflictError, UnauthenticatedError, ValidationError } from '../errors.js';
import type { User } from '../types.js';
import type { WriteCtx } from './context.js';
import type { NewEvent, Storage } from './repositories.js';
import { enqueueWebhooks } from './webhooks.js';
import { DEFAULT_MODERATION_POLICY } from '../moderation.js';

/** Deepest input a write accepts; real inputs are two or three levels deep. */
const MAX_DEPTH = 32;

/** How deeply `value` nests objects and arrays, counted without recursion (stops past `limit`). */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * JSON with object keys sorted, so that `{a, b}` and `{b, a}` are the same input. Input nested
 * deeper than any write needs is refused before it is walked (a validation error, not a stack overflow).
 */
export function fingerprint(value: unknown): string {
  if (depthOf(value, MAX_DEPTH) > MAX_DEPTH) throw new ValidationError({ body: `The input is nested more than ${MAX_DEPTH} levels deep` });
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}

/** An idempotency key reused with another request. */
export class IdempotencyConflictError extends ConflictError {
  constructor() {
    super('This idempotency key was already used for a different request');
    this.name = 'IdempotencyConflictError';
  }
}

/** Which write this is, for idempotency: the operation's name and its decoded input. */
export interface WriteRequest {
  operation: string;
  input: unknown[];
  idempotencyKey?: string;
}

/** A write's result, and whether it is a replay of an earlier one with the same key. */
export interface WriteOutcome<T> {
  result: T;
  replayed: boolean;
}

/** Largest idempotency key accepted. */
export const MAX_IDEMPOTENCY_KEY = 200;

/**
 * Runs `fn` as `user` in one transaction of `storage`, with the events it emits and the
 * idempotency record. A replay of the same operation and input with the same key returns the
 * first result without running `fn`; another input is an `IdempotencyConflictError`.
 */
export async function runWrite<T>(storage: Storage, user: User | null, request: WriteRequest, fn: (ctx: WriteCtx) => Promise<T>): Promise<WriteOutcome<T>> {
  if (!user) throw new UnauthenticatedError();
  const key = request.idempotencyKey;
  if (key !== undefined && (typeof key !== 'string' || key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY)) {
    throw new ValidationError({ idempotencyKey: `An idempotency key has 1–${MAX_IDEMPOTENCY_KEY} characters` });
  }
  const print = key === undefined ? '' : fingerprint([request.operation, request.input]);
  return storage.transaction(async (repos) => {
    if (key !== undefined) {
      const earlier = await repos.idempotency.claim(user.id, key, print);
      if (earlier) {
        if (earlier.fingerprint !== print) throw new IdempotencyConflictError();
        return { result: JSON.parse(earlier.result) as T, replayed: true };
      }
    }
    // Read before the change: a database keeps the rows a write changed locked until COMMIT (the
    // count of a popular item, say), so what the write only reads goes first.
    const endpoints = await repos.webhooks?.enabled();
    const events: NewEvent[] = [];
    const result = await fn({
      repos, user, policy: { ...DEFAULT_MODERATION_POLICY, ...storage.policy },
      emit: (type, scopes, data, ownerId = null) => { events.push({ type, scopes: [...scopes, 'all'], actorId: user.id, ownerId, data } as NewEvent); },
    });
    for (const event of events) await repos.events.append(event);
    await enqueueWebhooks(repos, events, endpoints); // the webhook outbox, in the same transaction (./webhooks.ts)
    if (key !== undefined) await repos.idempotency.complete(user.id, key, JSON.stringify(result));
    return { result, replayed: false };
  });
}
