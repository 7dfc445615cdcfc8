/** Campaigns, ideas and comments. */
import type { Campaign, CampaignStatus, Comment, Id, Idea, IdeaQuery, IdeaStatus, Page, PageQuery, PersonRef } from '@confab/core';
import type { ContentFilter, IdeaRepository, ItemFacts } from '@confab/core/domain';
import { sql, type Selectable } from 'kysely';
import { myVote, textDoc, type SqlContext } from './context.js';
import { filterArgs, filterShape, filterSlots, statePasses, statusOf, type FilterShape } from './content-state.js';
import { SqlCampaigns, type CampaignFields } from './campaigns.js';
import type { CommentsTable, Executor, IdeasTable } from './schema.js';
import type { SqlDialect } from './dialect.js';
import { insertTags, tagRows } from './tags.js';
import { shapedStatement, statement } from './prepared.js';
import { decodeCursor, jsonList, newId, now, pageOf, pageSize, refOf, searchWords } from './util.js';

type IdeaRow = Selectable<IdeasTable> & { mine: number | boolean; tag_list: string | string[] };

// Read for every vote on an idea (what the domain checks, without text or names): compiled once (`prepared.ts`).
const ideaFacts = statement((db, $) => db.selectFrom('ideas').select(['id', 'campaign_id', 'author_id', 'state', 'state_by', 'state_reason', 'edited_at']).where('id', '=', $(0)));

/** Ideas with their tags (in order) in each row: one statement. */
function ideaRows(db: Executor, dialect: SqlDialect) {
  return db.selectFrom('ideas as i').selectAll('i').select((eb) => [
    dialect.valuesOf(eb.selectFrom('idea_tags as t').select('t.tag as v').whereRef('t.item_id', '=', 'i.id').orderBy('t.position')).as('tag_list'),
  ]);
}

/** What decides the clauses of a list read, its values aside (`ideaList`). */
interface ListShape {
  filter: FilterShape | null;
  /** Ideas of one campaign, of none (null), or of all (undefined). */
  campaign: 'one' | 'none' | 'all';
  status: boolean;
  sort: IdeaQuery['sort'];
  /** Paged by the last `seq` seen rather than by offset. */
  keyset: boolean;
}

// The list read, compiled once per shape (`prepared.ts`). Values: 0 the viewer (their votes),
// 1–3 the content filter's states, viewer and own states, 4 the campaign, 5 the status, 6 now
// (trending), 7 the last seq seen, 8 the rows to read, 9 the offset.
const ideaList = shapedStatement(
  (db, $, dialect, s: ListShape) => {
    let q = ideaRows(db, dialect).select(myVote('idea', 'i.id', $(0)));
    const passes = s.filter && statePasses(filterSlots($, 1, s.filter), 'i.state', 'i.author_id');
    if (passes) q = q.where(passes);
    if (s.campaign === 'none') q = q.where('i.campaign_id', 'is', null);
    else if (s.campaign === 'one') q = q.where('i.campaign_id', '=', $(4));
    if (s.status) q = q.where('i.status', '=', $(5));
    if (s.sort === 'trending') q = q.orderBy(trending($(6)), 'desc').orderBy('i.votes', 'desc');
    else if (s.sort !== 'new') q = q.orderBy('i.votes', 'desc');
    if (s.keyset) q = q.where('i.seq', '<', $(7));
    return q.orderBy('i.seq', 'desc').limit($(8)).offset($(9));
  },
);

// Read for every idea card and every write that answers with its idea: compiled once.
const ideaById = statement((db, $, dialect) => ideaRows(db, dialect).select(myVote('idea', 'i.id', $(0))).where('i.id', '=', $(1)));

// An idea's comments, compiled once per shape. Values: 0 the idea, 1–3 the content filter's
// states, viewer and own states, 4 the last seq seen, 5 the rows to read, 6 the offset.
const commentList = shapedStatement(
  (db, $, _dialect, s: Pick<ListShape, 'filter' | 'keyset'>) => {
    let q = db.selectFrom('comments').selectAll().where('idea_id', '=', $(0));
    const passes = s.filter && statePasses(filterSlots($, 1, s.filter), 'comments.state', 'comments.author_id');
    if (passes) q = q.where(passes);
    if (s.keyset) q = q.where('seq', '>', $(4));
    return q.orderBy('seq', 'asc').limit($(5)).offset($(6));
  },
);

/** A day in ms, as a real number so that the division is not an integer one. */
const DAY_MS = sql.raw('86400000.0');

