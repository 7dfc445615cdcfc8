/** What every domain operation works with, and the permission rules they share. */
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { isAdmin, isModerator } from '../permissions.js';
import type { ChangeData, ChangeType, Id, User } from '../types.js';
import type { Repositories } from './repositories.js';
import type { ModerationPolicy } from '../moderation.js';

/** A read: the repositories and the acting user (null when signed out). */
export interface ReadCtx {
  repos: Repositories;
  user: User | null;
  /** Issue 13: the moderation settings in force, when the reader passes them (writes always have them). */
  policy?: ModerationPolicy;
}

/** A write: somebody is signed in, and changes are announced with `emit` (stored in the same transaction). */
export interface WriteCtx extends ReadCtx {
  user: User;
  /** Issue 13: the moderation settings in force (`Storage.policy` over `DEFAULT_MODERATION_POLICY`). */
  policy: ModerationPolicy;
  /**
   * Records a change event; `all` is added to the scopes. `ownerId` names whose item it is when
   * only they and moderators may read the event in full (see `visibleEvent`).
   */
  emit<T extends ChangeType>(type: T, scopes: string[], data: ChangeData[T], ownerId?: Id | null): void;
}

export { isAdmin, isModerator };

/** Throws unless someone is signed in and is a moderator; `what` completes "Only moderators can …". */
export function requireModerator(user: User | null, what: string): asserts user is User {
  if (!user) throw new UnauthenticatedError();
  if (!isModerator(user)) throw new ForbiddenError(`Only moderators can ${what}`);
}

/** Throws unless someone is signed in and is an admin; `what` completes "Only admins can …". */
export function requireAdmin(user: User | null, what: string): asserts user is User {
  if (!user) throw new UnauthenticatedError();
  if (!isAdmin(user)) throw new ForbiddenError(`Only admins can ${what}`);
}

/** The author of an item, or a moderator. */
export function isAuthorOrModerator(user: User, authorId: Id): boolean {
  return user.id === authorId || isModerator(user);
}
