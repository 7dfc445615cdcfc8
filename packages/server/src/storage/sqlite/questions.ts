/** SQLite implementation of `QuestionRepository`. */
import type Database from 'better-sqlite3';
import type { Answer, AskInput, Id, Page, Question, QuestionQuery, QuestionThread } from '@confab/core';
import type { PeopleRepository, QuestionRepository } from '../repository.js';
import { cachedPrepare, decodeCursor, encodeCursor, startAt, ftsAll, ftsAny, jsonList, newId, now, pageSize, refOf } from './util.js';

interface QuestionRow {
  seq: number; id: string; context: string; title: string; body: string; tags: string; author_id: string;
  created_at: string; accepted_answer_id: string | null; routed_to: string; votes: number; answer_count: number; mine: number;
}
interface AnswerRow { id: string; question_id: string; body: string; author_id: string; created_at: string; votes: number; mine: number }

const SELECT = `SELECT q.*, EXISTS (SELECT 1 FROM votes v WHERE v.kind = 'question' AND v.item_id = q.id AND v.person_id = ?) AS mine FROM questions q`;

/** Questions, answers and routing in SQLite. */
export class SqliteQuestions implements QuestionRepository {
  private readonly prep: ReturnType<typeof cachedPrepare>;

  constructor(db: Database.Database, private readonly people: PeopleRepository) {
    this.prep = cachedPrepare(db);
  }

  list(query: QuestionQuery, viewerId: Id | null): Page<Question> {
    const where: string[] = [];
    const params: (string | number)[] = [viewerId ?? ''];
    if (query.context !== undefined) { where.push('q.context = ?'); params.push(query.context); }
    for (const tag of query.tags ?? []) {
      where.push('EXISTS (SELECT 1 FROM json_each(q.tags) t WHERE lower(t.value) = lower(?))');
      params.push(tag);
    }
    if (query.text?.trim()) {
      const match = ftsAll(query.text);
      if (match) { where.push('q.seq IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH ?)'); params.push(match); }
    }
    if (query.status === 'answered') where.push('q.accepted_answer_id IS NOT NULL');
    if (query.status === 'unanswered' || query.sort === 'unanswered') where.push('q.accepted_answer_id IS NULL');
    const order = query.sort === 'votes' ? 'q.votes DESC, q.seq DESC' : query.sort === 'unanswered' ? 'q.answer_count ASC, q.seq DESC' : 'q.seq DESC';
    const limit = pageSize(query.limit);
    const pos = decodeCursor(query.cursor);
    const offset = startAt(pos, order === 'q.seq DESC', 'q.seq', '<', where, params);
    const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ? OFFSET ?`;
    const rows = this.prep<QuestionRow>(sql).all(...params, limit + 1, offset);
    const page = rows.slice(0, limit);
    return { items: this.toQuestions(page), nextCursor: rows.length > limit ? encodeCursor(pos.offset + limit, page[page.length - 1]?.seq) : null };
  }

  get(id: Id, viewerId: Id | null): Question | null {
    const row = this.prep<QuestionRow>(`${SELECT} WHERE q.id = ?`).get(viewerId ?? '', id);
    return row ? this.toQuestions([row])[0] ?? null : null;
  }

  thread(id: Id, viewerId: Id | null): QuestionThread | null {
    const question = this.get(id, viewerId);
    if (!question) return null;
    const rows = this.prep<AnswerRow>(`SELECT a.*, EXISTS (SELECT 1 FROM votes v WHERE v.kind = 'answer' AND v.item_id = a.id AND v.person_id = ?) AS mine
      FROM answers a WHERE a.question_id = ? ORDER BY (a.id = ?) DESC, a.votes DESC, a.seq ASC`).all(viewerId ?? '', id, question.acceptedAnswerId ?? '');
    const refs = this.people.refs(rows.map((r) => r.author_id));
    const answers = rows.map((r) => toAnswer(r, refs, question.acceptedAnswerId));
    return { question, answers };
  }

  similar(words: string[], max: number, viewerId: Id | null): Question[] {
    const match = ftsAny(words);
    if (!match) return [];
    const rows = this.prep<QuestionRow>(`${SELECT} JOIN (SELECT rowid, bm25(questions_fts, 10.0, 1.0, 3.0) AS score FROM questions_fts WHERE questions_fts MATCH ?) f ON f.rowid = q.seq
      ORDER BY f.score ASC, q.seq DESC LIMIT ?`).all(viewerId ?? '', match, max);
    return this.toQuestions(rows);
  }

  ask(input: AskInput, authorId: Id): Question {
    const id = newId('q');
    const tags = JSON.stringify(input.tags ?? []);
    const routed = JSON.stringify([...new Set(input.notify ?? [])]);
    const info = this.prep(`INSERT INTO questions (id, context, title, body, tags, author_id, created_at, routed_to)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(id, input.context, input.title, input.body ?? '', tags, authorId, now(), routed);
    this.prep('INSERT INTO questions_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)')
      .run(info.lastInsertRowid, input.title, input.body ?? '', (input.tags ?? []).join(' '));
    return this.get(id, authorId) as Question;
  }

