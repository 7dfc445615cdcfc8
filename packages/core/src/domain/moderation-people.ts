/**
 * Issue 13: the queue, people's records, restrictions, staff notes, the audit log and the
 * hold-first-posts overrides.
 */
import type { AuditQuery, QueueQuery } from '../adapter.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { DEFAULT_MODERATION_POLICY } from '../moderation.js';
import { AUDIT_ACTIONS, CONTENT_KINDS, REPORT_REASONS, type AuditEntry, type HoldPolicy, type Id, type ModerationRecord, type Page, type PolicyScope, type QueueEntry, type StaffNote } from '../types.js';
import { checkRef, loadItem, requiredText } from './content.js';
import { requireAdmin, requireModerator, type ReadCtx, type WriteCtx } from './context.js';

const DAY_MS = 86_400_000;

function checkLimit(limit: unknown): void {
  if (limit !== undefined && (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > LIMITS.pageSize)) {
    throw new ValidationError({ limit: `limit is a whole number from 1 to ${LIMITS.pageSize}` });
  }
}

function checkPerson(personId: Id): Id {
  if (typeof personId !== 'string' || !personId || personId.length > LIMITS.id || personId.includes('\0')) throw new ValidationError({ personId: 'The person id is not valid' });
  return personId;
}

/** A person's record (as a reporter and as an author) and any restriction. */
async function recordOf(ctx: ReadCtx, personId: Id): Promise<ModerationRecord> {
  const repo = ctx.repos.moderation;
  const facts = await repo.personFacts(checkPerson(personId));
  if (!facts) throw new NotFoundError('This person does not exist');
  const stats = (await repo.reporterStats([personId])).get(personId) ?? { agreed: 0, dismissed: 0 };
  const until = facts.restrictedUntil && Date.parse(facts.restrictedUntil) > Date.now() ? facts.restrictedUntil : null;
  return {
    personId, reportsAgreed: stats.agreed, reportsDismissed: stats.dismissed,
    removed: await repo.auditCount(personId, ['hide', 'delete', 'auto-hide']),
    approvedPosts: await repo.postCount(personId, { approvedOnly: true }),
    restrictedUntil: until, joinedAt: facts.joinedAt,
  };
}

/** A person's record (moderators). */
export async function record(ctx: ReadCtx, personId: Id): Promise<ModerationRecord> {
  requireModerator(ctx.user, "see people's records");
  return recordOf(ctx, personId);
}

/** Reported and held items, oldest first, with what a moderator needs to decide (moderators). */
export async function queue(ctx: ReadCtx, query: QueueQuery = {}): Promise<Page<QueueEntry>> {
  requireModerator(ctx.user, 'see the moderation queue');
  const q = query ?? {};
  if (q.kind !== undefined && !CONTENT_KINDS.includes(q.kind)) throw new ValidationError({ kind: `kind is one of ${CONTENT_KINDS.join(', ')}` });
  if (q.reason !== undefined && !REPORT_REASONS.includes(q.reason)) throw new ValidationError({ reason: `reason is one of ${REPORT_REASONS.join(', ')}` });
  checkLimit(q.limit);
  const page = await ctx.repos.moderation.queue(q);
  const items: QueueEntry[] = [];
  // One look-up per author on the page, not per entry: a name (not a whole profile), the record and history.
  const authors = new Map<Id, Promise<[Awaited<ReturnType<typeof ctx.repos.people.user>>, ModerationRecord, AuditEntry[]]>>();
  const authorOf = (id: Id) => {
    let found = authors.get(id);
    if (!found) {
      found = Promise.all([
        ctx.repos.people.user(id),
        recordOf(ctx, id).catch(() => ({ personId: id, reportsAgreed: 0, reportsDismissed: 0, removed: 0, approvedPosts: 0, restrictedUntil: null, joinedAt: null })),
        ctx.repos.moderation.auditLog({ person: id, limit: 5 }).then((p) => p.items),
      ]);
      authors.set(id, found);
    }
    return found;
  };
  for (const row of page.items) {
    const item = await loadItem(ctx, row.target);
    if (!item) continue;
    const reports = await ctx.repos.moderation.reports(row.target, 'open');
    const [author, authorRecord, history] = await authorOf(row.authorId);
    items.push({
      target: row.target, item, title: await titleOf(ctx, item), context: row.context, campaignId: row.campaignId, held: row.held,
      reports, score: reports.reduce((sum, r) => sum + r.weight, 0),
      author: author ? { id: author.id, name: author.name, ...(author.avatarUrl ? { avatarUrl: author.avatarUrl } : {}) } : { id: row.authorId, name: row.authorId },
      authorRecord, history,
      since: row.since,
    });
  }
  return { items, nextCursor: page.nextCursor };
}

