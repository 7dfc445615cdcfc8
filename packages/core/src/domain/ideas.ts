/** The rules of ideas: closed campaigns, the status pipeline (moderators and campaign owners), similar ideas, events. */
import type { IdeaInput, IdeaQuery, PageQuery } from '../adapter.js';
import { canModerateIdeas } from '../campaigns.js';
import { ConflictError, ForbiddenError } from '../errors.js';
import { ideaScopes } from '../scopes.js';
import { similarity } from '../similarity.js';
import type { Comment, FollowTarget, Id, Idea, IdeaStatus, Page } from '../types.js';
import { checkComment, checkDraft, checkIdea, checkPageUrl, checkStatusChange } from '../validation/inputs.js';
import { getCampaign } from './campaigns.js';
import { isModerator, type ReadCtx, type WriteCtx } from './context.js';
import { autoFollow, mentionedIds, notify } from './notifications.js';
import { contentFor, listFilter, seenOrNotFound, statusOf, threadFilter } from './content.js';
import { admitPost, holdPost } from './posting.js';

const DAY_MS = 86_400_000;
const SIMILAR_CANDIDATES = 500;

/**
 * The trending score of an idea: each vote weighs 1 / (1 + its age in days), so a vote cast now
 * counts 1, yesterday's ½ and last month's about 1/31. `voteTimes` are ms since the epoch.
 */
export function trendingScore(voteTimes: Iterable<number>, now: number): number {
  let score = 0;
  for (const at of voteTimes) score += 1 / (1 + Math.max(0, now - at) / DAY_MS);
  return score;
}

/** The idea or a `NotFoundError`. */
export async function findIdea(ctx: ReadCtx, id: Id): Promise<Idea> {
  const stored = typeof id === 'string' ? await ctx.repos.ideas.get(id, ctx.user?.id ?? null) : null;
  return seenOrNotFound('idea', stored, (i) => i.author.id, ctx.user);
}

// Campaigns: their status is computed from `closesAt` on every read (see `./campaigns.ts`).
export { listCampaigns, getCampaign, createCampaign, updateCampaign, closeCampaign } from './campaigns.js';

/**
 * Ideas matching the query. Sorts: `top` (most votes, then newest), `new` (newest first),
 * `trending` (highest `trendingScore`, then newest).
 */
export function listIdeas(ctx: ReadCtx, query: IdeaQuery): Promise<Page<Idea>> {
  return ctx.repos.ideas.list(query ?? {}, ctx.user?.id ?? null, listFilter(ctx.user));
}

/** One idea. */
export function getIdea(ctx: ReadCtx, id: Id): Promise<Idea> {
  return findIdea(ctx, id);
}

