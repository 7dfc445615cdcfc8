/**
 * Issue 13: the moderation actions — edit (with versions), delete, hide, restore, approve, keep,
 * reports with weighted auto-hide — written once for every adapter. Each action emits
 * `content.updated` in the item's scopes (each reader gets what they may see: `contentFor`),
 * keeps the queue (`moderation.queue`), tells the author (`content.moderated`) and is audited.
 */
import type { ContentEdit, ReportInput } from '../adapter.js';
import { ConflictError, ForbiddenError, ValidationError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { reportWeight } from '../moderation.js';
import { questionScopes, scopes } from '../scopes.js';
import { REPORT_REASONS, type ContentItem, type ContentRef, type ContentStatus, type ContentVersion, type Report } from '../types.js';
import { contentScopes, findContent, itemFor, loadItem, requiredText } from './content.js';
import { isModerator, requireModerator, type ReadCtx, type WriteCtx } from './context.js';
import { announceComment, announceIdea } from './ideas.js';
import { notify } from './notifications.js';
import { checkLinks, requireCanPost } from './posting.js';
import { announceAnswer, announceQuestion } from './questions.js';
import type { StoredContent } from './repositories.js';

export { queue, record, restrict, addStaffNote, staffNotes, audit, policy, setPolicy } from './moderation-people.js';

const now = () => new Date().toISOString();

/** An optional note, checked as `requiredText`. */
function optionalText(value: unknown, field: string): string | null {
  return value === undefined || value === null || value === '' ? null : requiredText(value, field, 'The note');
}

/** Emits `content.updated` for `s` and returns the item as the actor now sees it. */
async function changed(ctx: WriteCtx, s: StoredContent): Promise<ContentItem> {
  const item = await loadItem(ctx, s.target);
  if (!item) throw new ConflictError(`This ${s.target.kind} no longer exists`);
  ctx.emit('content.updated', contentScopes(s), { target: s.target, parentId: s.parentId, item }, s.authorId);
  return itemFor(item, s.authorId, ctx.user) ?? item;
}

/**
 * Tells the author what happened to their item (`content.moderated`), naming nobody: neither the
 * moderator nor, for a hide by reports, the reporter whose report tipped it.
 */
async function tellAuthor(ctx: WriteCtx, s: StoredContent, what: string): Promise<void> {
  const title = s.title || s.body.slice(0, 80) || s.target.kind;
  const notifications = Object.create(ctx.repos.notifications) as WriteCtx['repos']['notifications'];
  notifications.insert = (list) => ctx.repos.notifications.insert(list.map((n) => ({ ...n, actorId: null })));
  await notify({ ...ctx, repos: { ...ctx.repos, notifications } }, [{ type: 'content.moderated', item: s.target, title, text: what, to: [s.authorId] }]);
}

/** A question whose accepted answer is hidden or deleted becomes unanswered. */
async function withdrawAcceptance(ctx: WriteCtx, s: StoredContent): Promise<void> {
  if (s.target.kind !== 'answer' || !s.parentId) return;
  const q = await ctx.repos.questions.get(s.parentId, null);
  if (q?.acceptedAnswerId !== s.target.id) return;
  await ctx.repos.questions.accept(q.id, null);
  const updated = await ctx.repos.questions.get(q.id, ctx.user.id);
  if (updated) ctx.emit('question.updated', questionScopes(updated), updated);
}

/** Takes an item out of the queue, telling moderators. */
async function dequeue(ctx: WriteCtx, target: ContentRef): Promise<void> {
  if (!await ctx.repos.moderation.queued(target)) return;
  await ctx.repos.moderation.dequeue(target);
  ctx.emit('moderation.queue', [scopes.moderation], { target, change: 'removed' });
}

async function setState(ctx: WriteCtx, s: StoredContent, status: Omit<ContentStatus, 'editedAt'>): Promise<void> {
  await ctx.repos.moderation.setStatus(s.target, status);
  if (status.state === 'hidden' || status.state === 'deleted') await withdrawAcceptance(ctx, s);
}

async function auditItem(ctx: WriteCtx, s: StoredContent, action: 'edit' | 'hide' | 'delete' | 'restore' | 'approve' | 'keep', reason: string | null): Promise<void> {
  await ctx.repos.moderation.audit({ actorId: ctx.user.id, action, target: s.target, personId: s.authorId, reason, details: null, at: now() });
}

/** The fields of an edit, checked for the item's kind. */
function checkEdit(kind: ContentRef['kind'], input: ContentEdit): { title?: string; body?: string; tags?: string[] } {
  const i = input ?? {};
  const fields: { title?: string; body?: string; tags?: string[] } = {};
  const titled = kind === 'question' || kind === 'idea';
  if (i.title !== undefined) {
    if (!titled) throw new ValidationError({ title: `A ${kind} has no title` });
    const title = typeof i.title === 'string' ? i.title.trim() : '';
    if (!title) throw new ValidationError({ title: 'The title is required' });
    if (title.length > LIMITS.title || title.includes('\0')) throw new ValidationError({ title: `The title has at most ${LIMITS.title} characters` });
    fields.title = title;
  }
  if (i.body !== undefined) {
    const max = kind === 'comment' ? LIMITS.comment : kind === 'feedback' ? LIMITS.feedbackComment : LIMITS.body;
    const body = typeof i.body === 'string' ? i.body.trim() : null;
    if (body === null || body.length > max || body.includes('\0')) throw new ValidationError({ body: `The text has at most ${max} characters` });
    if (!body && (kind === 'answer' || kind === 'comment')) throw new ValidationError({ body: 'The text is required' });
    fields.body = body;
  }
  if (i.tags !== undefined) {
    if (!titled) throw new ValidationError({ tags: `A ${kind} has no tags` });
    if (!Array.isArray(i.tags) || i.tags.length > LIMITS.tags || !i.tags.every((t) => typeof t === 'string' && t.trim() && t.length <= LIMITS.tag && !t.includes('\0'))) {
      throw new ValidationError({ tags: `At most ${LIMITS.tags} tags of at most ${LIMITS.tag} characters` });
    }
    fields.tags = [...new Set(i.tags.map((t) => t.trim()))];
  }
  if (!Object.keys(fields).length) throw new ValidationError({ body: 'Nothing to change' });
  return fields;
}

/** Edits an item: its author, or a moderator (with a reason for someone else's). The text before becomes a version. */
export async function edit(ctx: WriteCtx, target: ContentRef, input: ContentEdit): Promise<ContentItem> {
  const s = await findContent(ctx, target);
  const own = s.authorId === ctx.user.id;
  const moderator = isModerator(ctx.user);
  if (!own && !moderator) throw new ForbiddenError(`Only its author or a moderator can edit this ${s.target.kind}`);
  if (own && !moderator && (s.status.state === 'hidden' || s.status.state === 'deleted')) {
    throw new ForbiddenError(`This ${s.target.kind} is ${s.status.state === 'hidden' ? 'hidden' : 'removed'}: it cannot be edited`);
  }
  const fields = checkEdit(s.target.kind, input);
  const reason = !own ? requiredText(input?.reason, 'reason', 'The reason') : null;
  await requireCanPost(ctx);
  if (fields.body !== undefined) await checkLinks(ctx, fields.body);
  await ctx.repos.moderation.addVersion(s.target, {
    title: s.title, body: s.body, tags: s.tags, editorId: s.editedBy ?? s.authorId, at: s.status.editedAt ?? s.createdAt,
  });
  await ctx.repos.moderation.updateText(s.target, fields, ctx.user.id, now());
  if (!own) await auditItem(ctx, s, 'edit', reason);
  return changed(ctx, s);
}

/** Soft-deletes an item: its author (no reason), or a moderator (reason required, the author told). */
export async function remove(ctx: WriteCtx, target: ContentRef, input?: { reason?: string }): Promise<ContentItem> {
  const s = await findContent(ctx, target);
  const own = s.authorId === ctx.user.id;
  if (!own && !isModerator(ctx.user)) throw new ForbiddenError(`Only its author or a moderator can delete this ${s.target.kind}`);
  if (s.status.state === 'deleted') return changed(ctx, s);
  if (own) {
    await setState(ctx, s, { state: 'deleted', by: 'author', reason: null });
    await dequeue(ctx, s.target);
    return changed(ctx, s);
  }
  const reason = requiredText(input?.reason, 'reason', 'The reason');
  await setState(ctx, s, { state: 'deleted', by: 'moderator', reason });
  await ctx.repos.moderation.closeReports(s.target, 'agreed', now());
  await dequeue(ctx, s.target);
  await auditItem(ctx, s, 'delete', reason);
  await tellAuthor(ctx, s, `Removed by a moderator: ${reason}`);
  return changed(ctx, s);
}

/** Hides an item (moderators, reason required): open reports are agreed, the author is told. */
export async function hide(ctx: WriteCtx, target: ContentRef, input: { reason: string }): Promise<ContentItem> {
  requireModerator(ctx.user, 'hide content');
  const s = await findContent(ctx, target);
  const reason = requiredText(input?.reason, 'reason', 'The reason');
  await setState(ctx, s, { state: 'hidden', by: 'moderator', reason });
  await ctx.repos.moderation.closeReports(s.target, 'agreed', now());
  await dequeue(ctx, s.target);
  await auditItem(ctx, s, 'hide', reason);
  await tellAuthor(ctx, s, `Hidden by a moderator: ${reason}`);
  return changed(ctx, s);
}

/** Makes a hidden or deleted item visible again (moderators): open reports are dismissed, the author told. */
export async function restore(ctx: WriteCtx, target: ContentRef, input?: { note?: string }): Promise<ContentItem> {
  requireModerator(ctx.user, 'restore content');
  const s = await findContent(ctx, target);
  const note = optionalText(input?.note, 'note');
  if (s.status.state !== 'hidden' && s.status.state !== 'deleted') throw new ConflictError(`This ${s.target.kind} is not hidden or removed`);
  await setState(ctx, s, { state: 'visible', by: null, reason: null });
  await ctx.repos.moderation.closeReports(s.target, 'dismissed', now());
  await dequeue(ctx, s.target);
  await auditItem(ctx, s, 'restore', note);
  await tellAuthor(ctx, s, 'Restored by a moderator');
  return changed(ctx, s);
}

/** Approves a held post (moderators): it appears to everyone, with the event of its creation. */
export async function approve(ctx: WriteCtx, target: ContentRef): Promise<ContentItem> {
  requireModerator(ctx.user, 'approve posts');
  const s = await findContent(ctx, target);
  if (s.status.state !== 'held') throw new ConflictError(`This ${s.target.kind} is not waiting for review`);
  await ctx.repos.moderation.setStatus(s.target, { state: 'visible', by: null, reason: null });
  await dequeue(ctx, s.target);
  await auditItem(ctx, s, 'approve', null);
  // Now visible: live readers, routed experts, mentioned people and followers hear of it as of a new post.
  const loaded = await loadItem(ctx, s.target);
  const parent = s.parentId;
  if (loaded?.kind === 'question') await announceQuestion(ctx, loaded.item);
  else if (loaded?.kind === 'idea') await announceIdea(ctx, loaded.item);
  else if (loaded?.kind === 'answer' && parent) {
    const q = await ctx.repos.questions.get(parent, null);
    if (q) await announceAnswer(ctx, q, loaded.item);
  } else if (loaded?.kind === 'comment' && parent) {
    const idea = await ctx.repos.ideas.get(parent, null);
    if (idea) await announceComment(ctx, idea, loaded.item);
  }
  await tellAuthor(ctx, s, 'Approved: it is now visible to everyone');
  return changed(ctx, s);
}

/** Keeps an item (moderators): its open reports are dismissed and, if reports hid it, it is shown again. */
export async function keep(ctx: WriteCtx, target: ContentRef, input?: { note?: string }): Promise<ContentItem> {
  requireModerator(ctx.user, 'review reports');
  const s = await findContent(ctx, target);
  const note = optionalText(input?.note, 'note');
  await ctx.repos.moderation.closeReports(s.target, 'dismissed', now());
  if (s.status.state === 'hidden' && s.status.by === 'community') await setState(ctx, s, { state: 'visible', by: null, reason: null });
  if (s.status.state !== 'held') await dequeue(ctx, s.target);
  await auditItem(ctx, s, 'keep', note);
  return changed(ctx, s);
}

/** Earlier versions of an item, oldest first (moderators). */
export async function versions(ctx: ReadCtx, target: ContentRef): Promise<ContentVersion[]> {
  requireModerator(ctx.user, 'see earlier versions');
  const s = await findContent(ctx, target);
  return ctx.repos.moderation.versions(s.target);
}

/**
 * Reports an item: not your own, one open report per person, `other` with a note. The report
 * weighs `reportWeight` of the reporter's record; when the open reports reach the auto-hide
 * score a visible item is hidden pending review and its author told why.
 */
export async function report(ctx: WriteCtx, target: ContentRef, input: ReportInput): Promise<Report> {
  const s = await findContent(ctx, target);
  const kind = s.target.kind;
  if (s.authorId === ctx.user.id) throw new ForbiddenError(`You cannot report your own ${kind}`);
  const reason = input?.reason;
  if (!REPORT_REASONS.includes(reason)) throw new ValidationError({ reason: `Choose a reason: ${REPORT_REASONS.join(', ')}` });
  const note = reason === 'other' ? requiredText(input?.note, 'note', 'A note') : optionalText(input?.note, 'note');
  await requireCanPost(ctx);
  const repo = ctx.repos.moderation;
  if (await repo.hasOpenReport(s.target, ctx.user.id)) throw new ConflictError(`You already reported this ${kind}`);
  const stats = (await repo.reporterStats([ctx.user.id])).get(ctx.user.id) ?? { agreed: 0, dismissed: 0 };
  const at = now();
  const filed = await repo.addReport({ target: s.target, reporterId: ctx.user.id, reason, note, weight: reportWeight({ reportsAgreed: stats.agreed, reportsDismissed: stats.dismissed }), at });
  const before = await repo.queued(s.target);
  await repo.enqueue({ target: s.target, authorId: s.authorId, context: s.context, campaignId: s.campaignId, held: before?.held ?? false, since: at });
  ctx.emit('moderation.queue', [scopes.moderation], { target: s.target, change: before ? 'updated' : 'added' });
  const open = await repo.reports([s.target], 'open');
  const score = open.reduce((sum, r) => sum + r.weight, 0);
  if (s.status.state === 'visible' && score >= ctx.policy.autoHideScore) {
    const reasons = [...new Set(open.map((r) => r.reason))].join(', ');
    const why = `Hidden pending review: reported by members (${reasons})`;
    await setState(ctx, s, { state: 'hidden', by: 'community', reason: why });
    await repo.audit({ actorId: null, action: 'auto-hide', target: s.target, personId: s.authorId, reason: why, details: { score }, at });
    await tellAuthor(ctx, s, why);
    await changed(ctx, s);
  }
  return filed;
}

