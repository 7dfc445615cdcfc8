/** Issue 15: notifications, preferences and follows in SQL (migration 6). */
import type { FollowTarget, Id, Notification, NotificationItemKind, NotificationPreferences, NotificationType, Page, PageQuery } from '@confab/core';
import type { NewNotification, NotificationRepository } from '@confab/core/domain';
import type { Selectable } from 'kysely';
import type { SqlContext } from './context.js';
import type { NotificationsTable } from './schema.js';
import { statement } from './prepared.js';
import { decodeCursor, newId, now, pageOf, pageSize } from './util.js';

/** Rows per INSERT and ids per IN list: well within both databases' limits on bound values. */
const CHUNK = 500;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

// A vote or a post follows its item (autoFollow): compiled once (`prepared.ts`).
const prefsOf = statement((db, $) => db.selectFrom('notification_prefs').select(['person_id', 'prefs']).where('person_id', 'in', $.list(0)));
const addFollow = statement((db, $) => db.insertInto('follows').values({ person_id: $(0), target_kind: $(1), target_id: $(2), at: $(3) })
  .onConflict((oc) => oc.columns(['person_id', 'target_kind', 'target_id']).doNothing()));
const dropFollow = statement((db, $) => db.deleteFrom('follows').where('person_id', '=', $(0)).where('target_kind', '=', $(1)).where('target_id', '=', $(2)));

type Row = Pick<Selectable<NotificationsTable>, 'id' | 'type' | 'at' | 'read_at' | 'actor_id' | 'item_kind' | 'item_id' | 'title' | 'excerpt' | 'url'>;

/** Notifications in SQL. */
export class SqlNotifications implements NotificationRepository {
  constructor(private readonly ctx: SqlContext) {}

  private async toNotifications(rows: Row[]): Promise<Notification[]> {
    const refs = await this.ctx.refs.get(this.ctx.db, rows.flatMap((r) => (r.actor_id === null ? [] : [r.actor_id])));
    return rows.map((r) => ({
      id: r.id, type: r.type as NotificationType, at: r.at, read: r.read_at !== null,
      actor: r.actor_id === null ? null : refs.get(r.actor_id) ?? { id: r.actor_id, name: r.actor_id },
      item: { kind: r.item_kind as NotificationItemKind, id: r.item_id }, title: r.title, excerpt: r.excerpt, url: r.url,
    }));
  }

  async insert(list: NewNotification[]): Promise<Notification[]> {
    const at = now();
    const rows = list.map((n) => ({
      id: newId('n'), recipient_id: n.recipientId, type: n.type, at, read_at: null, actor_id: n.actorId,
      item_kind: n.item.kind, item_id: n.item.id, title: n.title, excerpt: n.excerpt, url: n.url, channel: n.channel, mailed_at: null,
    }));
    for (const part of chunks(rows)) await this.ctx.db.insertInto('notifications').values(part).execute();
    return this.toNotifications(rows);
  }

  async list(recipientId: Id, query: PageQuery & { unread?: boolean }): Promise<Page<Notification>> {
    const limit = pageSize(query.limit);
    const pos = decodeCursor(query.cursor);
    let q = this.ctx.db.selectFrom('notifications')
      .select(['seq', 'id', 'type', 'at', 'read_at', 'actor_id', 'item_kind', 'item_id', 'title', 'excerpt', 'url'])
      .where('recipient_id', '=', recipientId);
    if (query.unread) q = q.where('read_at', 'is', null);
    if (pos.seq !== null) q = q.where('seq', '<', pos.seq);
    const rows = (await q.orderBy('seq', 'desc').limit(limit + 1).execute()).map((r) => ({ ...r, seq: Number(r.seq) }));
    const page = pageOf(rows, limit, pos);
    return { items: await this.toNotifications(page.rows), nextCursor: page.nextCursor };
  }

  async unreadCount(recipientId: Id): Promise<number> {
    const row = await this.ctx.db.selectFrom('notifications').select((eb) => eb.fn.countAll().as('n'))
      .where('recipient_id', '=', recipientId).where('read_at', 'is', null).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async markRead(recipientId: Id, ids: Id[] | 'all', at: string): Promise<void> {
    const base = () => this.ctx.db.updateTable('notifications').set({ read_at: at }).where('recipient_id', '=', recipientId).where('read_at', 'is', null);
    if (ids === 'all') await base().execute();
    else for (const part of chunks(ids)) await base().where('id', 'in', part).execute();
  }

  async preferences(personIds: Id[]): Promise<Map<Id, NotificationPreferences>> {
    const found = new Map<Id, NotificationPreferences>();
    for (const part of chunks([...new Set(personIds)])) {
      for (const r of await prefsOf.rows(this.ctx, [part])) found.set(r.person_id, JSON.parse(r.prefs) as NotificationPreferences);
    }
    return found;
  }

  async setPreferences(personId: Id, prefs: NotificationPreferences): Promise<void> {
    const text = JSON.stringify(prefs);
    await this.ctx.db.insertInto('notification_prefs').values({ person_id: personId, prefs: text })
      .onConflict((oc) => oc.column('person_id').doUpdateSet({ prefs: text })).execute();
  }

  async follow(personId: Id, target: FollowTarget, on: boolean): Promise<void> {
    if (on) await addFollow.run(this.ctx, [personId, target.kind, target.id, now()]);
    else await dropFollow.run(this.ctx, [personId, target.kind, target.id]);
  }

  async isFollowing(personId: Id, target: FollowTarget): Promise<boolean> {
    const row = await this.ctx.db.selectFrom('follows').select('person_id')
      .where('person_id', '=', personId).where('target_kind', '=', target.kind).where('target_id', '=', target.id).executeTakeFirst();
    return row !== undefined;
  }

  async followers(targets: FollowTarget[]): Promise<Id[]> {
    if (targets.length === 0) return [];
    // One lookup per target through the (target_kind, target_id) index.
    const rows = await this.ctx.db.selectFrom('follows').select('person_id')
      .where((eb) => eb.or(targets.map((t) => eb.and([eb('target_kind', '=', t.kind), eb('target_id', '=', t.id)]))))
      .execute();
    return [...new Set(rows.map((r) => r.person_id))];
  }
}
