/** Issue 15: the `notifications` area of `RestAdapter`: notifications, preferences and following (loaded with its first call, see `./lazy-area.ts`). */
import type { NotificationsArea } from '../adapter.js';
import { path, type RestTransport } from './transport.js';

/** Notifications over `t`. */
export function notificationsArea(t: RestTransport): NotificationsArea {
  return {
    list: ({ unread, ...rest } = {}, options) => t.get('/notifications', { ...rest, unread: unread === undefined ? undefined : String(unread) }, options),
    unreadCount: async (options) => (await t.get<{ count: number }>('/notifications/unread', undefined, options)).count,
    markRead: async (ids, options) => (await t.write<{ unread: number }>('POST', '/notifications/read', { ids }, options)).unread,
    preferences: (options) => t.get('/notifications/preferences', undefined, options),
    setPreferences: (input, options) => t.write('PUT', '/notifications/preferences', input, options),
    follow: async (target, on, options) => (await t.write<{ following: boolean }>('PUT', path('follows', target.kind, target.id), { on }, options)).following,
    following: async (target, options) => (await t.get<{ following: boolean }>(path('follows', target.kind, target.id), undefined, options)).following,
  };
}
