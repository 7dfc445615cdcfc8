/** The rule of votes: one per person per item; a real change emits `vote.changed`. */
import { NotFoundError, ValidationError } from '../errors.js';
import { ideaScopes, questionScopes } from '../scopes.js';
import type { VoteState, VoteTarget } from '../types.js';
import { checkVote } from '../validation/inputs.js';
import type { WriteCtx } from './context.js';
import { findIdea } from './ideas.js';
import { findQuestion } from './questions.js';

/** The live scopes of a vote's target; an answer's are its question's. Throws `NotFoundError`. */
async function targetScopes(ctx: WriteCtx, target: VoteTarget): Promise<string[]> {
  switch (target?.kind) {
    case 'question': return questionScopes(await findQuestion(ctx, target.id));
    case 'idea': return ideaScopes(await findIdea(ctx, target.id));
    case 'answer': {
      const questionId = typeof target.id === 'string' ? await ctx.repos.questions.answerQuestionId(target.id) : null;
      if (!questionId) throw new NotFoundError('This answer does not exist');
      return questionScopes(await findQuestion(ctx, questionId));
    }
    default: throw new ValidationError({ kind: 'Only questions, answers and ideas take votes' });
  }
}

/** Sets the acting user's vote; `on: false` withdraws it. A repeated vote changes nothing and emits nothing. */
export async function setVote(ctx: WriteCtx, target: VoteTarget, on: boolean): Promise<VoteState> {
  const scopes = await targetScopes(ctx, target);
  checkVote(on);
  const { state, changed } = await ctx.repos.votes.set({ kind: target.kind, id: target.id }, ctx.user.id, on);
  if (changed) ctx.emit('vote.changed', scopes, state);
  return state;
}
