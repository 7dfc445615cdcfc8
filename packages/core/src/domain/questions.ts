/** The rules of ask-a-question: validation, who may accept and route, similar questions, events. */
import type { AskInput, QuestionQuery, SimilarQuery } from '../adapter.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { questionScopes } from '../scopes.js';
import { similarity } from '../similarity.js';
import type { Answer, Id, Page, Question, QuestionThread } from '../types.js';
import { checkAnswer, checkAsk, checkDraft, checkPageUrl, checkRoute } from '../validation/inputs.js';
import { isAuthorOrModerator, type ReadCtx, type WriteCtx } from './context.js';
import { knownPeople } from './people.js';
import { autoFollow, mentionedIds, notify } from './notifications.js';
import { contentFor, listFilter, seenOrNotFound, statusOf, threadFilter } from './content.js';
import { admitPost, holdPost } from './posting.js';
import { ConflictError } from '../errors.js';

/** How many full-text candidates similar-question scoring looks at. */
const SIMILAR_CANDIDATES = 500;

/** The question or a `NotFoundError`. */
export async function findQuestion(ctx: ReadCtx, id: Id): Promise<Question> {
  const stored = typeof id === 'string' ? await ctx.repos.questions.get(id, ctx.user?.id ?? null) : null;
  return seenOrNotFound('question', stored, (q) => q.author.id, ctx.user);
}

/** Issue 13: a question that takes answers, votes and routing: visible (or held, for its author and moderators). */
async function openQuestion(ctx: ReadCtx, id: Id): Promise<Question> {
  const q = await findQuestion(ctx, id);
  const state = statusOf(q).state;
  if (state === 'deleted' || state === 'hidden') throw new ConflictError(`This question is ${state === 'hidden' ? 'hidden' : 'removed'}: it takes no answers`);
  return q;
}

/**
 * Questions matching the query. Sorts: `new` (newest first), `votes` (most votes, then newest),
 * `unanswered` (only questions without an accepted answer; fewest answers first, then newest).
 * `text` matches every word as a word prefix of the title or body.
 */
export function listQuestions(ctx: ReadCtx, query: QuestionQuery): Promise<Page<Question>> {
  const tags = (query.tags ?? []).map((t) => t.trim()).filter(Boolean);
  return ctx.repos.questions.list({ ...query, tags }, ctx.user?.id ?? null, listFilter(ctx.user));
}

/** A question with its answers. */
export async function getQuestion(ctx: ReadCtx, id: Id): Promise<QuestionThread> {
  const thread = typeof id === 'string' ? await ctx.repos.questions.thread(id, ctx.user?.id ?? null, threadFilter(ctx.user)) : null;
  const question = thread && contentFor('question', thread.question, thread.question.author.id, ctx.user);
  if (!thread || !question) throw new NotFoundError('This question does not exist');
  return { question, answers: thread.answers.flatMap((a) => contentFor('answer', a, a.author.id, ctx.user) ?? []) };
}

/** Asks a question (`question.created`). */
export async function askQuestion(ctx: WriteCtx, input: AskInput): Promise<Question> {
  const checked = checkAsk(input ?? ({} as AskInput), await knownPeople(ctx, input?.notify));
  const place = { kind: 'question', text: `${checked.title}\n${checked.body}`, context: checked.context } as const;
  const state = await admitPost(ctx, place);
  const q = await ctx.repos.questions.ask(checked, ctx.user.id);
  await autoFollow(ctx, 'write', { kind: 'question', id: q.id });
  if (state === 'held') {
    // Issue 13: a held first post is told to nobody until a moderator approves it (see `announceQuestion`).
    await holdPost(ctx, { kind: 'question', id: q.id }, place, q.createdAt);
    return { ...q, moderation: { ...statusOf(q), state: 'held' } };
  }
  await announceQuestion(ctx, q);
  return q;
}

/**
 * Tells of a question that became visible, when asked or when a moderator approved it:
 * `question.created` for live readers; routed experts and mentioned people are notified (issue 15).
 */
export async function announceQuestion(ctx: WriteCtx, q: Question): Promise<void> {
  ctx.emit('question.created', questionScopes(q), q);
  const item = { kind: 'question', id: q.id } as const;
  await notify(ctx, [
    { type: 'question.routed', item, title: q.title, text: q.body, url: q.url, to: q.routedTo.map((p) => p.id) },
    { type: 'mention', item, title: q.title, text: q.body, url: q.url, to: mentionedIds(q.body) },
  ], q.author.id);
}

/** Answers a question (`answer.created`, in the question's scopes). */
export async function answerQuestion(ctx: WriteCtx, questionId: Id, input: { body: string; url?: string | null }): Promise<Answer> {
  const q = await openQuestion(ctx, questionId);
  const body = checkAnswer(input ?? { body: '' });
  const url = checkPageUrl(input?.url);
  const place = { kind: 'answer', text: body, context: q.context } as const;
  const state = await admitPost(ctx, place);
  const answer = await ctx.repos.questions.answer(q.id, body, ctx.user.id, url);
  await autoFollow(ctx, 'write', { kind: 'question', id: q.id });
  if (state === 'held') {
    await holdPost(ctx, { kind: 'answer', id: answer.id }, place, answer.createdAt);
    return { ...answer, moderation: { ...statusOf(answer), state: 'held' } };
  }
  await announceAnswer(ctx, q, answer);
  return answer;
}

