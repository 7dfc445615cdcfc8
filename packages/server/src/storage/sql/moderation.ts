/**
 * Issue 13: moderation storage in SQL — states, versions, reports, the review queue, people's
 * restrictions and staff notes, the audit log and hold-first-posts overrides. Dumb storage: every
 * rule is in the domain (`@confab/core/domain`, `moderation*.ts`).
 */
import type {
  AuditAction, AuditEntry, AuditQuery, ContentKind, ContentRef, ContentStatus, ContentVersion, Id, IsoDate, Page, PolicyScope,
  QueueQuery, Report, ReportReason, ReportStatus, StaffNote,
} from '@confab/core';
import { ValidationError } from '@confab/core';
import type { ModerationRepository, NewAuditEntry, NewReport, PersonFacts, QueueRow, StoredContent } from '@confab/core/domain';
import { sql, type Selectable } from 'kysely';
import { textDoc, type SqlContext } from './context.js';
import { statusOf } from './content-state.js';
import type { AuditLogTable, ReportsTable } from './schema.js';
import { insertTags, tagRows, tagsOf } from './tags.js';
import { decodeCursor, groupBy, jsonList, newId, pageOf, pageSize, refOf } from './util.js';

/** The table of each kind and the column holding its moderation state. */
const TABLES = {
  question: { table: 'questions', state: 'state' },
  answer: { table: 'answers', state: 'state' },
  idea: { table: 'ideas', state: 'state' },
  comment: { table: 'comments', state: 'state' },
  feedback: { table: 'feedback', state: 'comment_state' },
} as const;

/** The kinds counted as posts (held first posts, new-person limits). */
const POST_TABLES = ['questions', 'answers', 'ideas', 'comments'] as const;

/** An opaque cursor of the queue: the last row's `since` and `seq`. */
function queueCursor(since: string, seq: number): string {
  return Buffer.from(JSON.stringify([since, seq]), 'utf8').toString('base64url');
}

function readQueueCursor(cursor: string | null | undefined): { since: string; seq: number } | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && Number.isSafeInteger(value[1])) return { since: value[0], seq: value[1] as number };
  } catch { /* refused below */ }
  throw new ValidationError({ cursor: 'This list position is no longer valid; reload the list' });
}

/** Moderation in SQL. */
export class SqlModeration implements ModerationRepository {
  constructor(private readonly ctx: SqlContext) {}

  private get db() {
    return this.ctx.db;
  }

  async content(target: ContentRef): Promise<StoredContent | null> {
    const db = this.db;
    const status = (r: { state: string; state_by: string | null; state_reason: string | null; edited_at: string | null }): ContentStatus => statusOf(r);
    switch (target.kind) {
      case 'question': {
        const r = await db.selectFrom('questions').selectAll().where('id', '=', target.id).executeTakeFirst();
        if (!r) return null;
        const tags = (await tagsOf(this.ctx, 'question_tags', [r.id])).get(r.id) ?? [];
        return {
          target, authorId: r.author_id, status: status(r), editedBy: r.edited_by, parentId: null, context: r.context, campaignId: null,
          title: r.title, body: r.body, tags, createdAt: r.created_at,
        };
      }
      case 'answer': {
        const r = await db.selectFrom('answers as a').innerJoin('questions as q', 'q.id', 'a.question_id').selectAll('a').select('q.context')
          .where('a.id', '=', target.id).executeTakeFirst();
        if (!r) return null;
        return {
          target, authorId: r.author_id, status: status(r), editedBy: r.edited_by, parentId: r.question_id, context: r.context, campaignId: null,
          title: null, body: r.body, tags: [], createdAt: r.created_at,
        };
      }
      case 'idea': {
        const r = await db.selectFrom('ideas').selectAll().where('id', '=', target.id).executeTakeFirst();
        if (!r) return null;
        const tags = (await tagsOf(this.ctx, 'idea_tags', [r.id])).get(r.id) ?? [];
        return {
          target, authorId: r.author_id, status: status(r), editedBy: r.edited_by, parentId: null, context: null, campaignId: r.campaign_id,
          title: r.title, body: r.body, tags, createdAt: r.created_at,
        };
      }
      case 'comment': {
        const r = await db.selectFrom('comments as c').innerJoin('ideas as i', 'i.id', 'c.idea_id').selectAll('c').select('i.campaign_id')
          .where('c.id', '=', target.id).executeTakeFirst();
        if (!r) return null;
        return {
          target, authorId: r.author_id, status: status(r), editedBy: r.edited_by, parentId: r.idea_id, context: null, campaignId: r.campaign_id,
          title: null, body: r.body, tags: [], createdAt: r.created_at,
        };
      }
      case 'feedback': {
        const r = await db.selectFrom('feedback').selectAll().where('id', '=', target.id).executeTakeFirst();
        if (!r) return null;
        return {
          target, authorId: r.author_id, status: status({ ...r, state: r.comment_state }), editedBy: r.edited_by, parentId: null,
          context: r.subject, campaignId: null, title: null, body: r.comment ?? '', tags: [], createdAt: r.created_at,
        };
      }
      default:
        return null;
    }
  }

