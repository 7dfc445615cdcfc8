/** What every service function works with: the store, the acting user and, for writes, `emit`. */
import type { ChangeType, User } from '@confab/core';
import type { Store } from '../storage/repository.js';

/** A read: the store and the acting user (null when signed out). */
export interface ReadCtx {
  store: Store;
  user: User | null;
}

/** A write: somebody is signed in, and changes are announced with `emit`. */
export interface WriteCtx extends ReadCtx {
  user: User;
  /** Records a change in the events table (same transaction); `all` is added to the scopes. */
  emit(type: ChangeType, scopes: string[], data: unknown): void;
}

/** Moderators and admins review ideas, accept any answer and handle feedback. */
export function isModerator(user: User | null): boolean {
  return user !== null && (user.roles.includes('moderator') || user.roles.includes('admin'));
}
