import type { FeedbackInput, FeedbackQuery } from '../adapter.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.js';
import { newestFirst, paginate } from '../paging.js';
import type { Feedback, FeedbackState, FeedbackSummary, Page } from '../types.js';
import { checkFeedback, checkFeedbackState, checkResponse } from '../validation/inputs.js';
import { isModerator, type Ctx, type WriteCtx } from './context.js';
import type { FeedbackRec } from './store.js';
import { feedbackView } from './views.js';

function scopes(f: FeedbackRec): string[] {
  return [`subject:${f.subject}`, 'feedback'];
}

function requireModerator(ctx: Ctx, what: string): void {
  if (!ctx.user) throw new UnauthenticatedError();
  if (!isModerator(ctx.user)) throw new ForbiddenError(`Only moderators can ${what}`);
}

function findFeedback(ctx: Ctx, id: string): FeedbackRec {
  const f = ctx.store.feedback.get(id);
  if (!f) throw new NotFoundError('This feedback does not exist');
  return f;
}

/** Stores feedback (`feedback.created`); every send makes a new item. Live events never name an anonymous author. */
export function sendFeedback(ctx: WriteCtx, input: FeedbackInput): Feedback {
  const { subject, variant, rating, reason, comment, anonymous } = checkFeedback(input);
  const { store } = ctx;
  const f: FeedbackRec = {
    seq: store.nextSeq(), id: store.newId('f', store.feedback), subject, variant, rating, reason, comment, anonymous,
    author: ctx.user.id, createdAt: store.iso(), state: 'open', response: null,
  };
  store.feedback.set(f.id, f);
  store.emit('feedback.created', scopes(f), ctx.user.id, feedbackView(store, f, null));
  return feedbackView(store, f, ctx.user.id);
}

/** The acting user's latest feedback on a subject, or null (also when signed out). */
export function myFeedback(ctx: Ctx, subject: string): Feedback | null {
  const user = ctx.user;
  if (!user) return null;
  const mine = [...ctx.store.feedback.values()].filter((f) => f.subject === subject && f.author === user.id).sort(newestFirst);
  return mine[0] ? feedbackView(ctx.store, mine[0], user.id) : null;
}

/** Figures for one subject, or all feedback when `subject` is null. */
export function feedbackSummary(ctx: Ctx, subject: string | null): FeedbackSummary {
  const all = [...ctx.store.feedback.values()].filter((f) => subject === null || f.subject === subject);
  const helpful = all.filter((f) => f.variant === 'helpful');
  const stars = all.filter((f) => f.variant === 'stars');
  return {
    subject, count: all.length, helpful: helpful.filter((f) => f.rating === 5).length, helpfulCount: helpful.length,
    average: stars.length ? stars.reduce((sum, f) => sum + f.rating, 0) / stars.length : null, starsCount: stars.length,
    open: all.filter((f) => f.state === 'open').length,
  };
}

/** Feedback for moderators, newest first; anonymous authors stay hidden. */
export function listFeedback(ctx: Ctx, query: FeedbackQuery): Page<Feedback> {
  requireModerator(ctx, 'read feedback');
  const rows = [...ctx.store.feedback.values()]
    .filter((f) => query.subject === undefined || f.subject === query.subject)
    .filter((f) => query.state === undefined || f.state === query.state)
    .sort(newestFirst);
  return paginate(rows.map((f) => feedbackView(ctx.store, f, null)), query, (f) => f.id);
}

/** Answers a piece of feedback (`feedback.updated`). Moderators only. */
export function respondToFeedback(ctx: WriteCtx, id: string, input: { body: string }): Feedback {
  requireModerator(ctx, 'respond to feedback');
  const f = findFeedback(ctx, id);
  const body = checkResponse(input);
  f.response = { body, by: ctx.user.id, at: ctx.store.iso() };
  const view = feedbackView(ctx.store, f, null);
  ctx.store.emit('feedback.updated', scopes(f), ctx.user.id, view);
  return view;
}

/** Marks feedback actioned, dismissed or open again (`feedback.updated`). Moderators only. */
export function setFeedbackState(ctx: WriteCtx, id: string, state: FeedbackState): Feedback {
  requireModerator(ctx, 'change the state of feedback');
  const f = findFeedback(ctx, id);
  f.state = checkFeedbackState(state);
  const view = feedbackView(ctx.store, f, null);
  ctx.store.emit('feedback.updated', scopes(f), ctx.user.id, view);
  return view;
}
