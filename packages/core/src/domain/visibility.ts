/** What each reader may see of a stored change: the one rule for MemoryAdapter and the server. */
import { isFullFeedback, type ChangeEvent, type ChangeType, type User } from '../types.js';
import { isModerator } from './context.js';
import type { StoredEvent } from './repositories.js';
import { personFor } from './roles.js';
import { contentFor, itemFor } from './content.js';

/** Changes whose actor is private: who voted, who endorsed, who sent or handled feedback. */
const PRIVATE_ACTOR: ReadonlySet<ChangeType> = new Set(['vote.changed', 'person.updated', 'feedback.created', 'feedback.updated']);

/**
 * The change as `reader` may see it.
 * - `actorId` is null on votes, endorsements and feedback, except for the actor.
 * - Feedback events carry the whole feedback only to its author (`ownerId`) and to moderators,
 *   and anonymous feedback names its author only to that author; anyone else learns which
 *   feedback changed (`{ id, subject, state }`), so figures refresh.
 */
export function visibleEvent(event: StoredEvent, reader: User | null): ChangeEvent {
  const self = reader !== null && event.actorId === reader.id;
  const actorId = self || !PRIVATE_ACTOR.has(event.type) ? event.actorId : null;
  const base = { id: event.id, scopes: event.scopes, at: event.at, actorId };
  if (event.type === 'feedback.created' || event.type === 'feedback.updated') {
    const owner = reader !== null && event.ownerId === reader.id;
    const { id, subject, state } = event.data;
    if (!owner && !isModerator(reader)) return { ...base, type: event.type, data: { id, subject, state } };
    // A moderator reads what anonymous feedback says, never who sent it.
    const data = isFullFeedback(event.data) && event.data.anonymous && !owner ? { ...event.data, author: null } : event.data;
    return { ...base, type: event.type, data };
  }
  // Issue 13: each reader gets the item as they may see it (null: remove it), answers of a thread likewise.
  if (event.type === 'content.updated') {
    const item = event.data.item && itemFor(event.data.item, event.ownerId, reader);
    return { ...base, type: event.type, data: { ...event.data, item } };
  }
  if (event.type === 'answer.accepted') {
    const answers = event.data.answers.flatMap((a) => contentFor('answer', a, a.author.id, reader) ?? []);
    return { ...base, type: event.type, data: { ...event.data, answers } };
  }
  // Roles travel only to admins and to the person themselves (see `personFor`).
  if (event.type === 'person.updated') return { ...base, type: event.type, data: personFor(event.data, reader) };
  return { ...base, type: event.type, data: event.data } as ChangeEvent;
}

/**
 * Whether `reader` receives the change at all: a notification (`notification.created`) reaches
 * only its recipient (`ownerId`), whatever scopes the reader follows; every other change reaches
 * anyone subscribed to one of its scopes.
 */
export function receivesEvent(event: StoredEvent, reader: User | null): boolean {
  if (event.type === 'notification.created') return reader !== null && event.ownerId === reader.id;
  if (event.type === 'moderation.queue') return isModerator(reader);
  return true;
}
