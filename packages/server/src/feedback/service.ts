/** Feedback operations: anonymity kept in every view and live event; owners are moderators. */
import { ForbiddenError, LIMITS, NotFoundError, UnauthenticatedError } from '@confab/core';
import type { Feedback, FeedbackInput, FeedbackQuery, FeedbackState, FeedbackSummary, Id, Page } from '@confab/core';
import { isModerator, type ReadCtx, type WriteCtx } from '../domain/context.js';
import { Validator } from '../domain/shared.js';

const STATES: readonly FeedbackState[] = ['open', 'actioned', 'dismissed'];

function scopes(f: { subject: string }): string[] {
  return [`subject:${f.subject}`, 'feedback'];
}

function requireModerator(ctx: ReadCtx, what: string): void {
  if (!ctx.user) throw new UnauthenticatedError();
  if (!isModerator(ctx.user)) throw new ForbiddenError(`Only moderators can ${what}`);
}

function find(ctx: ReadCtx, id: Id): Feedback {
  const f = ctx.store.feedback.get(id, null);
  if (!f) throw new NotFoundError('This feedback does not exist');
  return f;
}

/** Stores feedback (`feedback.created`); live events never name an anonymous author. */
export function sendFeedback(ctx: WriteCtx, input: FeedbackInput): Feedback {
  const v = new Validator();
  const subject = v.text('subject', input.subject, { label: 'Subject', max: LIMITS.key, required: true });
  if (input.variant !== 'helpful' && input.variant !== 'stars') v.fail('variant', 'Feedback is either "helpful" or "stars"');
  else if (input.variant === 'helpful' && input.rating !== 1 && input.rating !== 5) v.fail('rating', 'Choose yes or no');
  else if (input.variant === 'stars' && !(Number.isInteger(input.rating) && input.rating >= 1 && input.rating <= 5)) v.fail('rating', 'Choose from 1 to 5 stars');
  const reason = v.text('reason', input.reason, { label: 'Reason', max: LIMITS.reason });
  const comment = v.text('comment', input.comment, { label: 'Comment', max: LIMITS.feedbackComment });
  if (input.anonymous !== undefined && typeof input.anonymous !== 'boolean') v.fail('anonymous', 'Anonymous is yes or no');
  v.done();
  const f = ctx.store.feedback.send({ subject, variant: input.variant, rating: input.rating, reason: reason || null, comment: comment || null, anonymous: input.anonymous ?? false }, ctx.user.id);
  ctx.emit('feedback.created', scopes(f), ctx.store.feedback.get(f.id, null));
  return f;
}

/** The acting user's latest feedback on a subject, or null (also when signed out). */
export function myFeedback(ctx: ReadCtx, subject: string): Feedback | null {
  return ctx.user ? ctx.store.feedback.mine(subject, ctx.user.id) : null;
}

/** Figures for one subject, or all feedback when `subject` is null. */
export function feedbackSummary(ctx: ReadCtx, subject: string | null): FeedbackSummary {
  return ctx.store.feedback.summary(subject);
}

/** Feedback for moderators, newest first; anonymous authors stay hidden. */
export function listFeedback(ctx: ReadCtx, query: FeedbackQuery): Page<Feedback> {
  requireModerator(ctx, 'read feedback');
  return ctx.store.feedback.list(query, null);
}

/** Answers a piece of feedback (`feedback.updated`). Moderators only. */
export function respondToFeedback(ctx: WriteCtx, id: Id, input: { body: string }): Feedback {
  requireModerator(ctx, 'respond to feedback');
  find(ctx, id);
  const v = new Validator();
  const body = v.text('body', input?.body, { label: 'Response', max: LIMITS.note, required: true });
  v.done();
  ctx.store.feedback.respond(id, body, ctx.user.id);
  const view = find(ctx, id);
  ctx.emit('feedback.updated', scopes(view), view);
  return view;
}

/** Marks feedback actioned, dismissed or open again (`feedback.updated`). Moderators only. */
export function setFeedbackState(ctx: WriteCtx, id: Id, state: FeedbackState): Feedback {
  requireModerator(ctx, 'change the state of feedback');
  find(ctx, id);
  const v = new Validator();
  if (!STATES.includes(state)) v.fail('state', `Choose one of: ${STATES.join(', ')}`);
  v.done();
  ctx.store.feedback.setState(id, state);
  const view = find(ctx, id);
  ctx.emit('feedback.updated', scopes(view), view);
  return view;
}