  async setStatus(target: ContentRef, status: Omit<ContentStatus, 'editedAt'>): Promise<void> {
    const { table, state } = TABLES[target.kind];
    const before = await sql<{ state: string }>`SELECT ${sql.ref(state)} AS state FROM ${sql.table(table)} WHERE id = ${target.id}`.execute(this.db);
    const was = before.rows[0]?.state;
    if (was === undefined) return;
    await sql`UPDATE ${sql.table(table)} SET ${sql.ref(state)} = ${status.state}, state_by = ${status.by}, state_reason = ${status.reason}
      WHERE id = ${target.id}`.execute(this.db);
    // answer_count and comment_count count visible answers and comments only.
    const delta = (status.state === 'visible' ? 1 : 0) - (was === 'visible' ? 1 : 0);
    if (delta === 0) return;
    if (target.kind === 'answer') {
      await sql`UPDATE questions SET answer_count = answer_count + ${delta} WHERE id = (SELECT question_id FROM answers WHERE id = ${target.id})`.execute(this.db);
    } else if (target.kind === 'comment') {
      await sql`UPDATE ideas SET comment_count = comment_count + ${delta} WHERE id = (SELECT idea_id FROM comments WHERE id = ${target.id})`.execute(this.db);
    }
  }

  async updateText(target: ContentRef, fields: { title?: string; body?: string; tags?: string[] }, editorId: Id, at: IsoDate): Promise<void> {
    const edited = { edited_at: at, edited_by: editorId };
    const { kind, id } = target;
    if (kind === 'feedback') {
      await this.db.updateTable('feedback').set({ ...edited, ...(fields.body !== undefined ? { comment: fields.body } : {}) }).where('id', '=', id).execute();
      return;
    }
    if (kind === 'answer' || kind === 'comment') {
      const table = kind === 'answer' ? 'answers' : 'comments';
      await this.db.updateTable(table).set({ ...edited, ...(fields.body !== undefined ? { body: fields.body } : {}) }).where('id', '=', id).execute();
      return;
    }
    const table = kind === 'question' ? 'questions' : 'ideas';
    const tagTable = kind === 'question' ? 'question_tags' : 'idea_tags';
    const text = { ...(fields.title !== undefined ? { title: fields.title } : {}), ...(fields.body !== undefined ? { body: fields.body } : {}) };
    await this.db.updateTable(table).set({ ...edited, ...text }).where('id', '=', id).execute();
    if (fields.tags !== undefined) {
      await this.db.deleteFrom(tagTable).where('item_id', '=', id).execute();
      await insertTags(this.db, tagTable, tagRows(id, fields.tags));
    }
    const row = await this.db.selectFrom(table).select(['seq', 'title', 'body']).where('id', '=', id).executeTakeFirst();
    if (!row) return;
    const tags = (await tagsOf(this.ctx, tagTable, [id])).get(id) ?? [];
    await this.ctx.dialect.reindex(this.db, table, [textDoc(Number(row.seq), row.title, row.body, tags)]);
  }

  async addVersion(target: ContentRef, version: Omit<ContentVersion, 'version' | 'editor'> & { editorId: Id }): Promise<void> {
    const last = await this.db.selectFrom('content_versions').select((eb) => eb.fn.max('version').as('v'))
      .where('item_kind', '=', target.kind).where('item_id', '=', target.id).executeTakeFirst();
    await this.db.insertInto('content_versions').values({
      item_kind: target.kind, item_id: target.id, version: Number(last?.v ?? 0) + 1, title: version.title, body: version.body,
      tags: JSON.stringify(version.tags), editor_id: version.editorId, at: version.at,
    }).execute();
  }

