/** Issue 15: notifications, preferences and follows in memory (records in `Store`). */
import type { NotificationRepository } from '../domain/repositories.js';
import { paginate } from '../paging.js';
import type { FollowTarget, Notification } from '../types.js';
import type { NotificationRec, Store } from './store.js';
import { personRef } from './views.js';

const key = (t: FollowTarget) => `${t.kind}:${t.id}`;

function view(store: Store, n: NotificationRec): Notification {
  return {
    id: n.id, type: n.type, at: n.at, read: n.readAt !== null, actor: n.actorId === null ? null : personRef(store, n.actorId),
    item: { ...n.item }, title: n.title, excerpt: n.excerpt, url: n.url,
  };
}

/** The notification repository over `store`. */
export function notifications(store: Store): NotificationRepository {
  return {
    async insert(list) {
      const at = store.iso();
      return list.map((n) => {
        const rec: NotificationRec = {
          seq: store.nextSeq(), id: store.newId('n', store.notifications), recipientId: n.recipientId, type: n.type, at, readAt: null,
          actorId: n.actorId, item: { ...n.item }, title: n.title, excerpt: n.excerpt, url: n.url, channel: n.channel, mailedAt: null,
        };
        store.notifications.set(rec.id, rec);
        let ids = store.inbox.get(n.recipientId);
        if (!ids) store.inbox.set(n.recipientId, (ids = []));
        ids.push(rec.id);
        return view(store, rec);
      });
    },
    async list(recipientId, query) {
      const recs = (store.inbox.get(recipientId) ?? []).map((id) => store.notifications.get(id) as NotificationRec)
        .filter((n) => !query.unread || n.readAt === null).reverse();
      const page = paginate(recs, query, (n) => n.id);
      return { items: page.items.map((n) => view(store, n)), nextCursor: page.nextCursor };
    },
    async unreadCount(recipientId) {
      let count = 0;
      for (const id of store.inbox.get(recipientId) ?? []) if (store.notifications.get(id)?.readAt === null) count++;
      return count;
    },
    async markRead(recipientId, ids, at) {
      const list = ids === 'all' ? store.inbox.get(recipientId) ?? [] : ids;
      for (const id of list) {
        const n = store.notifications.get(id);
        if (n && n.recipientId === recipientId && n.readAt === null) n.readAt = at;
      }
    },
    async preferences(personIds) {
      const found = new Map<string, import('../types.js').NotificationPreferences>();
      for (const id of personIds) {
        const p = store.notificationPrefs.get(id);
        if (p) found.set(id, structuredClone(p));
      }
      return found;
    },
    async setPreferences(personId, prefs) {
      store.notificationPrefs.set(personId, structuredClone(prefs));
    },
    async follow(personId, target, on) {
      const k = key(target);
      let followers = store.follows.get(k);
      if (on) {
        if (!followers) store.follows.set(k, (followers = new Map()));
        if (!followers.has(personId)) followers.set(personId, store.iso());
      } else followers?.delete(personId);
    },
    async isFollowing(personId, target) {
      return store.follows.get(key(target))?.has(personId) ?? false;
    },
    async followers(targets) {
      const ids = new Set<string>();
      for (const t of targets) for (const id of store.follows.get(key(t))?.keys() ?? []) ids.add(id);
      return [...ids];
    },
  };
}
