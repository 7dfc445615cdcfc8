/** Questions, answers and routing. */
import { skillKey, type Answer, type AskInput, type Id, type Page, type PersonRef, type Question, type QuestionQuery, type QuestionThread } from '@confab/core';
import type { ContentFilter, ItemFacts, QuestionRepository } from '@confab/core/domain';
import { sql, type Selectable } from 'kysely';
import { matching, myVote, textDoc, type SqlContext } from './context.js';
import { filterArgs, filterShape, filterSlots, statePasses, statusOf, type FilterShape } from './content-state.js';
import type { SqlDialect } from './dialect.js';
import type { AnswersTable, Executor, QuestionsTable } from './schema.js';
import { insertTags, questionHasTag, tagRows } from './tags.js';
import { shapedStatement, statement } from './prepared.js';
import { decodeCursor, jsonList, newId, now, pageOf, pageSize, refOf, searchWords } from './util.js';

type QuestionRow = Selectable<QuestionsTable> & { mine: number | boolean; tag_list: string | string[]; route_list: string | string[] };

/** A question's row with its tags (in order) and the people it was routed to (in routing order), in one statement. */
function questionRows(db: Executor, dialect: SqlDialect) {
  return db.selectFrom('questions as q').selectAll('q').select((eb) => [
    dialect.valuesOf(eb.selectFrom('question_tags as t').select('t.tag as v').whereRef('t.item_id', '=', 'q.id').orderBy('t.position')).as('tag_list'),
    dialect.valuesOf(eb.selectFrom('question_routes as r').select('r.person_id as v').whereRef('r.question_id', '=', 'q.id').orderBy('r.seq')).as('route_list'),
  ]);
}

// Read for every vote and every thread: compiled once (`prepared.ts`).
const questionById = statement((db, $, dialect) => questionRows(db, dialect)
  .select((eb) => eb.exists(eb.selectFrom('votes as v').select('v.item_id')
    .where('v.kind', '=', 'question').where('v.item_id', '=', sql.ref<string>('q.id')).where('v.person_id', '=', $(0))).as('mine'))
  .where('q.id', '=', $(1)));
/** What decides the clauses of a list read, its values aside (`questionList`). */
interface ListShape {
  filter: FilterShape | null;
  context: boolean;
  /** A text search's words: built for each read, not kept. */
  words: string[] | null;
  status: QuestionQuery['status'];
  sort: QuestionQuery['sort'];
  /** Paged by the last `seq` seen rather than by offset. */
  keyset: boolean;
}

// The list read, compiled once per shape (`prepared.ts`). Values: 0 the viewer (their votes),
// 1–3 the content filter's states, viewer and own states, 4 the context, 5 tag keys, 6 the last
// seq seen, 7 the rows to read, 8 the offset.
const questionList = shapedStatement(
  (db, $, dialect, s: ListShape) => {
    let q = questionRows(db, dialect).select(myVote('question', 'q.id', $(0)));
    const passes = s.filter && statePasses(filterSlots($, 1, s.filter), 'q.state', 'q.author_id');
    if (passes) q = q.where(passes);
    if (s.context) q = q.where('q.context', '=', $(4));
    for (const key of $.list(5)) q = q.where((eb) => questionHasTag(eb, key));
    if (s.words) q = q.where(matching(dialect, 'questions', 'q.seq', s.words, 'all'));
    if (s.status === 'answered') q = q.where('q.accepted_answer_id', 'is not', null);
    if (s.status === 'unanswered' || s.sort === 'unanswered') q = q.where('q.accepted_answer_id', 'is', null);
    if (s.sort === 'votes') q = q.orderBy('q.votes', 'desc');
    else if (s.sort === 'unanswered') q = q.orderBy('q.answer_count', 'asc');
    if (s.keyset) q = q.where('q.seq', '<', $(6));
    return q.orderBy('q.seq', 'desc').limit($(7)).offset($(8));
  },
  (s) => !s.words,
);
// A thread's answers, the accepted one first, compiled once per shape. Values: 0 the viewer (their
// votes), 1 the question, 2–4 the content filter's states, viewer and own states, 5 the accepted answer.
const answerList = shapedStatement(
  (db, $, _dialect, s: Pick<ListShape, 'filter'>) => {
    let q = db.selectFrom('answers as a').selectAll('a').select(myVote('answer', 'a.id', $(0))).where('a.question_id', '=', $(1));
    const passes = s.filter && statePasses(filterSlots($, 2, s.filter), 'a.state', 'a.author_id');
    if (passes) q = q.where(passes);
    return q.orderBy(sql`CASE WHEN a.id = ${$(5)} THEN 0 ELSE 1 END`).orderBy('a.votes', 'desc').orderBy('a.seq', 'asc');
  },
);
// Read for every vote on a question (what the domain checks, without text or names): compiled once.
const questionFacts = statement((db, $) => db.selectFrom('questions').select(['id', 'context', 'author_id', 'state', 'state_by', 'state_reason', 'edited_at']).where('id', '=', $(0)));
type AnswerRow = Selectable<AnswersTable> & { mine: number | boolean };

