/** The rules of feedback: owners are moderators; anonymous authors stay hidden from everyone else. */
import type { FeedbackInput, FeedbackQuery } from '../adapter.js';
import { NotFoundError } from '../errors.js';
import { feedbackScopes } from '../scopes.js';
import type { Feedback, FeedbackState, FeedbackSummary, Id, Page } from '../types.js';
import { checkFeedback, checkFeedbackState, checkResponse } from '../validation/inputs.js';
import { requireModerator, type ReadCtx, type WriteCtx } from './context.js';
import { checkLinks, requireCanPost } from './posting.js';
import { mentionedIds, notify } from './notifications.js';

/** Feedback as nobody in particular sees it (anonymous authors hidden), or a `NotFoundError`. */
async function findFeedback(ctx: ReadCtx, id: Id): Promise<Feedback> {
  const f = typeof id === 'string' ? await ctx.repos.feedback.get(id, null) : null;
  if (!f) throw new NotFoundError('This feedback does not exist');
  return f;
}

/**
 * Stores feedback. Each person has one record per subject: the first send creates it
 * (`feedback.created`); a later send replaces the answer in it (`feedback.updated`, open again),
 * so summaries count each person once.
 */
export async function sendFeedback(ctx: WriteCtx, input: FeedbackInput): Promise<Feedback> {
  const checked = checkFeedback(input);
  // Issue 13: a restricted person may still rate; a comment is a post.
  if (checked.comment) { await requireCanPost(ctx); await checkLinks(ctx, checked.comment, 'comment'); }
  const earlier = await ctx.repos.feedback.mine(checked.subject, ctx.user.id);
  const f = earlier
    ? await ctx.repos.feedback.replace(earlier.id, checked, ctx.user.id)
    : await ctx.repos.feedback.send(checked, ctx.user.id);
  ctx.emit(earlier ? 'feedback.updated' : 'feedback.created', feedbackScopes(f), await findFeedback(ctx, f.id), ctx.user.id);
  return f;
}

/** The acting user's latest feedback on a subject, or null (also when signed out). */
export function myFeedback(ctx: ReadCtx, subject: string): Promise<Feedback | null> {
  return ctx.user && typeof subject === 'string' ? ctx.repos.feedback.mine(subject, ctx.user.id) : Promise.resolve(null);
}

/** Figures for one subject, or all feedback when `subject` is null. */
export function feedbackSummary(ctx: ReadCtx, subject: string | null): Promise<FeedbackSummary> {
  return ctx.repos.feedback.summary(typeof subject === 'string' ? subject : null);
}

/** Feedback for moderators, newest first; anonymous authors stay hidden. */
export function listFeedback(ctx: ReadCtx, query: FeedbackQuery): Promise<Page<Feedback>> {
  requireModerator(ctx.user, 'read feedback');
  return ctx.repos.feedback.list(query ?? {}, null);
}

/** Answers a piece of feedback (`feedback.updated`). Moderators only. */
export async function respondToFeedback(ctx: WriteCtx, id: Id, input: { body: string }): Promise<Feedback> {
  requireModerator(ctx.user, 'respond to feedback');
  await findFeedback(ctx, id);
  const body = checkResponse(input ?? { body: '' });
  await ctx.repos.feedback.respond(id, body, ctx.user.id);
  const view = await updated(ctx, id);
  // Issue 15: the feedback's author (also when anonymous: only they are told) and mentioned people.
  const author = await ctx.repos.feedback.authorOf(id);
  const item = { kind: 'feedback', id } as const;
  await notify(ctx, [
    { type: 'feedback.responded', item, title: view.subject, text: body, url: view.url ?? null, to: author ? [author] : [] },
    { type: 'mention', item, title: view.subject, text: body, url: view.url ?? null, to: mentionedIds(body) },
  ]);
  return view;
}

/** Marks feedback actioned, dismissed or open again (`feedback.updated`). Moderators only. */
export async function setFeedbackState(ctx: WriteCtx, id: Id, state: FeedbackState): Promise<Feedback> {
  requireModerator(ctx.user, 'change the state of feedback');
  await findFeedback(ctx, id);
  await ctx.repos.feedback.setState(id, checkFeedbackState(state));
  return updated(ctx, id);
}

async function updated(ctx: WriteCtx, id: Id): Promise<Feedback> {
  const view = await findFeedback(ctx, id);
  ctx.emit('feedback.updated', feedbackScopes(view), view, await ctx.repos.feedback.authorOf(id));
  return view;
}
