/** Feedback and owners' responses; views hide an anonymous author unless the viewer wrote it. */
import type { Feedback, FeedbackInput, FeedbackQuery, FeedbackState, FeedbackSummary, FeedbackVariant, Id, Page } from '@confab/core';
import type { FeedbackRepository } from '@confab/core/domain';
import type { Selectable } from 'kysely';
import type { SqlContext } from './context.js';
import { statusOf } from './content-state.js';
import type { FeedbackTable } from './schema.js';
import { decodeCursor, newId, now, pageOf, pageSize, refOf } from './util.js';

type FeedbackRow = Selectable<FeedbackTable>;

/** Seeded or new feedback, ready to store. */
export interface FeedbackRecord {
  id: string; subject: string; variant: FeedbackVariant; rating: number; reason: string | null; comment: string | null;
  anonymous: boolean; author: string; createdAt: string; state: FeedbackState; response: { body: string; by: string; at: string } | null;
}

/** Feedback in SQL. */
export class SqlFeedback implements FeedbackRepository {
  constructor(private readonly ctx: SqlContext) {}

  async send(input: Required<Omit<FeedbackInput, 'url'>> & { url?: string | null }, authorId: Id): Promise<Feedback> {
    const id = newId('f');
    await this.insert({
      id, subject: input.subject, variant: input.variant, rating: input.rating, reason: input.reason, comment: input.comment,
      anonymous: input.anonymous, author: authorId, createdAt: now(), state: 'open', response: null,
    });
    if (input.url) await this.ctx.db.updateTable('feedback').set({ url: input.url }).where('id', '=', id).execute();
    return (await this.get(id, authorId)) as Feedback;
  }

  async replace(id: Id, input: Required<Omit<FeedbackInput, 'url'>> & { url?: string | null }, authorId: Id): Promise<Feedback> {
    await this.ctx.db.updateTable('feedback').set({
      variant: input.variant, rating: input.rating, reason: input.reason, comment: input.comment, anonymous: input.anonymous ? 1 : 0,
      created_at: now(), state: 'open', url: input.url ?? null,
    }).where('id', '=', id).execute();
    return (await this.get(id, authorId)) as Feedback;
  }

  async get(id: Id, viewerId: Id | null): Promise<Feedback | null> {
    const row = await this.ctx.db.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? (await this.toFeedback([row], viewerId))[0] ?? null : null;
  }

  async getMany(ids: Id[], viewerId: Id | null): Promise<Feedback[]> {
    if (ids.length === 0) return [];
    return this.toFeedback(await this.ctx.db.selectFrom('feedback').selectAll().where('id', 'in', ids).execute(), viewerId);
  }

  async authorOf(id: Id): Promise<Id | null> {
    const row = await this.ctx.db.selectFrom('feedback').select('author_id').where('id', '=', id).executeTakeFirst();
    return row?.author_id ?? null;
  }

  async mine(subject: string, authorId: Id): Promise<Feedback | null> {
    const row = await this.ctx.db.selectFrom('feedback').selectAll().where('author_id', '=', authorId).where('subject', '=', subject)
      .orderBy('seq', 'desc').limit(1).executeTakeFirst();
    return row ? (await this.toFeedback([row], authorId))[0] ?? null : null;
  }

  async summary(subject: string | null): Promise<FeedbackSummary> {
    let q = this.ctx.db.selectFrom('feedback').select((eb) => {
      const count = (when: ReturnType<typeof eb.and>) => eb.fn.sum<number | null>(eb.case().when(when).then(1).else(0).end());
      return [
        eb.fn.countAll<number>().as('count'),
        count(eb.and([eb('variant', '=', 'helpful'), eb('rating', '>=', 4)])).as('helpful'),
        count(eb.and([eb('variant', '=', 'helpful')])).as('helpful_count'),
        eb.fn.avg<number | null>(eb.case().when('variant', '=', 'stars').then(eb.ref('rating')).end()).as('average'),
        count(eb.and([eb('variant', '=', 'stars')])).as('stars_count'),
        count(eb.and([eb('state', '=', 'open')])).as('open'),
      ];
    });
    if (subject !== null) q = q.where('subject', '=', subject);
    const row = await q.executeTakeFirst();
    return {
      subject, count: Number(row?.count ?? 0), helpful: Number(row?.helpful ?? 0), helpfulCount: Number(row?.helpful_count ?? 0),
      average: row?.average === null || row?.average === undefined ? null : Number(row.average),
      starsCount: Number(row?.stars_count ?? 0), open: Number(row?.open ?? 0),
    };
  }

  async list(query: FeedbackQuery, viewerId: Id | null): Promise<Page<Feedback>> {
    let q = this.ctx.db.selectFrom('feedback').selectAll();
    if (query.subject !== undefined) q = q.where('subject', '=', query.subject);
    if (query.state) q = q.where('state', '=', query.state);
    const limit = pageSize(query.limit);
    const pos = decodeCursor(query.cursor);
    if (pos.seq !== null) q = q.where('seq', '<', pos.seq);
    const rows = await q.orderBy('seq', 'desc').limit(limit + 1).offset(pos.seq !== null ? 0 : pos.offset).execute();
    const page = pageOf(rows, limit, pos);
    return { items: await this.toFeedback(page.rows, viewerId), nextCursor: page.nextCursor };
  }

  async respond(id: Id, body: string, byId: Id): Promise<void> {
    await this.ctx.db.updateTable('feedback').set({ response_body: body, response_by: byId, response_at: now() }).where('id', '=', id).execute();
  }

  async setState(id: Id, state: FeedbackState): Promise<void> {
    await this.ctx.db.updateTable('feedback').set({ state }).where('id', '=', id).execute();
  }

  /** Stores one record (send and seeding). */
  async insert(f: FeedbackRecord): Promise<void> {
    await this.ctx.db.insertInto('feedback').values({
      id: f.id, subject: f.subject, variant: f.variant, rating: f.rating, reason: f.reason, comment: f.comment, anonymous: f.anonymous ? 1 : 0,
      author_id: f.author, created_at: f.createdAt, state: f.state,
      response_body: f.response?.body ?? null, response_by: f.response?.by ?? null, response_at: f.response?.at ?? null,
    }).execute();
  }

  private async toFeedback(rows: FeedbackRow[], viewerId: Id | null): Promise<Feedback[]> {
    const refs = await this.ctx.refs.get(this.ctx.db, rows.flatMap((r) => (r.response_by ? [r.author_id, r.response_by] : [r.author_id])));
    return rows.map((r) => ({
      id: r.id, subject: r.subject, variant: r.variant as FeedbackVariant, rating: Number(r.rating), reason: r.reason, comment: r.comment,
      anonymous: Number(r.anonymous) === 1,
      author: Number(r.anonymous) === 1 && r.author_id !== viewerId ? null : refOf(refs, r.author_id),
      createdAt: r.created_at, state: r.state as FeedbackState,
      response: r.response_body !== null && r.response_by && r.response_at ? { body: r.response_body, by: refOf(refs, r.response_by), at: r.response_at } : null,
      ...(r.url ? { url: r.url } : {}),
      moderation: statusOf({ ...r, state: r.comment_state }),
    }));
  }
}
