/** SQLite implementation of `IdeaRepository`. */
import type Database from 'better-sqlite3';
import type { Campaign, Comment, Id, Idea, IdeaInput, IdeaQuery, IdeaStatus, Page, PageQuery } from '@confab/core';
import type { IdeaRepository, PeopleRepository } from '../repository.js';
import { cachedPrepare, decodeCursor, encodeCursor, startAt, ftsAny, jsonList, newId, now, pageSize, refOf } from './util.js';

interface IdeaRow {
  seq: number; id: string; campaign_id: string | null; title: string; body: string; tags: string; author_id: string; created_at: string;
  status: string; status_note: string | null; status_by: string | null; status_at: string | null; votes: number; comment_count: number; mine: number;
}
interface CampaignRow { id: string; title: string; purpose: string; status: string; created_at: string }
interface CommentRow { seq: number; id: string; idea_id: string; body: string; author_id: string; created_at: string }

const SELECT = `SELECT i.*, EXISTS (SELECT 1 FROM votes v WHERE v.kind = 'idea' AND v.item_id = i.id AND v.person_id = ?) AS mine FROM ideas i`;
/** Trending: every vote weighs 1 / (1 + its age in days). */
const TRENDING = `(SELECT COALESCE(SUM(1.0 / (1.0 + julianday('now') - julianday(v.at))), 0) FROM votes v WHERE v.kind = 'idea' AND v.item_id = i.id)`;

/** Campaigns, ideas and comments in SQLite. */
export class SqliteIdeas implements IdeaRepository {
  private readonly prep: ReturnType<typeof cachedPrepare>;

  constructor(db: Database.Database, private readonly people: PeopleRepository) {
    this.prep = cachedPrepare(db);
  }

  campaigns(): Campaign[] {
    return this.prep<CampaignRow>('SELECT * FROM campaigns ORDER BY seq').all().map(toCampaign);
  }

  campaign(id: Id): Campaign | null {
    const row = this.prep<CampaignRow>('SELECT * FROM campaigns WHERE id = ?').get(id);
    return row ? toCampaign(row) : null;
  }

