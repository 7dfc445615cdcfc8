import { NotFoundError, type Id, type PeopleArea, type Person } from '@confab/core';

/** How long a loaded person is reused without asking the adapter again. */
export const PERSON_CACHE_MS = 30_000;

interface Waiter {
  resolve: (person: Person) => void;
  reject: (error: unknown) => void;
  cleanup: () => void;
}

/** One `getPeople` request: the ids it asks for, each with the callers waiting for it. */
interface Batch {
  waiters: Map<Id, Waiter[]>;
  controller: AbortController;
  sent: boolean;
  /** The cache version of every id when the request was sent. */
  versions: Map<Id, number>;
}

interface AreaState {
  cache: Map<Id, { person: Person; expires: number }>;
  /** Bumped by every invalidation, so that a request sent before it cannot refill the cache. */
  versions: Map<Id, number>;
  queued: Batch | null;
  inflight: Map<Id, Batch>;
}

const states = new WeakMap<PeopleArea, AreaState>();

function stateOf(people: PeopleArea): AreaState {
  let state = states.get(people);
  if (!state) states.set(people, (state = { cache: new Map(), versions: new Map(), queued: null, inflight: new Map() }));
  return state;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function newBatch(): Batch {
  return { waiters: new Map(), controller: new AbortController(), sent: false, versions: new Map() };
}

function send(area: PeopleArea, state: AreaState, batch: Batch): void {
  if (state.queued === batch) state.queued = null;
  const ids = [...batch.waiters.keys()];
  if (ids.length === 0) return;
  batch.sent = true;
  for (const id of ids) {
    state.inflight.set(id, batch);
    batch.versions.set(id, state.versions.get(id) ?? 0);
  }
  const settle = (each: (id: Id, waiter: Waiter) => void) => {
    for (const [id, waiters] of batch.waiters) {
      if (state.inflight.get(id) === batch) state.inflight.delete(id);
      for (const waiter of waiters) {
        waiter.cleanup();
        each(id, waiter);
      }
    }
    batch.waiters.clear();
  };
  area.getPeople(ids, { signal: batch.controller.signal }).then(
    (people) => {
      const byId = new Map(people.map((p) => [p.id, p]));
      const expires = Date.now() + PERSON_CACHE_MS;
      for (const [id, version] of batch.versions) {
        const person = byId.get(id);
        if (person && (state.versions.get(id) ?? 0) === version) state.cache.set(id, { person, expires });
      }
      settle((id, waiter) => {
        const person = byId.get(id);
        if (person) waiter.resolve(person);
        else waiter.reject(new NotFoundError(`No person "${id}"`));
      });
    },
    (error: unknown) => settle((_, waiter) => waiter.reject(error)),
  );
}

/**
 * Loads one person through a batcher per people area: every call made in the same task (its
 * microtasks included) is sent as ONE `people.getPeople(ids)` request with each id once, and
 * each caller gets its own person back. A directory of 200 badges makes one request, not 200.
 *
 * Results are cached per people area for `PERSON_CACHE_MS`; `invalidatePerson` (on a
 * `person` live event) and `storePerson` (after an endorsement) keep the cache honest.
 * An id the adapter does not return rejects with `NotFoundError` for that caller only.
 * Aborting `signal` rejects that caller; the request is aborted once nobody waits for it.
 *
 * @example
 * ```ts
 * const person = await loadPerson(area(adapter, 'people'), this.person, signal);
 * ```
 */
export function loadPerson(people: PeopleArea, id: Id, signal?: AbortSignal): Promise<Person> {
  const state = stateOf(people);
  const hit = state.cache.get(id);
  if (hit && hit.expires > Date.now()) return Promise.resolve(hit.person);
  if (hit) state.cache.delete(id);
  if (signal?.aborted) return Promise.reject(abortError(signal));

  let batch = state.inflight.get(id);
  if (!batch) {
    if (!state.queued) {
      const queued = (state.queued = newBatch());
      // A macrotask, like DataLoader in browsers: calls from every microtask of this task join.
      setTimeout(() => send(people, state, queued), 0);
    }
    batch = state.queued;
  }
  const target = batch;
  return new Promise<Person>((resolve, reject) => {
    const onAbort = () => {
      const list = target.waiters.get(id) ?? [];
      const rest = list.filter((w) => w !== waiter);
      if (rest.length) target.waiters.set(id, rest);
      else target.waiters.delete(id);
      if (target.sent && target.waiters.size === 0) target.controller.abort();
      reject(abortError(signal!));
    };
    const waiter: Waiter = { resolve, reject, cleanup: () => signal?.removeEventListener('abort', onAbort) };
    signal?.addEventListener('abort', onAbort, { once: true });
    const list = target.waiters.get(id);
    if (list) list.push(waiter);
    else target.waiters.set(id, [waiter]);
  });
}

/** Forgets a cached person (e.g. on a `person` live event) so the next load asks the adapter. */
export function invalidatePerson(people: PeopleArea, id: Id): void {
  const state = stateOf(people);
  state.cache.delete(id);
  state.versions.set(id, (state.versions.get(id) ?? 0) + 1);
  // Callers from now on must not join a request sent before the change.
  state.inflight.delete(id);
}

/**
 * Puts people the adapter just returned (from an endorsement or a search) into the cache, so
 * that badges showing them need no request of their own.
 */
export function storePerson(area: PeopleArea, ...people: Person[]): void {
  const state = stateOf(area);
  const expires = Date.now() + PERSON_CACHE_MS;
  for (const person of people) {
    state.cache.set(person.id, { person, expires });
    // A request sent before this must not overwrite the fresher person.
    state.versions.set(person.id, (state.versions.get(person.id) ?? 0) + 1);
  }
}
