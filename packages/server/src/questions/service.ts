/** Question operations with the contract's rules: validation, permissions and live events. */
import { ForbiddenError, NotFoundError, ValidationError } from '@confab/core';
import type { Answer, AskInput, Id, Page, Question, QuestionQuery, QuestionThread, SimilarQuery } from '@confab/core';
import { isModerator, type ReadCtx, type WriteCtx } from '../domain/context.js';
import { checkAnswer, checkAsk, checkDraft, checkRoute, similarity } from '../domain/shared.js';

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

/** Which of some person ids exist, for core's people checks. */
function knownPeople(ctx: ReadCtx): (ids: Id[]) => Set<Id> {
  return (ids) => new Set(ctx.store.people.refs(ids).keys());
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
  const q = ctx.store.questions.ask(checkAsk(input, knownPeople(ctx)), ctx.user.id);
  ctx.emit('question.created', questionScopes(q), q);
  return q;
}

/** Answers a question (`answer.created`). */
export function answerQuestion(ctx: WriteCtx, questionId: Id, input: { body: string }): Answer {
  const q = findQuestion(ctx, questionId);
  const answer = ctx.store.questions.answer(questionId, checkAnswer(input), ctx.user.id);
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
  ctx.store.questions.route(questionId, checkRoute(personIds, knownPeople(ctx)));
  const updated = findQuestion(ctx, questionId);
  ctx.emit('question.updated', questionScopes(updated), updated);
  return updated;
}

/**
 * Questions resembling a draft, best first. FTS5 finds the candidates (any stemmed keyword as a
 * word prefix); core's `similarity` scores them, so the order is the same as `MemoryAdapter`'s.
 */
export function similarQuestions(ctx: ReadCtx, text: string, query: SimilarQuery): Question[] {
  const { draft, limit } = checkDraft(text, query.limit);
  return ctx.store.questions.similar([...draft], 500, ctx.user?.id ?? null)
    .map((q) => ({ q, score: similarity(draft, q.title, q.body) + (q.context === query.context ? 0.5 : 0) }))
    .filter((r) => r.score >= 1)
    .sort((a, b) => b.score - a.score || b.q.createdAt.localeCompare(a.q.createdAt))
    .slice(0, limit)
    .map((r) => r.q);
}