  list(query: IdeaQuery, viewerId: Id | null): Page<Idea> {
    const where: string[] = [];
    const params: (string | number)[] = [viewerId ?? ''];
    if (query.campaign === null) where.push('i.campaign_id IS NULL');
    else if (query.campaign !== undefined) { where.push('i.campaign_id = ?'); params.push(query.campaign); }
    if (query.status) { where.push('i.status = ?'); params.push(query.status); }
    const order = query.sort === 'new' ? 'i.seq DESC' : query.sort === 'trending' ? `${TRENDING} DESC, i.seq DESC` : 'i.votes DESC, i.seq DESC';
    const limit = pageSize(query.limit);
    const pos = decodeCursor(query.cursor);
    const offset = startAt(pos, query.sort === 'new', 'i.seq', '<', where, params);
    const rows = this.prep<IdeaRow>(`${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, limit + 1, offset);
    const page = rows.slice(0, limit);
    return { items: this.toIdeas(page), nextCursor: rows.length > limit ? encodeCursor(pos.offset + limit, page[page.length - 1]?.seq) : null };
  }

  get(id: Id, viewerId: Id | null): Idea | null {
    const row = this.prep<IdeaRow>(`${SELECT} WHERE i.id = ?`).get(viewerId ?? '', id);
    return row ? this.toIdeas([row])[0] ?? null : null;
  }

  similar(words: string[], campaign: Id | null | undefined, max: number, viewerId: Id | null): Idea[] {
    const match = ftsAny(words);
    if (!match) return [];
    const params: (string | number)[] = [viewerId ?? '', match];
    let filter = '';
    if (campaign === null) filter = 'WHERE i.campaign_id IS NULL';
    else if (campaign !== undefined) { filter = 'WHERE i.campaign_id = ?'; params.push(campaign); }
    const rows = this.prep<IdeaRow>(`${SELECT} JOIN (SELECT rowid, bm25(ideas_fts, 10.0, 1.0, 3.0) AS score FROM ideas_fts WHERE ideas_fts MATCH ?) f ON f.rowid = i.seq
      ${filter} ORDER BY f.score ASC, i.seq DESC LIMIT ?`).all(...params, max);
    return this.toIdeas(rows);
  }

  submit(input: IdeaInput, authorId: Id): Idea {
    const id = newId('i');
    this.insert({ id, campaignId: input.campaign, title: input.title, body: input.body ?? '', tags: input.tags ?? [], author: authorId, createdAt: now(), status: 'new' });
    return this.get(id, authorId) as Idea;
  }

  comments(ideaId: Id, query: PageQuery): Page<Comment> {
    const limit = pageSize(query.limit);
    const pos = decodeCursor(query.cursor);
    const where = ['idea_id = ?'];
    const params: (string | number)[] = [ideaId];
    const offset = startAt(pos, true, 'seq', '>', where, params);
    const rows = this.prep<CommentRow>(`SELECT * FROM comments WHERE ${where.join(' AND ')} ORDER BY seq ASC LIMIT ? OFFSET ?`).all(...params, limit + 1, offset);
    const page = rows.slice(0, limit);
    const refs = this.people.refs(page.map((r) => r.author_id));
    const items = page.map((r) => ({ id: r.id, ideaId: r.idea_id, body: r.body, author: refOf(refs, r.author_id), createdAt: r.created_at }));
    return { items, nextCursor: rows.length > limit ? encodeCursor(pos.offset + limit, page[page.length - 1]?.seq) : null };
  }

  comment(ideaId: Id, body: string, authorId: Id): Comment {
    return this.insertComment({ id: newId('c'), ideaId, body, author: authorId, createdAt: now() });
  }

  setStatus(ideaId: Id, status: IdeaStatus, note: string, byId: Id): void {
    this.prep('UPDATE ideas SET status = ?, status_note = ?, status_by = ?, status_at = ? WHERE id = ?').run(status, note, byId, now(), ideaId);
  }

  /** Inserts a campaign (seeding). */
  insertCampaign(c: Campaign): void {
    this.prep('INSERT INTO campaigns (id, title, purpose, status, created_at) VALUES (?, ?, ?, ?, ?)').run(c.id, c.title, c.purpose, c.status, c.createdAt);
  }

  /** Inserts an idea with its own id, time and status (seeding and submit). */
  insert(i: { id: string; campaignId: string | null; title: string; body: string; tags: string[]; author: string; createdAt: string; status: IdeaStatus; change?: { note: string; by: string; at: string } | null }): void {
    const info = this.prep(`INSERT INTO ideas (id, campaign_id, title, body, tags, author_id, created_at, status, status_note, status_by, status_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(i.id, i.campaignId, i.title, i.body, JSON.stringify(i.tags), i.author, i.createdAt, i.status,
      i.change?.note ?? null, i.change?.by ?? null, i.change?.at ?? null);
    this.prep('INSERT INTO ideas_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)').run(info.lastInsertRowid, i.title, i.body, i.tags.join(' '));
  }

  /** Inserts a comment with its own id and time (seeding and comment). */
  insertComment(c: { id: string; ideaId: string; body: string; author: string; createdAt: string }): Comment {
    this.prep('INSERT INTO comments (id, idea_id, body, author_id, created_at) VALUES (?, ?, ?, ?, ?)').run(c.id, c.ideaId, c.body, c.author, c.createdAt);
    this.prep('UPDATE ideas SET comment_count = comment_count + 1 WHERE id = ?').run(c.ideaId);
    return { id: c.id, ideaId: c.ideaId, body: c.body, author: refOf(this.people.refs([c.author]), c.author), createdAt: c.createdAt };
  }

  private toIdeas(rows: IdeaRow[]): Idea[] {
    const refs = this.people.refs(rows.flatMap((r) => (r.status_by ? [r.author_id, r.status_by] : [r.author_id])));
    return rows.map((r) => ({
      id: r.id, campaignId: r.campaign_id, title: r.title, body: r.body, tags: jsonList(r.tags), author: refOf(refs, r.author_id),
      createdAt: r.created_at, votes: r.votes, myVote: r.mine > 0, commentCount: r.comment_count, status: r.status as IdeaStatus,
      statusChange: r.status_by && r.status_at
        ? { status: r.status as IdeaStatus, note: r.status_note ?? '', by: refOf(refs, r.status_by), at: r.status_at }
        : null,
    }));
  }
}

function toCampaign(r: CampaignRow): Campaign {
  return { id: r.id, title: r.title, purpose: r.purpose, status: r.status === 'closed' ? 'closed' : 'open', createdAt: r.created_at };
}
