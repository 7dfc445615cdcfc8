import type { CompleteAdapter as Adapter } from '../adapter.js';
import { isConfabError, type ConfabError, type ConfabErrorCode } from '../errors.js';
import type { Seed } from '../seed.js';
import type { ChangeEvent, ChangeType, Page } from '../types.js';
import { AssertionError, ok, show } from './assert.js';
import { contractSeed } from './seed.js';
import type { ContractFactory, ContractFixture } from './types.js';

/** Builds a fixture from `seed`, runs `fn` with it and always closes it. */
export async function withFixture(factory: ContractFactory, fn: (fx: ContractFixture) => Promise<void>, seed: Seed = contractSeed): Promise<void> {
  const fx = await factory(structuredClone(seed));
  try {
    await fn(fx);
  } finally {
    await fx.close?.();
  }
}

/**
 * Awaits a rejection with a Confab error of `code` (recognised by `code`, not `instanceof`);
 * for `validation`, also requires a message for `field`.
 */
export async function expectError(promise: Promise<unknown>, code: ConfabErrorCode, field?: string): Promise<ConfabError> {
  let result: unknown;
  try {
    result = await promise;
  } catch (error) {
    ok(isConfabError(error), `expected a Confab "${code}" error, got ${String(error)}`);
    ok(error.code === code, `expected a "${code}" error, got "${error.code}": ${error.message}`);
    if (field !== undefined) {
      const fields = (error as { fields?: Record<string, string> }).fields ?? {};
      ok(typeof fields[field] === 'string' && fields[field].length > 0, `expected a message for field "${field}", got ${show(fields)}`);
    }
    return error;
  }
  throw new AssertionError(`expected a "${code}" error, but the call succeeded with ${show(result).slice(0, 200)}`);
}

/** A pending wait for one live event. */
export interface EventWait {
  event: Promise<ChangeEvent>;
  stop(): void;
}

/**
 * Subscribes to `scopes` now and resolves with the first event of `type` that `match` accepts,
 * or fails after `timeoutMs`. Subscribe before the write that should cause the event.
 */
export function waitForEvent(adapter: Adapter, scopes: string[], type: ChangeType, match: (event: ChangeEvent) => boolean = () => true, timeoutMs = 2000): EventWait {
  let stop = () => {};
  const event = new Promise<ChangeEvent>((resolve, reject) => {
    const timer = setTimeout(() => { stop(); reject(new AssertionError(`no "${type}" event in ${show(scopes)} within ${timeoutMs} ms`)); }, timeoutMs);
    const unsubscribe = adapter.live.subscribe(scopes, (e) => {
      if (e.type !== type || !match(e)) return;
      stop();
      resolve(e);
    });
    stop = () => { clearTimeout(timer); unsubscribe(); };
  });
  return { event, stop: () => stop() };
}

/** The id field of a live event's data, if it has one. */
export function dataId(event: ChangeEvent): unknown {
  const data = event.data as { id?: unknown; question?: { id?: unknown } } | null;
  return data?.id ?? data?.question?.id;
}

/** Every item of a paged list, following cursors; fails on a cursor loop. */
export async function allPages<T>(load: (cursor: string | null) => Promise<Page<T>>, maxPages = 50): Promise<{ items: T[]; sizes: number[] }> {
  const items: T[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const page: Page<T> = await load(cursor);
    items.push(...page.items);
    sizes.push(page.items.length);
    if (page.nextCursor === null) return { items, sizes };
    ok(page.nextCursor !== cursor, 'nextCursor must move forward');
    cursor = page.nextCursor;
  }
  throw new AssertionError(`paging did not end within ${maxPages} pages`);
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
