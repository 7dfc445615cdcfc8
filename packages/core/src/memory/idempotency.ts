import { ConflictError } from '../errors.js';
import type { Store } from './store.js';

/** JSON with object keys sorted, so that `{a, b}` and `{b, a}` are the same input. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v);
}

/**
 * Runs a write once per user and idempotency key: a replay with the same method and input
 * returns a copy of the first result without running `write`; another input is a `ConflictError`.
 * Without a key the write simply runs. Failed writes are not remembered.
 */
export function once<T>(store: Store, userId: string, key: string | undefined, method: string, input: unknown[], write: () => T): T {
  if (key === undefined) return write();
  const id = `${userId}\u0000${key}`;
  const print = fingerprint(input);
  const earlier = store.idempotency.get(id);
  if (earlier) {
    if (earlier.method !== method || earlier.fingerprint !== print) {
      throw new ConflictError('This idempotency key was already used for a different request');
    }
    return structuredClone(earlier.result) as T;
  }
  const result = write();
  store.idempotency.set(id, { method, fingerprint: print, result: structuredClone(result) });
  return result;
}
