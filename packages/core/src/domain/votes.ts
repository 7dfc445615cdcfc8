/** The rule of votes: one per person per item, never on one's own answer or idea; a real change emits `vote.changed`. */
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { ideaScopes, questionScopes } from '../scopes.js';
import type { ContentStatus, Id, User, VoteState, VoteTarget } from '../types.js';
import { seenOrNotFound, statusOf } from './content.js';
import { checkVote } from '../validation/inputs.js';
import type { WriteCtx } from './context.js';
import type { ItemFacts } from './repositories.js';
import { autoFollow } from './notifications.js';

/** What a vote needs to know of its target: its live scopes, and its author when votes on one's own are refused. */
interface TargetFacts {
  scopes: string[];
  /** The author of an answer or an idea; null for a question (an asker may vote on their own question). */
  authorId: Id | null;
  /** Issue 13: a deleted or hidden item takes no new votes. */
  closed: boolean;
}

const closed = (item: { moderation?: ContentStatus }) => ['deleted', 'hidden'].includes(statusOf(item).state);

/** The facts of a question or idea the voter may see (the rule of `findQuestion` and `findIdea`); else `NotFoundError`. */
const seen = <T extends ItemFacts>(kind: 'question' | 'idea', facts: T | null, voter: User): T => seenOrNotFound(kind, facts, (f) => f.authorId, voter);

/** The live scopes (an answer's are its question's) and author of a vote's target. Throws `NotFoundError`. */
async function targetFacts(ctx: WriteCtx, target: VoteTarget): Promise<TargetFacts> {
  switch (target?.kind) {
    case 'question': {
      const q = seen('question', typeof target.id === 'string' ? await ctx.repos.questions.facts(target.id) : null, ctx.user);
      return { scopes: questionScopes(q), authorId: null, closed: closed(q) };
    }
    case 'idea': {
      const idea = seen('idea', typeof target.id === 'string' ? await ctx.repos.ideas.facts(target.id) : null, ctx.user);
      return { scopes: ideaScopes(idea), authorId: idea.authorId, closed: closed(idea) };
    }
    case 'answer': {
      const questionId = typeof target.id === 'string' ? await ctx.repos.questions.answerQuestionId(target.id) : null;
      const thread = questionId ? await ctx.repos.questions.thread(questionId, null) : null;
      const answer = thread?.answers.find((a) => a.id === target.id);
      if (!thread || !answer) throw new NotFoundError('This answer does not exist');
      return { scopes: questionScopes(thread.question), authorId: answer.author.id, closed: closed(answer) || closed(thread.question) };
    }
    default: throw new ValidationError({ kind: 'Only questions, answers and ideas take votes' });
  }
}

/**
 * Sets the acting user's vote; `on: false` withdraws it. A repeated vote changes nothing and
 * emits nothing. Nobody votes for their own answer or idea (`ForbiddenError`); withdrawing such
 * a vote (e.g. one imported with old data) is allowed. A removed or hidden item takes no new
 * votes (`ConflictError`); a vote on it can still be withdrawn.
 */
export async function setVote(ctx: WriteCtx, target: VoteTarget, on: boolean): Promise<VoteState> {
  const { scopes, authorId, closed: takesNone } = await targetFacts(ctx, target);
  checkVote(on);
  if (on && takesNone) throw new ConflictError(`This ${target.kind} was removed or hidden: it takes no votes`);
  if (on && authorId !== null && authorId === ctx.user.id) {
    throw new ForbiddenError(target.kind === 'idea' ? 'You cannot vote on your own idea' : 'You cannot vote on your own answer');
  }
  const item = { kind: target.kind, id: target.id };
  const changed = await ctx.repos.votes.record(item, ctx.user.id, on);
  // Issue 15: voting on a question or idea follows it (a preference). Before the count: its row is
  // the hot one (everyone votes on the popular item), and a database keeps it locked from the
  // count's change to COMMIT, so the rest of the write goes first.
  if (changed && on && (item.kind === 'question' || item.kind === 'idea')) await autoFollow(ctx, 'vote', { kind: item.kind, id: item.id });
  const state: VoteState = { ...item, votes: await ctx.repos.votes.tally(item, changed ? (on ? 1 : -1) : 0), myVote: on };
  if (changed) ctx.emit('vote.changed', scopes, state);
  return state;
}
