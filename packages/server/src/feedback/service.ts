/** Feedback operations: anonymity kept in every view and live event; owners are moderators. */
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '@confab/core';
import type { Feedback, FeedbackInput, FeedbackQuery, FeedbackState, FeedbackSummary, Id, Page } from '@confab/core';
import { isModerator, type ReadCtx, type WriteCtx } from '../domain/context.js';
import { checkFeedback, checkFeedbackState, checkResponse } from '../domain/shared.js';

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
  const f = ctx.store.feedback.send(checkFeedback(input), ctx.user.id);
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
  ctx.store.feedback.respond(id, checkResponse(input), ctx.user.id);
  const view = find(ctx, id);
  ctx.emit('feedback.updated', scopes(view), view);
  return view;
}

/** Marks feedback actioned, dismissed or open again (`feedback.updated`). Moderators only. */
export function setFeedbackState(ctx: WriteCtx, id: Id, state: FeedbackState): Feedback {
  requireModerator(ctx, 'change the state of feedback');
  find(ctx, id);
  ctx.store.feedback.setState(id, checkFeedbackState(state));
  const view = find(ctx, id);
  ctx.emit('feedback.updated', scopes(view), view);
  return view;
}
