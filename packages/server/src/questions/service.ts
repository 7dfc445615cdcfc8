/** Question operations with the contract's rules: validation, permissions and live events. */
import { ForbiddenError, LIMITS, NotFoundError, ValidationError } from '@confab/core';
import type { Answer, AskInput, Id, Page, Question, QuestionQuery, QuestionThread, SimilarQuery } from '@confab/core';
import { clampLimit, isModerator, type ReadCtx, type WriteCtx } from '../domain/context.js';
import { keywords, similarity, Validator } from '../domain/shared.js';

/** The live scopes of a question. */
export function questionScopes(q: { id: Id; context: string }): string[] {
  return [`context:${q.context}`, `question:${q.id}`];
}

/** The question or a `NotFoundError`. */
export function findQuestion(ctx: ReadCtx, id: Id): Question {
  const q = ctx.store.questions.get(id, ctx.user?.id ?? null);
  if (!q) throw new NotFoundError('This question does not exist');
  return q;
}

function checkPeople(ctx: ReadCtx, v: Validator, field: string, ids: unknown): Id[] {
  if (ids === undefined || ids === null) return [];
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    v.fail(field, 'Choose people from the list');
    return [];
  }
  const unique = [...new Set(ids as string[])];
  const known = new Set(ctx.store.people.refs(unique).keys());
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length > 0) v.fail(field, `Unknown person: ${unknown.join(', ')}`);
  return unique;
}

/** Questions matching the query (sorts as `MemoryAdapter`). */
export function listQuestions(ctx: ReadCtx, query: QuestionQuery): Page<Question> {
  const tags = (query.tags ?? []).map((t) => t.trim()).filter(Boolean);
  return ctx.store.questions.list({ ...query, tags }, ctx.user?.id ?? null);
}

/** A question with its answers. */
export function getQuestion(ctx: ReadCtx, id: Id): QuestionThread {
  const thread = ctx.store.questions.thread(id, ctx.user?.id ?? null);
  if (!thread) throw new NotFoundError('This question does not exist');
  return thread;
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
  const q = ctx.store.questions.ask({ context, title, body, tags, notify }, ctx.user.id);
  ctx.emit('question.created', questionScopes(q), q);
  return q;
}

/** Answers a question (`answer.created`). */
export function answerQuestion(ctx: WriteCtx, questionId: Id, input: { body: string }): Answer {
  const q = findQuestion(ctx, questionId);
  const v = new Validator();
  const body = v.text('body', input?.body, { label: 'Answer', max: LIMITS.body, required: true });
  v.done();
  const answer = ctx.store.questions.answer(questionId, body, ctx.user.id);
  ctx.emit('answer.created', questionScopes(q), answer);
  return answer;
}

function mayManage(ctx: WriteCtx, q: Question): boolean {
  return q.author.id === ctx.user.id || isModerator(ctx.user);
}

/** Accepts an answer or withdraws acceptance (`answer.accepted`). Asker or moderator. */
export function acceptAnswer(ctx: WriteCtx, questionId: Id, answerId: Id | null): QuestionThread {
  const q = findQuestion(ctx, questionId);
  if (!mayManage(ctx, q)) throw new ForbiddenError('Only the person who asked or a moderator can accept an answer');
  if (answerId !== null && ctx.store.questions.answerQuestionId(answerId) !== questionId) {
    throw new ValidationError({ answerId: 'This answer does not belong to the question' });
  }
  ctx.store.questions.accept(questionId, answerId);
  const thread = getQuestion(ctx, questionId);
  ctx.emit('answer.accepted', questionScopes(q), thread);
  return thread;
}

/** Asks more people to look at a question (`question.updated`). Asker or moderator. */
export function routeQuestion(ctx: WriteCtx, questionId: Id, personIds: Id[]): Question {
  const q = findQuestion(ctx, questionId);
  if (!mayManage(ctx, q)) throw new ForbiddenError('Only the person who asked or a moderator can route a question');
  const v = new Validator();
  const ids = checkPeople(ctx, v, 'personIds', personIds);
  v.done();
  ctx.store.questions.route(questionId, ids);
  const updated = findQuestion(ctx, questionId);
  ctx.emit('question.updated', questionScopes(updated), updated);
  return updated;
}

/**
 * Questions resembling a draft, best first. FTS5 finds the candidates (any stemmed keyword as a
 * word prefix); core's `similarity` scores them, so the order is the same as `MemoryAdapter`'s.
 */
export function similarQuestions(ctx: ReadCtx, text: string, query: SimilarQuery): Question[] {
  const draft = keywords(text.slice(0, LIMITS.body));
  const limit = clampLimit(query.limit, 5);
  return ctx.store.questions.similar([...draft], 500, ctx.user?.id ?? null)
    .map((q) => ({ q, score: similarity(draft, q.title, q.body) + (q.context === query.context ? 0.5 : 0) }))
    .filter((r) => r.score >= 1)
    .sort((a, b) => b.score - a.score || b.q.createdAt.localeCompare(a.q.createdAt))
    .slice(0, limit)
    .map((r) => r.q);
}
