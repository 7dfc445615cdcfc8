/**
 * Every request reads its acting user (dev and header auth look them up by id). Outside a
 * transaction, that read is kept while the people part of the store's `readVersion()` is
 * unchanged: a write to the people table here (a role granted, a sign-in that provisions, a
 * profile edited) or any commit by another process changes it, so a kept user is never stale,
 * while votes and posts leave it alone. On PostgreSQL, whose replicas commit unseen, a trigger
 * notifies every change to people at its commit (migration 10): a user is kept from one
 * notification to the next (behind a change only for the notification's way to this replica,
 * milliseconds), and not at all while the listening connection is down.
 */
import type { Id, User } from '@confab/core';
import type { PeopleRepository } from '@confab/core/domain';

const MAX_USERS = 10_000;

/** A user as of a data version (null: not kept), read again once the version moved on. */
export type UserAt = (id: Id, version: string | null) => Promise<User | null>;

/**
 * Wraps `people.user` of the root repositories with a cache keyed by id and data version, and
 * returns the same read for a version the caller already took: a request takes the version once
 * (`PRAGMA data_version` is its dearest statement) for its user and its read cache.
 */
export function memoiseUsers(people: PeopleRepository, version: () => string | null, peopleVersion: (taken: string | null) => string | null): UserAt {
  const read = people.user.bind(people);
  const kept = new Map<Id, { version: string; user: Promise<User | null> }>();
  const userAt: UserAt = (id, taken) => {
    const v = peopleVersion(taken);
    if (v === null) return read(id);
    const hit = kept.get(id);
    if (hit && hit.version === v) return hit.user;
    if (kept.size >= MAX_USERS) kept.clear();
    const user = read(id);
    kept.set(id, { version: v, user });
    user.catch(() => kept.delete(id));
    return user;
  };
  people.user = (id: Id) => userAt(id, version());
  return userAt;
}
