/** Routes of notifications, preferences and follows under `/api/v1` (issue 15): transport only, the rules are core's domain. */
import type { FollowTargetKind, NotificationPreferencesInput } from '@confab/core';
import { notifications } from '@confab/core/domain';
import type { FastifyInstance } from 'fastify';
import { read, write, type AppContext } from '../http/context.js';
import { limitOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';

interface Target { kind: FollowTargetKind; id: string }

/** Registers the notification and follow routes. */
export function notificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: PageQs & { unread?: 'true' | 'false' } }>('/notifications', { schema: s.listSchema }, (req) => {
    const q = req.query;
    return read(ctx, req, (r) => notifications.listNotifications(r, { cursor: q.cursor, limit: limitOf(q.limit), unread: q.unread === undefined ? undefined : q.unread === 'true' }));
  });
  app.get('/notifications/unread', { schema: s.unreadSchema }, async (req) => ({ count: await read(ctx, req, (r) => notifications.unreadCount(r)) }));
  app.post<{ Body: { ids: string[] | 'all' } }>('/notifications/read', { schema: s.readSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'markRead', input: [req.body.ids], run: async (w) => ({ unread: await notifications.markRead(w, req.body.ids) }) }));
  app.get('/notifications/preferences', { schema: s.preferencesSchema }, (req) => read(ctx, req, (r) => notifications.preferences(r)));
  app.put<{ Body: NotificationPreferencesInput }>('/notifications/preferences', { schema: s.setPreferencesSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'setPreferences', input: [req.body], run: (w) => notifications.setPreferences(w, req.body) }));
  app.get<{ Params: Target }>('/follows/:kind/:id', { schema: s.followingSchema }, async (req) =>
    ({ following: await read(ctx, req, (r) => notifications.following(r, { kind: req.params.kind, id: req.params.id })) }));
  app.put<{ Params: Target; Body: { on: boolean } }>('/follows/:kind/:id', { schema: s.followSchema }, (req, reply) => {
    const target = { kind: req.params.kind, id: req.params.id };
    return write(ctx, req, reply, { status: 200, operation: 'follow', input: [target, req.body.on], run: async (w) => ({ following: await notifications.follow(w, target, req.body.on) }) });
  });
}
