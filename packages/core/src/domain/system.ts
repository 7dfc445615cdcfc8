/**
 * Writes by Confab itself (background jobs: webhook failures, escalation): one transaction, the
 * events they emit and their webhook deliveries stored with them, as `runWrite` does for people.
 * The actor is nobody: events carry `actorId: null` and notifications no actor.
 */
import type { User } from '../types.js';
import type { WriteCtx } from './context.js';
import type { NewEvent, Repositories, Storage } from './repositories.js';
import { enqueueWebhooks } from './webhooks.js';
import { DEFAULT_MODERATION_POLICY } from '../moderation.js';

/** The acting "user" of a system write: no person, no roles beyond member. */
export const SYSTEM_USER: User = Object.freeze({ id: '', name: 'Confab', roles: ['member'] }) as User;

/** Repositories whose notifications name no actor for `SYSTEM_USER` (the domain's `notify` names `ctx.user`). */
function withoutSystemActor(repos: Repositories): Repositories {
  const notifications = Object.create(repos.notifications) as Repositories['notifications'];
  notifications.insert = (list) => repos.notifications.insert(list.map((n) => (n.actorId === SYSTEM_USER.id ? { ...n, actorId: null } : n)));
  return { ...repos, notifications } as Repositories;
}

/** Runs `fn` as Confab in one transaction of `storage`; returns its result and whether it emitted anything. */
export async function runSystemWrite<T>(storage: Storage, fn: (ctx: WriteCtx) => Promise<T>): Promise<{ result: T; events: number }> {
  return storage.transaction(async (raw) => {
    const repos = withoutSystemActor(raw);
    const events: NewEvent[] = [];
    const result = await fn({
      repos, user: SYSTEM_USER, policy: { ...DEFAULT_MODERATION_POLICY, ...storage.policy },
      emit: (type, scopes, data, ownerId = null) => { events.push({ type, scopes: [...scopes, 'all'], actorId: null, ownerId, data } as NewEvent); },
    });
    for (const event of events) await repos.events.append(event);
    await enqueueWebhooks(repos, events);
    return { result, events: events.length };
  });
}