  async versions(target: ContentRef): Promise<ContentVersion[]> {
    const rows = await this.db.selectFrom('content_versions').selectAll().where('item_kind', '=', target.kind).where('item_id', '=', target.id)
      .orderBy('version', 'asc').execute();
    const refs = await this.ctx.refs.get(this.db, rows.map((r) => r.editor_id));
    return rows.map((r) => ({ version: Number(r.version), title: r.title, body: r.body, tags: jsonList(r.tags), editor: refOf(refs, r.editor_id), at: r.at }));
  }

  async hasOpenReport(target: ContentRef, reporterId: Id): Promise<boolean> {
    const row = await this.db.selectFrom('reports').select('id').where('item_kind', '=', target.kind).where('item_id', '=', target.id)
      .where('reporter_id', '=', reporterId).where('status', '=', 'open').executeTakeFirst();
    return row !== undefined;
  }

  async addReport(report: NewReport): Promise<Report> {
    const id = newId('r');
    await this.db.insertInto('reports').values({
      id, item_kind: report.target.kind, item_id: report.target.id, reporter_id: report.reporterId, reason: report.reason, note: report.note,
      weight: report.weight, status: 'open', created_at: report.at, closed_at: null,
    }).execute();
    const refs = await this.ctx.refs.get(this.db, [report.reporterId]);
    return {
      id, target: report.target, reporter: refOf(refs, report.reporterId), reason: report.reason, note: report.note, weight: report.weight,
      status: 'open', createdAt: report.at,
    };
  }

  async reports(targets: ContentRef[], status?: ReportStatus): Promise<Report[]> {
    if (targets.length === 0) return [];
    const byKind = groupBy(targets, (t) => t.kind, (t) => t.id);
    let q = this.db.selectFrom('reports').selectAll()
      .where((eb) => eb.or([...byKind].map(([kind, ids]) => eb.and([eb('item_kind', '=', kind), eb('item_id', 'in', [...new Set(ids)])]))));
    if (status) q = q.where('status', '=', status);
    const rows = await q.orderBy('seq', 'asc').execute();
    return this.toReports(rows);
  }

  async closeReports(target: ContentRef, status: Exclude<ReportStatus, 'open'>, at: IsoDate): Promise<Id[]> {
    const rows = await this.db.updateTable('reports').set({ status, closed_at: at })
      .where('item_kind', '=', target.kind).where('item_id', '=', target.id).where('status', '=', 'open')
      .returning('reporter_id').execute();
    return [...new Set(rows.map((r) => r.reporter_id))];
  }

  async reporterStats(personIds: Id[]): Promise<Map<Id, { agreed: number; dismissed: number }>> {
    const out = new Map<Id, { agreed: number; dismissed: number }>();
    const ids = [...new Set(personIds)];
    if (ids.length === 0) return out;
    const rows = await this.db.selectFrom('reports').select(['reporter_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('reporter_id', 'in', ids).where('status', 'in', ['agreed', 'dismissed']).groupBy(['reporter_id', 'status']).execute();
    for (const r of rows) {
      const stats = out.get(r.reporter_id) ?? { agreed: 0, dismissed: 0 };
      if (r.status === 'agreed') stats.agreed = Number(r.n);
      else stats.dismissed = Number(r.n);
      out.set(r.reporter_id, stats);
    }
    return out;
  }

  async enqueue(row: QueueRow): Promise<void> {
    const fields = { author_id: row.authorId, context: row.context, campaign_id: row.campaignId, held: row.held ? 1 : 0 };
    await this.db.insertInto('moderation_queue').values({ item_kind: row.target.kind, item_id: row.target.id, since: row.since, ...fields })
      .onConflict((oc) => oc.columns(['item_kind', 'item_id']).doUpdateSet(fields)).execute();
  }

  async dequeue(target: ContentRef): Promise<void> {
    await this.db.deleteFrom('moderation_queue').where('item_kind', '=', target.kind).where('item_id', '=', target.id).execute();
  }

  async queued(target: ContentRef): Promise<QueueRow | null> {
    const r = await this.db.selectFrom('moderation_queue').selectAll().where('item_kind', '=', target.kind).where('item_id', '=', target.id).executeTakeFirst();
    return r ? toQueueRow(r) : null;
  }

  async queue(query: QueueQuery): Promise<Page<QueueRow>> {
    const limit = pageSize(query.limit);
    const after = readQueueCursor(query.cursor);
    let q = this.db.selectFrom('moderation_queue as m').selectAll('m');
    if (query.kind) q = q.where('m.item_kind', '=', query.kind);
    if (query.context !== undefined) q = q.where('m.context', '=', query.context);
    if (query.campaign !== undefined) q = q.where('m.campaign_id', '=', query.campaign);
    if (query.held !== undefined) q = q.where('m.held', '=', query.held ? 1 : 0);
    const reason = query.reason;
    if (reason) {
      q = q.where((eb) => eb.exists(eb.selectFrom('reports as r').select('r.id')
        .whereRef('r.item_kind', '=', 'm.item_kind').whereRef('r.item_id', '=', 'm.item_id')
        .where('r.status', '=', 'open').where('r.reason', '=', reason)));
    }
    if (after) {
      q = q.where((eb) => eb.or([eb('m.since', '>', after.since), eb.and([eb('m.since', '=', after.since), eb('m.seq', '>', after.seq)])]));
    }
    const rows = await q.orderBy('m.since', 'asc').orderBy('m.seq', 'asc').limit(limit + 1).execute();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toQueueRow), nextCursor: rows.length > limit && last ? queueCursor(last.since, Number(last.seq)) : null };
  }

