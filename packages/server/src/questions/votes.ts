/** Votes on questions, answers and ideas: one per person per item; a real change emits `vote.changed`. */
import { NotFoundError, ValidationError } from '@confab/core';
import type { VoteState, VoteTarget } from '@confab/core';
import type { WriteCtx } from '../domain/context.js';
import { checkVote } from '../domain/shared.js';
import { ideaScopes } from '../ideas/service.js';
import { findQuestion, questionScopes } from './service.js';

function targetScopes(ctx: WriteCtx, target: VoteTarget): string[] {
  switch (target.kind) {
    case 'question': return questionScopes(findQuestion(ctx, target.id));
    case 'answer': {
      const questionId = ctx.store.questions.answerQuestionId(target.id);
      if (!questionId) throw new NotFoundError('This answer does not exist');
      return questionScopes(findQuestion(ctx, questionId));
    }
    case 'idea': {
      const idea = ctx.store.ideas.get(target.id, null);
      if (!idea) throw new NotFoundError('This idea does not exist');
      return ideaScopes(idea);
    }
    default: throw new ValidationError({ kind: 'Only questions, answers and ideas take votes' });
  }
}

/** Sets the acting user's vote; a repeated vote changes nothing and emits nothing. */
export function setVote(ctx: WriteCtx, target: VoteTarget, on: boolean): VoteState {
  const scopes = targetScopes(ctx, target);
  checkVote(on);
  const before = ctx.store.votes.set(target, ctx.user.id, on);
  if (before.changed) ctx.emit('vote.changed', scopes, before.state);
  return before.state;
}