/** Questions in SQL. */
export class SqlQuestions implements QuestionRepository {
  constructor(private readonly ctx: SqlContext) {}

  private select(viewerId: Id | null) {
    return questionRows(this.ctx.db, this.ctx.dialect).select(myVote('question', 'q.id', viewerId));
  }

  async list(query: QuestionQuery, viewerId: Id | null, filter?: ContentFilter): Promise<Page<Question>> {
    const words = searchWords(query.text ?? '', 16);
    const limit = pageSize(query.limit);
    const pos = decodeCursor(query.cursor);
    const keyset = query.sort !== 'votes' && query.sort !== 'unanswered' && pos.seq !== null;
    const shape: ListShape = {
      filter: filterShape(filter), context: query.context !== undefined, words: words.length > 0 ? words : null, status: query.status, sort: query.sort, keyset,
    };
    const rows = await questionList.rows(this.ctx, [viewerId ?? '', ...filterArgs(filter), query.context ?? null, (query.tags ?? []).map(skillKey),
      pos.seq, limit + 1, keyset ? 0 : pos.offset], shape);
    const page = pageOf(rows, limit, pos);
    return { items: await this.toQuestions(page.rows), nextCursor: page.nextCursor };
  }

  async get(id: Id, viewerId: Id | null): Promise<Question | null> {
    const [row] = await questionById.rows(this.ctx, [viewerId ?? '', id]);
    return row ? (await this.toQuestions([row]))[0] ?? null : null;
  }

  async facts(id: Id): Promise<(ItemFacts & { context: string }) | null> {
    const [r] = await questionFacts.rows(this.ctx, [id]);
    return r ? { id: r.id, context: r.context, authorId: r.author_id, moderation: statusOf(r) } : null;
  }

  async thread(id: Id, viewerId: Id | null, filter?: ContentFilter): Promise<QuestionThread | null> {
    const question = await this.get(id, viewerId);
    if (!question) return null;
    const rows = await answerList.rows(this.ctx, [viewerId ?? '', id, ...filterArgs(filter), question.acceptedAnswerId ?? ''], { filter: filterShape(filter) });
    const refs = await this.ctx.refs.get(this.ctx.db, rows.map((r) => r.author_id));
    return { question, answers: rows.map((r) => toAnswer(r, refs, question.acceptedAnswerId)) };
  }

  async similar(words: string[], max: number, viewerId: Id | null, filter?: ContentFilter): Promise<Question[]> {
    const list = searchWords(words.join(' '), 32);
    if (list.length === 0) return [];
    let q = this.select(viewerId)
      .innerJoin(this.ctx.dialect.matches('questions', list, 'any').as('f'), (join) => join.onRef('f.seq', '=', 'q.seq'));
    const passes = statePasses(filter, 'q.state', 'q.author_id');
    if (passes) q = q.where(passes);
    const rows = await q
      .orderBy('f.score', 'asc').orderBy('q.seq', 'desc').limit(max).execute();
    return this.toQuestions(rows);
  }

  async getMany(ids: Id[], viewerId: Id | null): Promise<Question[]> {
    if (ids.length === 0) return [];
    return this.toQuestions(await this.select(viewerId).where('q.id', 'in', ids).execute());
  }

  async getAnswers(ids: Id[], viewerId: Id | null): Promise<Answer[]> {
    if (ids.length === 0) return [];
    const rows = await this.ctx.db.selectFrom('answers as a').selectAll('a').select(myVote('answer', 'a.id', viewerId))
      .where('a.id', 'in', ids).execute();
    if (rows.length === 0) return [];
    const [questions, refs] = await Promise.all([
      this.ctx.db.selectFrom('questions').select(['id', 'accepted_answer_id']).where('id', 'in', [...new Set(rows.map((r) => r.question_id))]).execute(),
      this.ctx.refs.get(this.ctx.db, rows.map((r) => r.author_id)),
    ]);
    const accepted = new Map(questions.map((q) => [q.id, q.accepted_answer_id]));
    return rows.map((r) => toAnswer(r, refs, accepted.get(r.question_id) ?? null));
  }