/** The title an entry shows: its own, its question's or idea's, or the feedback's subject. */
async function titleOf(ctx: ReadCtx, c: NonNullable<Awaited<ReturnType<typeof loadItem>>>): Promise<string> {
  switch (c.kind) {
    case 'question': case 'idea': return c.item.title;
    case 'answer': return (await ctx.repos.questions.get(c.item.questionId, null))?.title ?? '';
    case 'comment': return (await ctx.repos.ideas.get(c.item.ideaId, null))?.title ?? '';
    default: return c.item.subject;
  }
}

/** Restricts a person for `days` (1–365; 0 lifts it), with a note (moderators). */
export async function restrict(ctx: WriteCtx, personId: Id, input: { days: number; note: string }): Promise<ModerationRecord> {
  requireModerator(ctx.user, 'restrict people');
  const days = input?.days;
  if (!Number.isInteger(days) || days < 0 || days > 365) throw new ValidationError({ days: 'Days is a whole number from 0 to 365' });
  const note = requiredText(input?.note, 'note', 'The note');
  await recordOf(ctx, personId);
  const at = new Date();
  await ctx.repos.moderation.setRestriction(personId, days === 0 ? null : new Date(at.getTime() + days * DAY_MS).toISOString());
  await ctx.repos.moderation.audit({ actorId: ctx.user.id, action: 'restrict', target: null, personId, reason: note, details: { days }, at: at.toISOString() });
  return recordOf(ctx, personId);
}

/** Adds a staff note on a person (moderators). */
export async function addStaffNote(ctx: WriteCtx, personId: Id, input: { body: string }): Promise<StaffNote> {
  requireModerator(ctx.user, 'write staff notes');
  const body = requiredText(input?.body, 'body', 'The note');
  await recordOf(ctx, personId);
  const at = new Date().toISOString();
  const note = await ctx.repos.moderation.addStaffNote({ personId, body, authorId: ctx.user.id, at });
  await ctx.repos.moderation.audit({ actorId: ctx.user.id, action: 'staff-note', target: null, personId, reason: null, details: null, at });
  return note;
}

/** A person's staff notes, newest first (moderators). */
export async function staffNotes(ctx: ReadCtx, personId: Id): Promise<StaffNote[]> {
  requireModerator(ctx.user, 'read staff notes');
  return ctx.repos.moderation.staffNotes(checkPerson(personId));
}

/** The audit log, newest first (admins). */
export async function audit(ctx: ReadCtx, query: AuditQuery = {}): Promise<Page<AuditEntry>> {
  requireAdmin(ctx.user, 'read the audit log');
  const q = query ?? {};
  if (q.action !== undefined && !AUDIT_ACTIONS.includes(q.action)) throw new ValidationError({ action: `action is one of ${AUDIT_ACTIONS.join(', ')}` });
  checkLimit(q.limit);
  return ctx.repos.moderation.auditLog({ ...q, ...(q.target ? { target: checkRef(q.target) } : {}) });
}

function checkScope(scope: PolicyScope): PolicyScope {
  if (!scope || (scope.kind !== 'campaign' && scope.kind !== 'context')) throw new ValidationError({ kind: 'The scope is a campaign or a context' });
  if (typeof scope.id !== 'string' || !scope.id || scope.id.length > LIMITS.key || scope.id.includes('\0')) throw new ValidationError({ id: 'The scope id is not valid' });
  return { kind: scope.kind, id: scope.id };
}

async function policyOf(ctx: ReadCtx, scope: PolicyScope, fallback: number): Promise<HoldPolicy> {
  const override = await ctx.repos.moderation.holdOverride(scope);
  return override === null ? { scope, holdFirstPosts: fallback, source: 'default' } : { scope, holdFirstPosts: override, source: 'override' };
}

/** The hold-first-posts setting in force for a campaign or context (moderators). */
export async function policy(ctx: ReadCtx, scope: PolicyScope): Promise<HoldPolicy> {
  requireModerator(ctx.user, 'see moderation settings');
  return policyOf(ctx, checkScope(scope), ctx.policy?.holdFirstPosts ?? DEFAULT_MODERATION_POLICY.holdFirstPosts);
}

/** Overrides hold-first-posts for a campaign or context (admins); null goes back to the default. */
export async function setPolicy(ctx: WriteCtx, scope: PolicyScope, input: { holdFirstPosts: number | null }): Promise<HoldPolicy> {
  requireAdmin(ctx.user, 'change moderation settings');
  const checked = checkScope(scope);
  const n = input?.holdFirstPosts;
  if (n !== null && (!Number.isInteger(n) || n < 0 || n > 100)) throw new ValidationError({ holdFirstPosts: 'holdFirstPosts is a whole number from 0 to 100, or null' });
  await ctx.repos.moderation.setHoldOverride(checked, n);
  await ctx.repos.moderation.audit({ actorId: ctx.user.id, action: 'policy', target: null, personId: null, reason: null, details: { scope: checked, holdFirstPosts: n }, at: new Date().toISOString() });
  return policyOf(ctx, checked, ctx.policy.holdFirstPosts);
}
