/** SQLite implementation of `FeedbackRepository`. */
import type Database from 'better-sqlite3';
import type { Feedback, FeedbackInput, FeedbackQuery, FeedbackState, FeedbackSummary, FeedbackVariant, Id, Page } from '@confab/core';
import type { FeedbackRepository, PeopleRepository } from '../repository.js';
import { cachedPrepare, decodeCursor, encodeCursor, startAt, newId, now, pageSize, refOf } from './util.js';

interface FeedbackRow {
  seq: number; id: string; subject: string; variant: string; rating: number; reason: string | null; comment: string | null; anonymous: number;
  author_id: string; created_at: string; state: string; response_body: string | null; response_by: string | null; response_at: string | null;
}
interface SummaryRow { count: number; helpful: number | null; helpful_count: number | null; average: number | null; stars_count: number | null; open: number | null }

/** Seeded or new feedback, ready to insert. */
export interface FeedbackRecord {
  id: string; subject: string; variant: FeedbackVariant; rating: number; reason: string | null; comment: string | null;
  anonymous: boolean; author: string; createdAt: string; state: FeedbackState; response: { body: string; by: string; at: string } | null;
}

/** Feedback in SQLite. */
export class SqliteFeedback implements FeedbackRepository {
  private readonly prep: ReturnType<typeof cachedPrepare>;

  constructor(db: Database.Database, private readonly people: PeopleRepository) {
    this.prep = cachedPrepare(db);
  }

  send(input: FeedbackInput, authorId: Id): Feedback {
    const id = newId('f');
    this.insert({
      id, subject: input.subject, variant: input.variant, rating: input.rating, reason: input.reason ?? null, comment: input.comment ?? null,
      anonymous: input.anonymous ?? false, author: authorId, createdAt: now(), state: 'open', response: null,
    });
    return this.get(id, authorId) as Feedback;
  }

  get(id: Id, viewerId: Id | null): Feedback | null {
    const row = this.prep<FeedbackRow>('SELECT * FROM feedback WHERE id = ?').get(id);
    return row ? this.toFeedback([row], viewerId)[0] ?? null : null;
  }

  mine(subject: string, authorId: Id): Feedback | null {
    const row = this.prep<FeedbackRow>('SELECT * FROM feedback WHERE author_id = ? AND subject = ? ORDER BY seq DESC LIMIT 1').get(authorId, subject);
    return row ? this.toFeedback([row], authorId)[0] ?? null : null;
  }

  summary(subject: string | null): FeedbackSummary {
    const sql = `SELECT COUNT(*) AS count,
      SUM(CASE WHEN variant = 'helpful' AND rating >= 4 THEN 1 ELSE 0 END) AS helpful,
      SUM(CASE WHEN variant = 'helpful' THEN 1 ELSE 0 END) AS helpful_count,
      AVG(CASE WHEN variant = 'stars' THEN rating END) AS average,
      SUM(CASE WHEN variant = 'stars' THEN 1 ELSE 0 END) AS stars_count,
      SUM(CASE WHEN state = 'open' THEN 1 ELSE 0 END) AS open
      FROM feedback`;
    const row = subject === null ? this.prep<SummaryRow>(sql).get() : this.prep<SummaryRow>(`${sql} WHERE subject = ?`).get(subject);
    return {
      subject, count: row?.count ?? 0, helpful: row?.helpful ?? 0, helpfulCount: row?.helpful_count ?? 0,
      average: row?.average ?? null, starsCount: row?.stars_count ?? 0, open: row?.open ?? 0,
    };
  }

  list(query: FeedbackQuery, viewerId: Id | null): Page<Feedback> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.subject !== undefined) { where.push('subject = ?'); params.push(query.subject); }
    if (query.state) { where.push('state = ?'); params.push(query.state); }
    const limit = pageSize(query.limit);
    const pos = decodeCursor(query.cursor);
    const offset = startAt(pos, true, 'seq', '<', where, params);
    const rows = this.prep<FeedbackRow>(`SELECT * FROM feedback${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ? OFFSET ?`)
      .all(...params, limit + 1, offset);
    const page = rows.slice(0, limit);
    return { items: this.toFeedback(page, viewerId), nextCursor: rows.length > limit ? encodeCursor(pos.offset + limit, page[page.length - 1]?.seq) : null };
  }

  respond(id: Id, body: string, byId: Id): void {
    this.prep('UPDATE feedback SET response_body = ?, response_by = ?, response_at = ? WHERE id = ?').run(body, byId, now(), id);
  }

  setState(id: Id, state: FeedbackState): void {
    this.prep('UPDATE feedback SET state = ? WHERE id = ?').run(state, id);
  }

  /** Inserts one record (seeding and send). */
  insert(f: FeedbackRecord): void {
    this.prep(`INSERT INTO feedback (id, subject, variant, rating, reason, comment, anonymous, author_id, created_at, state, response_body, response_by, response_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(f.id, f.subject, f.variant, f.rating, f.reason, f.comment, f.anonymous ? 1 : 0, f.author,
      f.createdAt, f.state, f.response?.body ?? null, f.response?.by ?? null, f.response?.at ?? null);
  }

  private toFeedback(rows: FeedbackRow[], viewerId: Id | null): Feedback[] {
    const refs = this.people.refs(rows.flatMap((r) => (r.response_by ? [r.author_id, r.response_by] : [r.author_id])));
    return rows.map((r) => ({
      id: r.id, subject: r.subject, variant: r.variant as FeedbackVariant, rating: r.rating, reason: r.reason, comment: r.comment,
      anonymous: r.anonymous === 1,
      author: r.anonymous === 1 && r.author_id !== viewerId ? null : refOf(refs, r.author_id),
      createdAt: r.created_at, state: r.state as FeedbackState,
      response: r.response_body !== null && r.response_by && r.response_at ? { body: r.response_body, by: refOf(refs, r.response_by), at: r.response_at } : null,
    }));
  }
}