  async ask(input: Required<Omit<AskInput, 'url'>> & { url?: string | null }, authorId: Id): Promise<Question> {
    const id = newId('q');
    await this.insert({ id, context: input.context, title: input.title, body: input.body, tags: input.tags, author: authorId, createdAt: now() });
    await this.route(id, input.notify);
    if (input.url) await this.ctx.db.updateTable('questions').set({ url: input.url }).where('id', '=', id).execute();
    return (await this.get(id, authorId)) as Question;
  }

  async answer(questionId: Id, body: string, authorId: Id, url: string | null = null): Promise<Answer> {
    const id = newId('a');
    const at = now();
    await this.ctx.db.insertInto('answers').values({ id, question_id: questionId, body, author_id: authorId, created_at: at, url }).execute();
    await this.ctx.db.updateTable('questions').set((eb) => ({ answer_count: eb('answer_count', '+', 1) })).where('id', '=', questionId).execute();
    const refs = await this.ctx.refs.get(this.ctx.db, [authorId]);
    return {
      id, questionId, body, author: refOf(refs, authorId), createdAt: at, votes: 0, myVote: false, accepted: false, ...(url ? { url } : {}),
      moderation: { state: 'visible', editedAt: null, by: null, reason: null },
    };
  }

  async answerQuestionId(answerId: Id): Promise<Id | null> {
    const row = await this.ctx.db.selectFrom('answers').select('question_id').where('id', '=', answerId).executeTakeFirst();
    return row?.question_id ?? null;
  }

  async accept(questionId: Id, answerId: Id | null): Promise<void> {
    await this.ctx.db.updateTable('questions').set({ accepted_answer_id: answerId }).where('id', '=', questionId).execute();
  }

  async route(questionId: Id, personIds: Id[]): Promise<void> {
    const ids = [...new Set(personIds)];
    if (ids.length === 0) return;
    await this.ctx.db.insertInto('question_routes').values(ids.map((person_id) => ({ question_id: questionId, person_id })))
      .onConflict((oc) => oc.doNothing()).execute();
  }

  /** Stores a question with its own id and time, its tags and its search text (asking and seeding). */
  async insert(q: { id: string; context: string; title: string; body: string; tags: string[]; author: string; createdAt: string }): Promise<void> {
    const { seq } = await this.ctx.db.insertInto('questions')
      .values({ id: q.id, context: q.context, title: q.title, body: q.body, author_id: q.author, created_at: q.createdAt })
      .returning('seq').executeTakeFirstOrThrow();
    await insertTags(this.ctx.db, 'question_tags', tagRows(q.id, q.tags));
    await this.ctx.dialect.index(this.ctx.db, 'questions', [textDoc(Number(seq), q.title, q.body, q.tags)]);
  }

  private async toQuestions(rows: QuestionRow[]): Promise<Question[]> {
    if (rows.length === 0) return [];
    const routes = rows.map((r) => jsonList(r.route_list));
    const refs = await this.ctx.refs.get(this.ctx.db, [...rows.map((r) => r.author_id), ...routes.flat()]);
    return rows.map((r, i) => ({
      id: r.id, context: r.context, title: r.title, body: r.body, tags: jsonList(r.tag_list),
      author: refOf(refs, r.author_id), createdAt: r.created_at, votes: Number(r.votes), myVote: Boolean(r.mine),
      answerCount: Number(r.answer_count), acceptedAnswerId: r.accepted_answer_id,
      routedTo: routes[i]!.map((id) => refOf(refs, id)),
      ...(r.url ? { url: r.url } : {}),
      moderation: statusOf(r),
    }));
  }
}

function toAnswer(r: AnswerRow, refs: Map<string, PersonRef>, acceptedId: string | null): Answer {
  return {
    id: r.id, questionId: r.question_id, body: r.body, author: refOf(refs, r.author_id), createdAt: r.created_at,
    votes: Number(r.votes), myVote: Boolean(r.mine), accepted: r.id === acceptedId,
    ...(r.url ? { url: r.url } : {}),
    moderation: statusOf(r),
  };
}