/** `trendingScore` in SQL: every vote weighs 1 / (1 + its age in days) at `nowMs`. */
function trending(nowMs: number) {
  const t = sql`CAST(${nowMs} AS BIGINT)`;
  return sql`(SELECT COALESCE(SUM(1.0 / (1.0 + (CASE WHEN ${t} > v.at_ms THEN ${t} - v.at_ms ELSE 0 END) / ${DAY_MS})), 0)
    FROM votes v WHERE v.kind = 'idea' AND v.item_id = i.id)`;
}

/** A new or seeded idea. */
export interface IdeaRecord {
  id: string; campaignId: string | null; title: string; body: string; tags: string[]; author: string; createdAt: string;
  status: IdeaStatus; change: { note: string; by: string; at: string } | null;
}

/** Ideas in SQL. */
export class SqlIdeas implements IdeaRepository {
  constructor(private readonly ctx: SqlContext) {}

  /** Ideas with their tags and the viewer's votes. */
  private select(viewerId: Id | null) {
    return ideaRows(this.ctx.db, this.ctx.dialect).select(myVote('idea', 'i.id', viewerId));
  }

  async campaigns(): Promise<Campaign[]> {
    return new SqlCampaigns(this.ctx).all();
  }

  async campaign(id: Id): Promise<Campaign | null> {
    return new SqlCampaigns(this.ctx).get(id);
  }

  async createCampaign(input: CampaignFields): Promise<Campaign> {
    const campaigns = new SqlCampaigns(this.ctx);
    return (await campaigns.get(await campaigns.insert(input))) as Campaign;
  }

  async updateCampaign(id: Id, fields: CampaignFields & { status?: CampaignStatus }): Promise<void> {
    await new SqlCampaigns(this.ctx).update(id, fields);
  }

  async list(query: IdeaQuery, viewerId: Id | null, filter?: ContentFilter): Promise<Page<Idea>> {
    const limit = pageSize(query.limit);
    const pos = decodeCursor(query.cursor);
    const keyset = query.sort === 'new' && pos.seq !== null;
    const shape: ListShape = {
      filter: filterShape(filter), campaign: query.campaign === null ? 'none' : query.campaign === undefined ? 'all' : 'one', status: !!query.status, sort: query.sort, keyset,
    };
    const rows = await ideaList.rows(this.ctx, [viewerId ?? '', ...filterArgs(filter), query.campaign ?? null, query.status ?? null, Date.now(),
      pos.seq, limit + 1, keyset ? 0 : pos.offset], shape);
    const page = pageOf(rows, limit, pos);
    return { items: await this.toIdeas(page.rows), nextCursor: page.nextCursor };
  }

  async get(id: Id, viewerId: Id | null): Promise<Idea | null> {
    const [row] = await ideaById.rows(this.ctx, [viewerId ?? '', id]);
    return row ? (await this.toIdeas([row]))[0] ?? null : null;
  }

  async facts(id: Id): Promise<(ItemFacts & { campaignId: Id | null }) | null> {
    const [r] = await ideaFacts.rows(this.ctx, [id]);
    return r ? { id: r.id, campaignId: r.campaign_id, authorId: r.author_id, moderation: statusOf(r) } : null;
  }

  async similar(words: string[], campaign: Id | null | undefined, max: number, viewerId: Id | null, filter?: ContentFilter): Promise<Idea[]> {
    const list = searchWords(words.join(' '), 32);
    if (list.length === 0) return [];
    let q = this.select(viewerId)
      .innerJoin(this.ctx.dialect.matches('ideas', list, 'any').as('f'), (join) => join.onRef('f.seq', '=', 'i.seq'));
    const passes = statePasses(filter, 'i.state', 'i.author_id');
    if (passes) q = q.where(passes);
    if (campaign === null) q = q.where('i.campaign_id', 'is', null);
    else if (campaign !== undefined) q = q.where('i.campaign_id', '=', campaign);
    return this.toIdeas(await q.orderBy('f.score', 'asc').orderBy('i.seq', 'desc').limit(max).execute());
  }

  async submit(input: { campaign: Id | null; title: string; body: string; tags: string[]; url?: string | null }, authorId: Id): Promise<Idea> {
    const id = newId('i');
    await this.insert({ id, campaignId: input.campaign, title: input.title, body: input.body, tags: input.tags, author: authorId,
      createdAt: now(), status: 'new', change: null });
    if (input.url) await this.ctx.db.updateTable('ideas').set({ url: input.url }).where('id', '=', id).execute();
    return (await this.get(id, authorId)) as Idea;
  }

  async getMany(ids: Id[], viewerId: Id | null): Promise<Idea[]> {
    if (ids.length === 0) return [];
    return this.toIdeas(await this.select(viewerId).where('i.id', 'in', ids).execute());
  }

