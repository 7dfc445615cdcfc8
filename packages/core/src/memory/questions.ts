import type { AskInput, QuestionQuery, SimilarQuery } from '../adapter.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { Answer, Page, Question, QuestionThread } from '../types.js';
import { isModerator, type Ctx, type WriteCtx } from './context.js';
import { newestFirst, paginate } from './paging.js';
import { keywords, similarity } from './similarity.js';
import type { QuestionRec, Store } from './store.js';
import { Validator } from './validate.js';
import { answerView, questionView, threadView } from './views.js';

/** The question or a `NotFoundError`. */
export function findQuestion(store: Store, id: string): QuestionRec {
  const q = store.questions.get(id);
  if (!q) throw new NotFoundError('This question does not exist');
  return q;
}

/** The live scopes of a question. */
export function questionScopes(q: QuestionRec): string[] {
  return [`context:${q.context}`, `question:${q.id}`];
}

function mayManage(ctx: WriteCtx, q: QuestionRec): boolean {
  return q.author === ctx.user.id || isModerator(ctx.user);
}

function checkPeople(ctx: Ctx, v: Validator, field: string, ids: unknown): string[] {
  if (ids === undefined || ids === null) return [];
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    v.fail(field, 'Choose people from the list');
    return [];
  }
  const unknown = (ids as string[]).filter((id) => !ctx.store.people.has(id));
  if (unknown.length > 0) v.fail(field, `Unknown person: ${unknown.join(', ')}`);
  return [...new Set(ids as string[])];
}

/**
 * Questions matching the query. Sorts: `new` (newest first), `votes` (most votes, then newest),
 * `unanswered` (only questions without an accepted answer; those with fewest answers first, then newest).
 */
export function listQuestions(ctx: Ctx, query: QuestionQuery): Page<Question> {
  const { store } = ctx;
  const tags = (query.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean);
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const status = query.sort === 'unanswered' ? 'unanswered' : query.status ?? 'all';
  const rows = [...store.questions.values()]
    .filter((q) => query.context === undefined || q.context === query.context)
    .filter((q) => tags.every((t) => q.tags.some((x) => x.toLowerCase() === t)))
    .filter((q) => words.every((w) => `${q.title}\n${q.body}`.toLowerCase().includes(w)))
    .filter((q) => status === 'all' || (status === 'answered') === (q.acceptedAnswerId !== null))
    .map((q) => ({ rec: q, view: questionView(store, q, ctx.user?.id ?? null) }));
  if (query.sort === 'votes') rows.sort((a, b) => b.view.votes - a.view.votes || newestFirst(a.rec, b.rec));
  else if (query.sort === 'unanswered') rows.sort((a, b) => a.view.answerCount - b.view.answerCount || newestFirst(a.rec, b.rec));
  else rows.sort((a, b) => newestFirst(a.rec, b.rec));
  return paginate(rows.map((r) => r.view), query, (x) => x.id);
}

/** A question with its answers. */
export function getQuestion(ctx: Ctx, id: string): QuestionThread {
  return threadView(ctx.store, findQuestion(ctx.store, id), ctx.user?.id ?? null);
}

/** Asks a question (`question.created`). */
export function askQuestion(ctx: WriteCtx, input: AskInput): Question {
  const v = new Validator();
  const context = v.text('context', input.context, { label: 'Context', max: LIMITS.key, required: true });
  const title = v.text('title', input.title, { label: 'Title', max: LIMITS.title, required: true });
  const body = v.text('body', input.body, { label: 'Details', max: LIMITS.body });
  const tags = v.tags('tags', input.tags);
  const notify = checkPeople(ctx, v, 'notify', input.notify);
  v.done();
  const { store } = ctx;
  const q: QuestionRec = {
    seq: store.nextSeq(), id: store.newId('q', store.questions), context, title, body, tags, author: ctx.user.id,
    createdAt: store.iso(), acceptedAnswerId: null, routedTo: notify,
  };
  store.questions.set(q.id, q);
  const view = questionView(store, q, ctx.user.id);
  store.emit('question.created', questionScopes(q), ctx.user.id, view);
  return view;
}

/** Answers a question (`answer.created`, in the question's scopes). */
export function answerQuestion(ctx: WriteCtx, questionId: string, input: { body: string }): Answer {
  const q = findQuestion(ctx.store, questionId);
  const v = new Validator();
  const body = v.text('body', input?.body, { label: 'Answer', max: LIMITS.body, required: true });
  v.done();
  const { store } = ctx;
  const a = { seq: store.nextSeq(), id: store.newId('a', store.answers), questionId, body, author: ctx.user.id, createdAt: store.iso() };
  store.answers.set(a.id, a);
  const view = answerView(store, a, ctx.user.id);
  store.emit('answer.created', questionScopes(q), ctx.user.id, view);
  return view;
}

/** Accepts an answer or, with null, withdraws acceptance (`answer.accepted`). Asker or moderator. */
export function acceptAnswer(ctx: WriteCtx, questionId: string, answerId: string | null): QuestionThread {
  const q = findQuestion(ctx.store, questionId);
  if (!mayManage(ctx, q)) throw new ForbiddenError('Only the person who asked or a moderator can accept an answer');
  if (answerId !== null && ctx.store.answers.get(answerId)?.questionId !== questionId) {
    throw new ValidationError({ answerId: 'This answer does not belong to the question' });
  }
  q.acceptedAnswerId = answerId;
  const thread = threadView(ctx.store, q, ctx.user.id);
  ctx.store.emit('answer.accepted', questionScopes(q), ctx.user.id, thread);
  return thread;
}

/** Asks more people to look at a question (`question.updated`). Asker or moderator. */
export function routeQuestion(ctx: WriteCtx, questionId: string, personIds: string[]): Question {
  const q = findQuestion(ctx.store, questionId);
  if (!mayManage(ctx, q)) throw new ForbiddenError('Only the person who asked or a moderator can route a question');
  const v = new Validator();
  const ids = checkPeople(ctx, v, 'personIds', personIds);
  v.done();
  q.routedTo = [...new Set([...q.routedTo, ...ids])];
  const view = questionView(ctx.store, q, ctx.user.id);
  ctx.store.emit('question.updated', questionScopes(q), ctx.user.id, view);
  return view;
}

/**
 * Questions resembling a draft (see `similarity`), best first; a question in the preferred
 * context wins a tie. Empty for a draft without keywords.
 */
export function similarQuestions(ctx: Ctx, text: string, query: SimilarQuery = {}): Question[] {
  const draft = keywords(typeof text === 'string' ? text.slice(0, LIMITS.body) : '');
  const limit = Math.min(LIMITS.pageSize, Math.max(1, Math.floor(query.limit ?? 5)));
  return [...ctx.store.questions.values()]
    .map((q) => ({ q, score: similarity(draft, q.title, q.body) + (q.context === query.context ? 0.5 : 0) }))
    .filter((r) => r.score >= 1)
    .sort((a, b) => b.score - a.score || newestFirst(a.q, b.q))
    .slice(0, limit)
    .map((r) => questionView(ctx.store, r.q, ctx.user?.id ?? null));
}
