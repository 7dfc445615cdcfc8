import type { PersonRec, Store } from './store.js';

/** What an operation works on: the shared store and the acting user (null when signed out). */
export interface Ctx {
  store: Store;
  user: PersonRec | null;
}

/** The context of a write: somebody is signed in. */
export interface WriteCtx extends Ctx {
  user: PersonRec;
}

/** Moderators and admins review ideas, accept any answer and handle feedback. */
export function isModerator(user: PersonRec | null): boolean {
  return user !== null && (user.roles.includes('moderator') || user.roles.includes('admin'));
}