/** Ideas resembling a draft, best first, optionally within one campaign (null: ideas without one). */
export async function similarIdeas(ctx: ReadCtx, text: string, query: { campaign?: Id | null; limit?: number } = {}): Promise<Idea[]> {
  const { draft, limit } = checkDraft(text, query?.limit);
  if (draft.size === 0) return [];
  const candidates = await ctx.repos.ideas.similar([...draft], query?.campaign, SIMILAR_CANDIDATES, ctx.user?.id ?? null, listFilter(ctx.user));
  return candidates
    .map((i) => ({ i, score: similarity(draft, i.title, i.body) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || b.i.createdAt.localeCompare(a.i.createdAt))
    .slice(0, limit)
    .map((r) => r.i);
}

/** Submits an idea (`idea.created`); a closed campaign is a `ConflictError`. */
export async function submitIdea(ctx: WriteCtx, input: IdeaInput): Promise<Idea> {
  const campaignId = input?.campaign ?? null;
  if (campaignId !== null) {
    const campaign = await getCampaign(ctx, campaignId);
    if (campaign.status === 'closed') throw new ConflictError('This campaign is closed and takes no new ideas');
  }
  const checked = checkIdea(input ?? { campaign: null, title: '' });
  const place = { kind: 'idea', text: `${checked.title}\n${checked.body}`, campaignId } as const;
  const state = await admitPost(ctx, place);
  const idea = await ctx.repos.ideas.submit({ campaign: campaignId, ...checked }, ctx.user.id);
  // Issue 15: the author follows the idea; mentioned people are told.
  await autoFollow(ctx, 'write', { kind: 'idea', id: idea.id });
  if (state === 'held') {
    await holdPost(ctx, { kind: 'idea', id: idea.id }, place, idea.createdAt);
    return { ...idea, moderation: { ...statusOf(idea), state: 'held' } };
  }
  await announceIdea(ctx, idea);
  return idea;
}

/** Tells of an idea that became visible, when submitted or approved: `idea.created`; mentioned people are notified. */
export async function announceIdea(ctx: WriteCtx, idea: Idea): Promise<void> {
  ctx.emit('idea.created', ideaScopes(idea), idea);
  await notify(ctx, [{ type: 'mention', item: { kind: 'idea', id: idea.id }, title: idea.title, text: idea.body, url: idea.url, to: mentionedIds(idea.body) }], idea.author.id);
}

/** Comments on an idea, oldest first. */
export async function listComments(ctx: ReadCtx, ideaId: Id, query: PageQuery = {}): Promise<Page<Comment>> {
  const idea = await findIdea(ctx, ideaId);
  const page = await ctx.repos.ideas.comments(idea.id, query ?? {}, threadFilter(ctx.user));
  return { ...page, items: page.items.flatMap((c) => contentFor('comment', c, c.author.id, ctx.user) ?? []) };
}

/** Comments on an idea (`comment.created`, in the idea's scopes). */
export async function addComment(ctx: WriteCtx, ideaId: Id, input: { body: string; url?: string | null }): Promise<Comment> {
  const idea = await findIdea(ctx, ideaId);
  if (statusOf(idea).state === 'deleted' || statusOf(idea).state === 'hidden') throw new ConflictError('This idea takes no comments');
  const body = checkComment(input ?? { body: '' });
  const pageUrl = checkPageUrl(input?.url);
  const place = { kind: 'comment', text: body, campaignId: idea.campaignId } as const;
  const state = await admitPost(ctx, place);
  const comment = await ctx.repos.ideas.comment(idea.id, body, ctx.user.id, pageUrl);
  // Issue 15: the idea's author, mentioned people, and followers of the idea, its campaign and the commenter.
  await autoFollow(ctx, 'comment', { kind: 'idea', id: idea.id });
  if (state === 'held') {
    await holdPost(ctx, { kind: 'comment', id: comment.id }, place, comment.createdAt);
    return { ...comment, moderation: { ...statusOf(comment), state: 'held' } };
  }
  await announceComment(ctx, idea, comment);
  return comment;
}

/**
 * Tells of a comment that became visible, when written or approved: `comment.created`; the
 * idea's author, mentioned people, and followers of the idea, its campaign and the commenter are notified.
 */
export async function announceComment(ctx: WriteCtx, idea: Idea, comment: Comment): Promise<void> {
  ctx.emit('comment.created', ideaScopes(idea), comment);
  const item = { kind: 'comment', id: comment.id } as const;
  const url = comment.url ?? idea.url ?? null;
  const followersOf = [{ kind: 'idea', id: idea.id }, { kind: 'person', id: comment.author.id }] as FollowTarget[];
  if (idea.campaignId !== null) followersOf.push({ kind: 'campaign', id: idea.campaignId });
  await notify(ctx, [
    { type: 'comment.created', item, title: idea.title, text: comment.body, url, to: [idea.author.id] },
    { type: 'mention', item, title: idea.title, text: comment.body, url, to: mentionedIds(comment.body) },
    { type: 'comment.created', item, title: idea.title, text: comment.body, url, followersOf },
  ], comment.author.id);
}

/** Moves an idea along the pipeline with a note (`idea.status-changed`). Moderators and the campaign's owners only. */
export async function changeIdeaStatus(ctx: WriteCtx, ideaId: Id, input: { status: IdeaStatus; note: string }): Promise<Idea> {
  const before = await findIdea(ctx, ideaId);
  // Moderators, and the owners of the idea's campaign (see `canModerateIdeas`).
  const campaign = before.campaignId === null || isModerator(ctx.user) ? null : await ctx.repos.ideas.campaign(before.campaignId);
  if (!canModerateIdeas(ctx.user, campaign)) throw new ForbiddenError('Only moderators and the campaign\'s owners can change the status of an idea');
  const { status, note } = checkStatusChange(input);
  await ctx.repos.ideas.setStatus(ideaId, status, note, ctx.user.id);
  const idea = await findIdea(ctx, ideaId);
  ctx.emit('idea.status-changed', ideaScopes(idea), idea);
  // Issue 15: the author and followers of the idea and its campaign hear the new status with its note.
  const item = { kind: 'idea', id: idea.id } as const;
  const followersOf = [{ kind: 'idea', id: idea.id }] as FollowTarget[];
  if (idea.campaignId !== null) followersOf.push({ kind: 'campaign', id: idea.campaignId });
  await notify(ctx, [
    { type: 'idea.status', item, title: idea.title, text: note, url: idea.url, to: [idea.author.id] },
    { type: 'mention', item, title: idea.title, text: note, url: idea.url, to: mentionedIds(note) },
    { type: 'idea.status', item, title: idea.title, text: note, url: idea.url, followersOf },
  ]);
  return idea;
}