/**
 * Tells of an answer that became visible, when written or approved: `answer.created` for live
 * readers; the asker, mentioned people, and followers of the question, its context and the
 * answerer are notified (issue 15).
 */
export async function announceAnswer(ctx: WriteCtx, q: Question, answer: Answer): Promise<void> {
  ctx.emit('answer.created', questionScopes(q), answer);
  const item = { kind: 'answer', id: answer.id } as const;
  const link = answer.url ?? q.url ?? null;
  await notify(ctx, [
    { type: 'answer.created', item, title: q.title, text: answer.body, url: link, to: [q.author.id] },
    { type: 'mention', item, title: q.title, text: answer.body, url: link, to: mentionedIds(answer.body) },
    { type: 'answer.created', item, title: q.title, text: answer.body, url: link,
      followersOf: [{ kind: 'question', id: q.id }, { kind: 'context', id: q.context }, { kind: 'person', id: answer.author.id }] },
  ], answer.author.id);
}

/** Accepts an answer or, with null, withdraws acceptance (`answer.accepted`). Asker or moderator. */
export async function acceptAnswer(ctx: WriteCtx, questionId: Id, answerId: Id | null): Promise<QuestionThread> {
  const q = await findQuestion(ctx, questionId);
  if (!isAuthorOrModerator(ctx.user, q.author.id)) throw new ForbiddenError('Only the person who asked or a moderator can accept an answer');
  if (answerId !== null && (typeof answerId !== 'string' || await ctx.repos.questions.answerQuestionId(answerId) !== q.id)) {
    throw new ValidationError({ answerId: 'This answer does not belong to the question' });
  }
  const [chosen] = answerId === null ? [] : await ctx.repos.questions.getAnswers([answerId], null);
  if (chosen && statusOf(chosen).state !== 'visible') throw new ConflictError('Only a visible answer can be accepted');
  await ctx.repos.questions.accept(q.id, answerId);
  const thread = await getQuestion(ctx, q.id);
  ctx.emit('answer.accepted', questionScopes(q), thread);
  // Issue 15: the answer's author, the asker (when a moderator accepted) and the question's followers.
  const accepted = answerId === null ? undefined : thread.answers.find((a) => a.id === answerId);
  if (accepted && q.acceptedAnswerId !== accepted.id) {
    const item = { kind: 'answer', id: accepted.id } as const;
    const url = accepted.url ?? q.url ?? null;
    await notify(ctx, [
      { type: 'answer.accepted', item, title: q.title, text: accepted.body, url, to: [accepted.author.id, q.author.id] },
      { type: 'answer.accepted', item, title: q.title, text: accepted.body, url, followersOf: [{ kind: 'question', id: q.id }] },
    ]);
  }
  return thread;
}

/** Asks more people to look at a question (`question.updated`). Asker or moderator. */
export async function routeQuestion(ctx: WriteCtx, questionId: Id, personIds: Id[]): Promise<Question> {
  const q = await findQuestion(ctx, questionId);
  if (!isAuthorOrModerator(ctx.user, q.author.id)) throw new ForbiddenError('Only the person who asked or a moderator can route a question');
  const routed = checkRoute(personIds, await knownPeople(ctx, personIds));
  await ctx.repos.questions.route(q.id, routed);
  const updated = await findQuestion(ctx, q.id);
  ctx.emit('question.updated', questionScopes(updated), updated);
  // Issue 15: "You were asked" for the people newly routed to.
  const before = new Set(q.routedTo.map((p) => p.id));
  await notify(ctx, [{ type: 'question.routed', item: { kind: 'question', id: q.id }, title: q.title, text: q.body, url: q.url, to: routed.filter((id) => !before.has(id)) }]);
  return updated;
}

/**
 * Questions resembling a draft (see `similarity`), best first; a question in the preferred
 * context gains ½, and the newer wins a tie. Empty for a draft without keywords.
 */
export async function similarQuestions(ctx: ReadCtx, text: string, query: SimilarQuery = {}): Promise<Question[]> {
  const { draft, limit } = checkDraft(text, query?.limit);
  if (draft.size === 0) return [];
  const candidates = await ctx.repos.questions.similar([...draft], SIMILAR_CANDIDATES, ctx.user?.id ?? null, listFilter(ctx.user));
  return candidates
    .map((q) => ({ q, score: similarity(draft, q.title, q.body) + (q.context === query?.context ? 0.5 : 0) }))
    .filter((r) => r.score >= 1)
    .sort((a, b) => b.score - a.score || b.q.createdAt.localeCompare(a.q.createdAt))
    .slice(0, limit)
    .map((r) => r.q);
}
