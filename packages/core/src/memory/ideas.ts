import type { IdeaInput, IdeaQuery, PageQuery } from '../adapter.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import { newestFirst, paginate } from '../paging.js';
import { similarity } from '../similarity.js';
import type { Campaign, Comment, Idea, IdeaStatus, Page } from '../types.js';
import { checkComment, checkDraft, checkIdea, checkStatusChange } from '../validation/inputs.js';
import { isModerator, type Ctx, type WriteCtx } from './context.js';
import type { CommentRec, IdeaRec, Store } from './store.js';
import { commentView, ideaView } from './views.js';

const DAY_MS = 86_400_000;

/** The idea or a `NotFoundError`. */
export function findIdea(store: Store, id: string): IdeaRec {
  const idea = store.ideas.get(id);
  if (!idea) throw new NotFoundError('This idea does not exist');
  return idea;
}

/** The live scopes of an idea. */
export function ideaScopes(idea: IdeaRec): string[] {
  return [`campaign:${idea.campaignId ?? 'none'}`, `idea:${idea.id}`];
}

/** Campaigns in the order they were created. */
export function listCampaigns(ctx: Ctx): Campaign[] {
  return [...ctx.store.campaigns.values()].sort((a, b) => a.seq - b.seq).map(({ seq: _seq, ...c }) => c);
}

/** One campaign or a `NotFoundError`. */
export function getCampaign(ctx: Ctx, id: string): Campaign {
  const c = ctx.store.campaigns.get(id);
  if (!c) throw new NotFoundError('This campaign does not exist');
  const { seq: _seq, ...campaign } = c;
  return campaign;
}

/**
 * The trending score: each vote weighs 1 / (1 + its age in days), so a vote cast now counts 1,
 * yesterday's ½ and last month's about 1/31.
 */
export function trendingScore(voters: Map<string, number> | undefined, now: number): number {
  let score = 0;
  for (const at of voters?.values() ?? []) score += 1 / (1 + Math.max(0, now - at) / DAY_MS);
  return score;
}

/**
 * Ideas matching the query. Sorts: `top` (most votes, then newest), `new` (newest first),
 * `trending` (highest `trendingScore`, then most votes, then newest).
 */
export function listIdeas(ctx: Ctx, query: IdeaQuery): Page<Idea> {
  const { store } = ctx;
  const now = store.now();
  const rows = [...store.ideas.values()]
    .filter((i) => query.campaign === undefined || i.campaignId === query.campaign)
    .filter((i) => query.status === undefined || i.status === query.status)
    .map((i) => ({ rec: i, view: ideaView(store, i, ctx.user?.id ?? null), trend: trendingScore(store.votes.get(`idea:${i.id}`), now) }));
  if (query.sort === 'new') rows.sort((a, b) => newestFirst(a.rec, b.rec));
  else if (query.sort === 'trending') rows.sort((a, b) => b.trend - a.trend || b.view.votes - a.view.votes || newestFirst(a.rec, b.rec));
  else rows.sort((a, b) => b.view.votes - a.view.votes || newestFirst(a.rec, b.rec));
  return paginate(rows.map((r) => r.view), query, (x) => x.id);
}

/** Ideas resembling a draft, best first, optionally within one campaign (null: ideas without one). */
export function similarIdeas(ctx: Ctx, text: string, query: { campaign?: string | null; limit?: number } = {}): Idea[] {
  const { draft, limit } = checkDraft(text, query.limit);
  return [...ctx.store.ideas.values()]
    .filter((i) => query.campaign === undefined || i.campaignId === query.campaign)
    .map((i) => ({ i, score: similarity(draft, i.title, i.body) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || newestFirst(a.i, b.i))
    .slice(0, limit)
    .map((r) => ideaView(ctx.store, r.i, ctx.user?.id ?? null));
}

/** Submits an idea (`idea.created`); a closed campaign is a `ConflictError`. */
export function submitIdea(ctx: WriteCtx, input: IdeaInput): Idea {
  const { store } = ctx;
  const campaignId = input.campaign ?? null;
  if (campaignId !== null) {
    const campaign = store.campaigns.get(campaignId);
    if (!campaign) throw new NotFoundError('This campaign does not exist');
    if (campaign.status === 'closed') throw new ConflictError('This campaign is closed and takes no new ideas');
  }
  const { title, body, tags } = checkIdea(input);
  const idea: IdeaRec = {
    seq: store.nextSeq(), id: store.newId('i', store.ideas), campaignId, title, body, tags, author: ctx.user.id,
    createdAt: store.iso(), status: 'new', statusChange: null,
  };
  store.ideas.set(idea.id, idea);
  const view = ideaView(store, idea, ctx.user.id);
  store.emit('idea.created', ideaScopes(idea), ctx.user.id, view);
  return view;
}

/** One idea. */
export function getIdea(ctx: Ctx, id: string): Idea {
  return ideaView(ctx.store, findIdea(ctx.store, id), ctx.user?.id ?? null);
}

/** Comments on an idea, oldest first. */
export function listComments(ctx: Ctx, ideaId: string, query: PageQuery): Page<Comment> {
  findIdea(ctx.store, ideaId);
  const rows = [...ctx.store.comments.values()].filter((c) => c.ideaId === ideaId).sort((a, b) => newestFirst(b, a));
  return paginate(rows.map((c) => commentView(ctx.store, c)), query, (x) => x.id);
}

/** Comments on an idea (`comment.created`, in the idea's scopes). */
export function addComment(ctx: WriteCtx, ideaId: string, input: { body: string }): Comment {
  const idea = findIdea(ctx.store, ideaId);
  const body = checkComment(input);
  const { store } = ctx;
  const c: CommentRec = { seq: store.nextSeq(), id: store.newId('c', store.comments), ideaId, body, author: ctx.user.id, createdAt: store.iso() };
  store.addComment(c);
  const view = commentView(store, c);
  store.emit('comment.created', ideaScopes(idea), ctx.user.id, view);
  return view;
}

/** Moves an idea along the pipeline with a note (`idea.status-changed`). Moderators only. */
export function changeIdeaStatus(ctx: WriteCtx, ideaId: string, input: { status: IdeaStatus; note: string }): Idea {
  const idea = findIdea(ctx.store, ideaId);
  if (!isModerator(ctx.user)) throw new ForbiddenError('Only moderators can change the status of an idea');
  const { status, note } = checkStatusChange(input);
  idea.status = status;
  idea.statusChange = { status, note, by: ctx.user.id, at: ctx.store.iso() };
  const view = ideaView(ctx.store, idea, ctx.user.id);
  ctx.store.emit('idea.status-changed', ideaScopes(idea), ctx.user.id, view);
  return view;
}