  async postCounts(authorIds: Id[], options: { since?: IsoDate; approvedOnly?: boolean } = {}): Promise<Map<Id, number>> {
    const out = new Map<Id, number>();
    const ids = [...new Set(authorIds)];
    if (ids.length === 0) return out;
    for (const table of POST_TABLES) {
      let q = this.db.selectFrom(table).select(['author_id', (eb) => eb.fn.countAll<number>().as('n')]).where('author_id', 'in', ids);
      if (options.since !== undefined) q = q.where('created_at', '>=', options.since);
      if (options.approvedOnly) q = q.where('state', '<>', 'held');
      for (const r of await q.groupBy('author_id').execute()) out.set(r.author_id, (out.get(r.author_id) ?? 0) + Number(r.n));
    }
    return out;
  }

  async personFacts(personIds: Id[]): Promise<Map<Id, PersonFacts>> {
    const ids = [...new Set(personIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('people').select(['id', 'name', 'avatar_url', 'joined_at', 'restricted_until']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, {
      id: r.id, name: r.name, ...(r.avatar_url ? { avatarUrl: r.avatar_url } : {}), joinedAt: r.joined_at, restrictedUntil: r.restricted_until,
    }]));
  }

  async setRestriction(personId: Id, until: IsoDate | null): Promise<void> {
    await this.db.updateTable('people').set({ restricted_until: until }).where('id', '=', personId).execute();
  }

  async addStaffNote(note: { personId: Id; body: string; authorId: Id; at: IsoDate }): Promise<StaffNote> {
    const id = newId('sn');
    await this.db.insertInto('staff_notes').values({ id, person_id: note.personId, body: note.body, author_id: note.authorId, at: note.at }).execute();
    const refs = await this.ctx.refs.get(this.db, [note.authorId]);
    return { id, personId: note.personId, body: note.body, author: refOf(refs, note.authorId), at: note.at };
  }

  async staffNotes(personId: Id): Promise<StaffNote[]> {
    const rows = await this.db.selectFrom('staff_notes').selectAll().where('person_id', '=', personId).orderBy('seq', 'desc').execute();
    const refs = await this.ctx.refs.get(this.db, rows.map((r) => r.author_id));
    return rows.map((r) => ({ id: r.id, personId: r.person_id, body: r.body, author: refOf(refs, r.author_id), at: r.at }));
  }

  async audit(entry: NewAuditEntry): Promise<void> {
    await this.db.insertInto('audit_log').values({
      id: newId('au'), at: entry.at, actor_id: entry.actorId, action: entry.action, item_kind: entry.target?.kind ?? null,
      item_id: entry.target?.id ?? null, person_id: entry.personId, reason: entry.reason, details: entry.details ? JSON.stringify(entry.details) : null,
    }).execute();
  }