  answer(questionId: Id, body: string, authorId: Id): Answer {
    const id = newId('a');
    const at = now();
    this.prep('INSERT INTO answers (id, question_id, body, author_id, created_at) VALUES (?, ?, ?, ?, ?)').run(id, questionId, body, authorId, at);
    this.prep('UPDATE questions SET answer_count = answer_count + 1 WHERE id = ?').run(questionId);
    return { id, questionId, body, author: refOf(this.people.refs([authorId]), authorId), createdAt: at, votes: 0, myVote: false, accepted: false };
  }

  answerQuestionId(answerId: Id): Id | null {
    return this.prep<{ question_id: string }>('SELECT question_id FROM answers WHERE id = ?').get(answerId)?.question_id ?? null;
  }

  accept(questionId: Id, answerId: Id | null): void {
    this.prep('UPDATE questions SET accepted_answer_id = ? WHERE id = ?').run(answerId, questionId);
  }

  route(questionId: Id, personIds: Id[]): void {
    const row = this.prep<{ routed_to: string }>('SELECT routed_to FROM questions WHERE id = ?').get(questionId);
    if (!row) return;
    const routed = [...new Set([...jsonList(row.routed_to), ...personIds])];
    this.prep('UPDATE questions SET routed_to = ? WHERE id = ?').run(JSON.stringify(routed), questionId);
  }

  /** Inserts a seeded question with its own id and time. */
  insertSeeded(q: { id: string; context: string; title: string; body: string; tags: string[]; author: string; createdAt: string }): void {
    const info = this.prep('INSERT INTO questions (id, context, title, body, tags, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(q.id, q.context, q.title, q.body, JSON.stringify(q.tags), q.author, q.createdAt);
    this.prep('INSERT INTO questions_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)').run(info.lastInsertRowid, q.title, q.body, q.tags.join(' '));
  }

  /** Inserts a seeded answer with its own id and time. */
  insertSeededAnswer(a: { id: string; questionId: string; body: string; author: string; createdAt: string }): void {
    this.prep('INSERT INTO answers (id, question_id, body, author_id, created_at) VALUES (?, ?, ?, ?, ?)').run(a.id, a.questionId, a.body, a.author, a.createdAt);
    this.prep('UPDATE questions SET answer_count = answer_count + 1 WHERE id = ?').run(a.questionId);
  }

  private toQuestions(rows: QuestionRow[]): Question[] {
    const routed = rows.map((r) => jsonList(r.routed_to));
    const refs = this.people.refs([...rows.map((r) => r.author_id), ...routed.flat()]);
    return rows.map((r, i) => ({
      id: r.id, context: r.context, title: r.title, body: r.body, tags: jsonList(r.tags),
      author: refOf(refs, r.author_id), createdAt: r.created_at, votes: r.votes, myVote: r.mine > 0,
      answerCount: r.answer_count, acceptedAnswerId: r.accepted_answer_id,
      routedTo: (routed[i] ?? []).map((id) => refOf(refs, id)),
    }));
  }
}

function toAnswer(r: AnswerRow, refs: Map<string, import('@confab/core').PersonRef>, acceptedId: string | null): Answer {
  return {
    id: r.id, questionId: r.question_id, body: r.body, author: refOf(refs, r.author_id), createdAt: r.created_at,
    votes: r.votes, myVote: r.mine > 0, accepted: r.id === acceptedId,
  };
}
