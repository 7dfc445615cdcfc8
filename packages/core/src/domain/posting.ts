/**
 * Issue 13: who may post now, and whether a new post waits for approval: restrictions, the
 * new-person limits (posts per hour, links per post) and held first posts.
 */
import { ForbiddenError, RateLimitedError, ValidationError } from '../errors.js';
import { scopes } from '../scopes.js';
import type { ContentKind, ContentRef, ContentState, Id } from '../types.js';
import { isModerator, type WriteCtx } from './context.js';

const HOUR_MS = 3_600_000;

/** Links in a text: Markdown links and autolinks, and bare http(s) URLs, each counted once. */
export function countLinks(text: string): number {
  return (text.match(/\bhttps?:\/\/[^\s)<>\]]+/gi) ?? []).length + (text.match(/\]\((?!https?:)[^)\s]+\)/gi) ?? []).length;
}

/** Throws a `ForbiddenError` while the signed-in person is restricted. */
export async function requireCanPost(ctx: WriteCtx): Promise<void> {
  const until = (await ctx.repos.moderation.personFacts([ctx.user.id])).get(ctx.user.id)?.restrictedUntil;
  if (until && Date.parse(until) > Date.now()) {
    throw new ForbiddenError(`You can read but cannot post until ${until.slice(0, 16).replace('T', ' ')} UTC`, { restrictedUntil: until });
  }
}

/** Whether the person joined less than `newPersonHours` ago. */
async function isNew(ctx: WriteCtx, personId: Id): Promise<boolean> {
  const joined = (await ctx.repos.moderation.personFacts([personId])).get(personId)?.joinedAt;
  return !!joined && Date.now() - Date.parse(joined) < ctx.policy.newPersonHours * HOUR_MS;
}

/** The new-person link limit on a text (moderators are exempt); `field` names the field in the error. */
export async function checkLinks(ctx: WriteCtx, text: string, field = 'body'): Promise<void> {
  if (isModerator(ctx.user) || !await isNew(ctx, ctx.user.id)) return;
  const max = ctx.policy.newPersonLinks;
  if (countLinks(text) > max) throw new ValidationError({ [field]: `New members can add at most ${max} link${max === 1 ? '' : 's'} to a post` });
}

/** Where a post is made, for held-first-posts overrides. */
export interface PostPlace {
  kind: Exclude<ContentKind, 'feedback'>;
  text: string;
  context?: string | null;
  campaignId?: Id | null;
}

/**
 * Admits a new post by the signed-in person, or throws: restricted (`ForbiddenError`), too many
 * posts this hour as a new person (`RateLimitedError`), too many links (`ValidationError`).
 * Returns the state it starts in: `held` while the author has fewer approved posts than the hold
 * in force (the campaign's override, else the context's, else `CONFAB_HOLD_FIRST_POSTS`).
 */
export async function admitPost(ctx: WriteCtx, place: PostPlace): Promise<Extract<ContentState, 'visible' | 'held'>> {
  await requireCanPost(ctx);
  if (isModerator(ctx.user)) return 'visible';
  const repo = ctx.repos.moderation;
  if (await isNew(ctx, ctx.user.id)) {
    const since = new Date(Date.now() - HOUR_MS).toISOString();
    if (await postCount(ctx, { since }) >= ctx.policy.newPersonPostsPerHour) {
      throw new RateLimitedError(600, `New members can post ${ctx.policy.newPersonPostsPerHour} times an hour: try again later`);
    }
    await checkLinks(ctx, place.text);
  }
  const hold = (place.campaignId ? await repo.holdOverride({ kind: 'campaign', id: place.campaignId }) : null)
    ?? (place.context ? await repo.holdOverride({ kind: 'context', id: place.context }) : null)
    ?? ctx.policy.holdFirstPosts;
  if (hold <= 0) return 'visible';
  return await postCount(ctx, { approvedOnly: true }) < hold ? 'held' : 'visible';
}

/** How many posts the signed-in person wrote (see `ModerationRepository.postCounts`). */
async function postCount(ctx: WriteCtx, options: { since?: string; approvedOnly?: boolean }): Promise<number> {
  return (await ctx.repos.moderation.postCounts([ctx.user.id], options)).get(ctx.user.id) ?? 0;
}

/** Marks a new post held and puts it in the queue (`moderation.queue` for moderators). */
export async function holdPost(ctx: WriteCtx, target: ContentRef, place: PostPlace, at: string): Promise<void> {
  await ctx.repos.moderation.setStatus(target, { state: 'held', by: null, reason: null });
  await ctx.repos.moderation.enqueue({ target, authorId: ctx.user.id, context: place.context ?? null, campaignId: place.campaignId ?? null, held: true, since: at });
  ctx.emit('moderation.queue', [scopes.moderation], { target, change: 'added' });
}
