/**
 * A tiny assertion module that runs anywhere (browser or Node), so the contract test-kit
 * needs no test framework's assert.
 */

/** A failed contract expectation. */
export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

/** JSON with sorted object keys, for comparing and printing values. */
export function show(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v) ?? String(value);
}

/** Fails unless `condition` holds. */
export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/** Fails unless `actual === expected`. */
export function equal<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected) throw new AssertionError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Fails unless both values have the same JSON form (object key order ignored). */
export function deepEqual(actual: unknown, expected: unknown, message: string): void {
  if (show(actual) !== show(expected)) throw new AssertionError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
}
