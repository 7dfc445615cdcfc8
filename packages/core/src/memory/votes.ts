import { ValidationError } from '../errors.js';
import type { VoteState, VoteTarget } from '../types.js';
import { checkVote } from '../validation/inputs.js';
import type { WriteCtx } from './context.js';
import { findIdea, ideaScopes } from './ideas.js';
import { findQuestion, questionScopes } from './questions.js';
import { voteState } from './views.js';

/** The live scopes of a vote's target; an answer's are its question's. Throws `NotFoundError`. */
function targetScopes(ctx: WriteCtx, target: VoteTarget): string[] {
  const { store } = ctx;
  switch (target.kind) {
    case 'question': return questionScopes(findQuestion(store, target.id));
    case 'idea': return ideaScopes(findIdea(store, target.id));
    case 'answer': {
      const answer = store.answers.get(target.id);
      return questionScopes(findQuestion(store, answer?.questionId ?? ''));
    }
    default: throw new ValidationError({ kind: 'Only questions, answers and ideas take votes' });
  }
}

/**
 * Sets the acting user's vote: one per person per item, `on: false` withdraws it.
 * A real change emits `vote.changed` with the new `VoteState`; a repeated vote changes nothing.
 */
export function setVote(ctx: WriteCtx, target: VoteTarget, on: boolean): VoteState {
  const scopes = targetScopes(ctx, target);
  checkVote(on);
  const voters = ctx.store.votesOn(target.kind, target.id);
  const had = voters.has(ctx.user.id);
  if (on && !had) voters.set(ctx.user.id, ctx.store.now());
  if (!on && had) voters.delete(ctx.user.id);
  const state = voteState(ctx.store, target.kind, target.id, ctx.user.id);
  if (on !== had) ctx.store.emit('vote.changed', scopes, ctx.user.id, state);
  return state;
}
