/** Campaign, idea and comment operations with the contract's rules. */
import { ConflictError, ForbiddenError, NotFoundError } from '@confab/core';
import type { Campaign, Comment, Id, Idea, IdeaInput, IdeaQuery, IdeaStatus, Page, PageQuery } from '@confab/core';
import { isModerator, type ReadCtx, type WriteCtx } from '../domain/context.js';
import { checkComment, checkDraft, checkIdea, checkStatusChange, similarity } from '../domain/shared.js';

/** The live scopes of an idea. */
export function ideaScopes(idea: { id: Id; campaignId: Id | null }): string[] {
  return [`campaign:${idea.campaignId ?? 'none'}`, `idea:${idea.id}`];
}

/** Campaigns in the order they were created. */
export function listCampaigns(ctx: ReadCtx): Campaign[] {
  return ctx.store.ideas.campaigns();
}

/** One campaign or a `NotFoundError`. */
export function getCampaign(ctx: ReadCtx, id: Id): Campaign {
  const c = ctx.store.ideas.campaign(id);
  if (!c) throw new NotFoundError('This campaign does not exist');
  return c;
}

/** Ideas matching the query: `top`, `new` or `trending` (each vote weighs 1 / (1 + age in days)). */
export function listIdeas(ctx: ReadCtx, query: IdeaQuery): Page<Idea> {
  return ctx.store.ideas.list(query, ctx.user?.id ?? null);
}

/** Ideas resembling a draft, best first (FTS5 candidates, scored by core's `similarity`). */
export function similarIdeas(ctx: ReadCtx, text: string, query: { campaign?: Id | null; limit?: number }): Idea[] {
  const { draft, limit } = checkDraft(text, query.limit);
  return ctx.store.ideas.similar([...draft], query.campaign, 500, ctx.user?.id ?? null)
    .map((i) => ({ i, score: similarity(draft, i.title, i.body) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || b.i.createdAt.localeCompare(a.i.createdAt))
    .slice(0, limit)
    .map((r) => r.i);
}

/** Submits an idea (`idea.created`); a closed campaign is a `ConflictError`. */
export function submitIdea(ctx: WriteCtx, input: IdeaInput): Idea {
  const campaignId = input.campaign ?? null;
  if (campaignId !== null) {
    const campaign = getCampaign(ctx, campaignId);
    if (campaign.status === 'closed') throw new ConflictError('This campaign is closed and takes no new ideas');
  }
  const idea = ctx.store.ideas.submit({ campaign: campaignId, ...checkIdea(input) }, ctx.user.id);
  ctx.emit('idea.created', ideaScopes(idea), idea);
  return idea;
}

/** One idea or a `NotFoundError`. */
export function getIdea(ctx: ReadCtx, id: Id): Idea {
  const idea = ctx.store.ideas.get(id, ctx.user?.id ?? null);
  if (!idea) throw new NotFoundError('This idea does not exist');
  return idea;
}

/** Comments on an idea, oldest first. */
export function listComments(ctx: ReadCtx, ideaId: Id, query: PageQuery): Page<Comment> {
  getIdea(ctx, ideaId);
  return ctx.store.ideas.comments(ideaId, query);
}

/** Comments on an idea (`comment.created`). */
export function addComment(ctx: WriteCtx, ideaId: Id, input: { body: string }): Comment {
  const idea = getIdea(ctx, ideaId);
  const comment = ctx.store.ideas.comment(ideaId, checkComment(input), ctx.user.id);
  ctx.emit('comment.created', ideaScopes(idea), comment);
  return comment;
}

/** Moves an idea along the pipeline with a note (`idea.status-changed`). Moderators only. */
export function changeIdeaStatus(ctx: WriteCtx, ideaId: Id, input: { status: IdeaStatus; note: string }): Idea {
  getIdea(ctx, ideaId);
  if (!isModerator(ctx.user)) throw new ForbiddenError('Only moderators can change the status of an idea');
  const { status, note } = checkStatusChange(input);
  ctx.store.ideas.setStatus(ideaId, status, note, ctx.user.id);
  const idea = getIdea(ctx, ideaId);
  ctx.emit('idea.status-changed', ideaScopes(idea), idea);
  return idea;
}