  async getComments(ids: Id[]): Promise<Comment[]> {
    if (ids.length === 0) return [];
    const rows = await this.ctx.db.selectFrom('comments').selectAll().where('id', 'in', ids).execute();
    const refs = await this.ctx.refs.get(this.ctx.db, rows.map((r) => r.author_id));
    return rows.map((r) => toComment(r, refs));
  }

  async comments(ideaId: Id, query: PageQuery, filter?: ContentFilter): Promise<Page<Comment>> {
    const limit = pageSize(query.limit);
    const pos = decodeCursor(query.cursor);
    const keyset = pos.seq !== null;
    const rows = await commentList.rows(this.ctx, [ideaId, ...filterArgs(filter), pos.seq, limit + 1, keyset ? 0 : pos.offset], { filter: filterShape(filter), keyset });
    const page = pageOf(rows, limit, pos);
    const refs = await this.ctx.refs.get(this.ctx.db, page.rows.map((r) => r.author_id));
    const items = page.rows.map((r) => toComment(r, refs));
    return { items, nextCursor: page.nextCursor };
  }

  async comment(ideaId: Id, body: string, authorId: Id, url: string | null = null): Promise<Comment> {
    return this.insertComment({ id: newId('c'), ideaId, body, author: authorId, createdAt: now(), url });
  }

  async setStatus(ideaId: Id, status: IdeaStatus, note: string, byId: Id): Promise<void> {
    await this.ctx.db.updateTable('ideas').set({ status, status_note: note, status_by: byId, status_at: now() }).where('id', '=', ideaId).execute();
  }

  /** Stores an idea with its own id, time and status, its tags and its search text (submit and seeding). */
  async insert(i: IdeaRecord): Promise<void> {
    const { seq } = await this.ctx.db.insertInto('ideas').values({
      id: i.id, campaign_id: i.campaignId, title: i.title, body: i.body, author_id: i.author, created_at: i.createdAt, status: i.status,
      status_note: i.change?.note ?? null, status_by: i.change?.by ?? null, status_at: i.change?.at ?? null,
    }).returning('seq').executeTakeFirstOrThrow();
    await insertTags(this.ctx.db, 'idea_tags', tagRows(i.id, i.tags));
    await this.ctx.dialect.index(this.ctx.db, 'ideas', [textDoc(Number(seq), i.title, i.body, i.tags)]);
  }

  /** Stores a comment with its own id and time and counts it (comment and seeding). */
  async insertComment(c: { id: string; ideaId: string; body: string; author: string; createdAt: string; url?: string | null }): Promise<Comment> {
    await this.ctx.db.insertInto('comments').values({ id: c.id, idea_id: c.ideaId, body: c.body, author_id: c.author, created_at: c.createdAt, url: c.url ?? null }).execute();
    await this.ctx.db.updateTable('ideas').set((eb) => ({ comment_count: eb('comment_count', '+', 1) })).where('id', '=', c.ideaId).execute();
    const refs = await this.ctx.refs.get(this.ctx.db, [c.author]);
    return {
      id: c.id, ideaId: c.ideaId, body: c.body, author: refOf(refs, c.author), createdAt: c.createdAt, ...(c.url ? { url: c.url } : {}),
      moderation: { state: 'visible', editedAt: null, by: null, reason: null },
    };
  }

  private async toIdeas(rows: IdeaRow[]): Promise<Idea[]> {
    if (rows.length === 0) return [];
    const refs = await this.ctx.refs.get(this.ctx.db, rows.flatMap((r) => (r.status_by ? [r.author_id, r.status_by] : [r.author_id])));
    return rows.map((r) => ({
      id: r.id, campaignId: r.campaign_id, title: r.title, body: r.body, tags: jsonList(r.tag_list), author: refOf(refs, r.author_id),
      createdAt: r.created_at, votes: Number(r.votes), myVote: Boolean(r.mine), commentCount: Number(r.comment_count), status: r.status as IdeaStatus,
      statusChange: r.status_by && r.status_at
        ? { status: r.status as IdeaStatus, note: r.status_note ?? '', by: refOf(refs, r.status_by), at: r.status_at }
        : null,
      ...(r.url ? { url: r.url } : {}),
      moderation: statusOf(r),
    }));
  }
}

function toComment(r: Selectable<CommentsTable>, refs: Map<string, PersonRef>): Comment {
  return {
    id: r.id, ideaId: r.idea_id, body: r.body, author: refOf(refs, r.author_id), createdAt: r.created_at, ...(r.url ? { url: r.url } : {}),
    moderation: statusOf(r),
  };
}
