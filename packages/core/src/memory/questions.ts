import type { AskInput, QuestionQuery, SimilarQuery } from '../adapter.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { newestFirst, paginate } from '../paging.js';
import { similarity } from '../similarity.js';
import type { Answer, Page, Question, QuestionThread } from '../types.js';
import { checkAnswer, checkAsk, checkDraft, checkRoute, type KnownPeople } from '../validation/inputs.js';
import { isModerator, type Ctx, type WriteCtx } from './context.js';
import type { QuestionRec, Store } from './store.js';
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

function knownPeople(ctx: Ctx): KnownPeople {
  return (ids) => new Set(ids.filter((id) => ctx.store.people.has(id)));
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
  const { context, title, body, tags, notify } = checkAsk(input, knownPeople(ctx));
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
  const body = checkAnswer(input);
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
  const ids = checkRoute(personIds, knownPeople(ctx));
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
  const { draft, limit } = checkDraft(text, query.limit);
  return [...ctx.store.questions.values()]
    .map((q) => ({ q, score: similarity(draft, q.title, q.body) + (q.context === query.context ? 0.5 : 0) }))
    .filter((r) => r.score >= 1)
    .sort((a, b) => b.score - a.score || newestFirst(a.q, b.q))
    .slice(0, limit)
    .map((r) => questionView(ctx.store, r.q, ctx.user?.id ?? null));
}