  async auditLog(query: AuditQuery): Promise<Page<AuditEntry>> {
    const limit = pageSize(query.limit);
    const pos = decodeCursor(query.cursor);
    let q = this.db.selectFrom('audit_log').selectAll();
    if (query.action) q = q.where('action', '=', query.action);
    if (query.actor) q = q.where('actor_id', '=', query.actor);
    if (query.person) q = q.where('person_id', '=', query.person);
    if (query.target) q = q.where('item_kind', '=', query.target.kind).where('item_id', '=', query.target.id);
    if (pos.seq !== null) q = q.where('seq', '<', pos.seq);
    const rows = await q.orderBy('seq', 'desc').limit(limit + 1).offset(pos.seq !== null ? 0 : pos.offset).execute();
    const page = pageOf(rows.map((r) => ({ ...r, seq: Number(r.seq) })), limit, pos);
    return { items: await this.toAudit(page.rows), nextCursor: page.nextCursor };
  }

  async auditCounts(personIds: Id[], actions: AuditAction[]): Promise<Map<Id, number>> {
    const ids = [...new Set(personIds)];
    if (actions.length === 0 || ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('audit_log').select(['person_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('person_id', 'in', ids).where('action', 'in', actions).groupBy('person_id').execute();
    return new Map(rows.flatMap((r) => (r.person_id ? [[r.person_id, Number(r.n)] as [Id, number]] : [])));
  }

  async recentAudit(personIds: Id[], perPerson: number): Promise<AuditEntry[]> {
    const ids = [...new Set(personIds)];
    if (ids.length === 0 || perPerson < 1) return [];
    // The latest `perPerson` of each person in one statement (a window over the `(person_id, seq)` index).
    const ranked = this.db.selectFrom('audit_log').selectAll()
      .select(sql<number>`ROW_NUMBER() OVER (PARTITION BY person_id ORDER BY seq DESC)`.as('rank'))
      .where('person_id', 'in', ids);
    const rows = await this.db.selectFrom(ranked.as('r')).selectAll().where('r.rank', '<=', perPerson).orderBy('r.seq', 'desc').execute();
    return this.toAudit(rows);
  }

  async holdOverride(scope: PolicyScope): Promise<number | null> {
    const row = await this.db.selectFrom('hold_overrides').select('hold_first_posts').where('scope_kind', '=', scope.kind).where('scope_id', '=', scope.id).executeTakeFirst();
    return row ? Number(row.hold_first_posts) : null;
  }

  async setHoldOverride(scope: PolicyScope, holdFirstPosts: number | null): Promise<void> {
    if (holdFirstPosts === null) {
      await this.db.deleteFrom('hold_overrides').where('scope_kind', '=', scope.kind).where('scope_id', '=', scope.id).execute();
      return;
    }
    await this.db.insertInto('hold_overrides').values({ scope_kind: scope.kind, scope_id: scope.id, hold_first_posts: holdFirstPosts })
      .onConflict((oc) => oc.columns(['scope_kind', 'scope_id']).doUpdateSet({ hold_first_posts: holdFirstPosts })).execute();
  }

  private async toReports(rows: Selectable<ReportsTable>[]): Promise<Report[]> {
    const refs = await this.ctx.refs.get(this.db, rows.map((r) => r.reporter_id));
    return rows.map((r) => ({
      id: r.id, target: { kind: r.item_kind as ContentKind, id: r.item_id }, reporter: refOf(refs, r.reporter_id), reason: r.reason as ReportReason,
      note: r.note, weight: Number(r.weight), status: r.status as ReportStatus, createdAt: r.created_at,
    }));
  }

  private async toAudit(rows: Selectable<AuditLogTable>[]): Promise<AuditEntry[]> {
    const refs = await this.ctx.refs.get(this.db, rows.flatMap((r) => [r.actor_id, r.person_id].filter((id): id is string => id !== null)));
    return rows.map((r) => ({
      id: r.id, at: r.at, actor: r.actor_id ? refOf(refs, r.actor_id) : null, action: r.action as AuditAction,
      target: r.item_kind && r.item_id ? { kind: r.item_kind as ContentKind, id: r.item_id } : null,
      person: r.person_id ? refOf(refs, r.person_id) : null, reason: r.reason,
      details: r.details ? JSON.parse(r.details) as Record<string, unknown> : null,
    }));
  }
}

function toQueueRow(r: { item_kind: string; item_id: string; author_id: string; context: string | null; campaign_id: string | null; held: number; since: string }): QueueRow {
  return {
    target: { kind: r.item_kind as ContentKind, id: r.item_id }, authorId: r.author_id, context: r.context, campaignId: r.campaign_id,
    held: Number(r.held) === 1, since: r.since,
  };
}
