/**
 * Issue 13: the queue, people's records, restrictions, staff notes, the audit log and the
 * hold-first-posts overrides.
 */
import type { AuditQuery, QueueQuery } from '../adapter.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { DEFAULT_MODERATION_POLICY } from '../moderation.js';
import {
  AUDIT_ACTIONS, CONTENT_KINDS, REPORT_REASONS, type AuditAction, type AuditEntry, type ContentItem, type ContentRef, type HoldPolicy, type Id,
  type ModerationRecord, type Page, type PersonRef, type PolicyScope, type QueueEntry, type StaffNote,
} from '../types.js';
import { checkRef, loadItems, refKey, requiredText } from './content.js';
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

/** What counts against an author: their content hidden or deleted by moderators, or hidden by reports. */
const REMOVALS: AuditAction[] = ['hide', 'delete', 'auto-hide'];

/** People's records (as reporters and as authors) and any restriction, by id; unknown people are left out. */
async function recordsOf(ctx: ReadCtx, personIds: Id[]): Promise<Map<Id, { ref: PersonRef; record: ModerationRecord }>> {
  const repo = ctx.repos.moderation;
  const ids = [...new Set(personIds)];
  const [facts, stats, removed, approved] = await Promise.all([
    repo.personFacts(ids), repo.reporterStats(ids), repo.auditCounts(ids, REMOVALS), repo.postCounts(ids, { approvedOnly: true }),
  ]);
  const now = Date.now();
  const out = new Map<Id, { ref: PersonRef; record: ModerationRecord }>();
  for (const [id, f] of facts) {
    const s = stats.get(id) ?? { agreed: 0, dismissed: 0 };
    out.set(id, {
      ref: { id, name: f.name, ...(f.avatarUrl ? { avatarUrl: f.avatarUrl } : {}) },
      record: {
        personId: id, reportsAgreed: s.agreed, reportsDismissed: s.dismissed, removed: removed.get(id) ?? 0, approvedPosts: approved.get(id) ?? 0,
        restrictedUntil: f.restrictedUntil && Date.parse(f.restrictedUntil) > now ? f.restrictedUntil : null, joinedAt: f.joinedAt,
      },
    });
  }
  return out;
}

/** One person's record, or a `NotFoundError`. */
async function recordOf(ctx: ReadCtx, personId: Id): Promise<ModerationRecord> {
  const found = (await recordsOf(ctx, [checkPerson(personId)])).get(personId);
  if (!found) throw new NotFoundError('This person does not exist');
  return found.record;
}

/** A person's record (moderators). */
export async function record(ctx: ReadCtx, personId: Id): Promise<ModerationRecord> {
  requireModerator(ctx.user, "see people's records");
  return recordOf(ctx, personId);
}

/** How many earlier moderation entries of its author a queue entry shows. */
const HISTORY = 5;

/**
 * Reported and held items, oldest first, with what a moderator needs to decide (moderators).
 * A page is filled with a fixed number of look-ups, whatever its length: the items of each kind,
 * their reports, the authors' records and histories, and the titles of answers' and comments' parents.
 */
export async function queue(ctx: ReadCtx, query: QueueQuery = {}): Promise<Page<QueueEntry>> {
  requireModerator(ctx.user, 'see the moderation queue');
  const q = query ?? {};
  if (q.kind !== undefined && !CONTENT_KINDS.includes(q.kind)) throw new ValidationError({ kind: `kind is one of ${CONTENT_KINDS.join(', ')}` });
  if (q.reason !== undefined && !REPORT_REASONS.includes(q.reason)) throw new ValidationError({ reason: `reason is one of ${REPORT_REASONS.join(', ')}` });
  checkLimit(q.limit);
  const page = await ctx.repos.moderation.queue(q);
  const targets = page.items.map((row) => row.target);
  const authors = page.items.map((row) => row.authorId);
  const [items, reports, records, history] = await Promise.all([
    loadItems(ctx, targets),
    ctx.repos.moderation.reports(targets, 'open'),
    recordsOf(ctx, authors),
    ctx.repos.moderation.recentAudit([...new Set(authors)], HISTORY),
  ]);
  const titles = await parentTitles(ctx, [...items.values()]);
  const entries: QueueEntry[] = [];
  for (const row of page.items) {
    const item = items.get(refKey(row.target));
    if (!item) continue;
    const own = reports.filter((r) => r.target.kind === row.target.kind && r.target.id === row.target.id);
    const author = records.get(row.authorId);
    entries.push({
      target: row.target, item, title: titleOf(item, titles), context: row.context, campaignId: row.campaignId, held: row.held,
      reports: own, score: own.reduce((sum, r) => sum + r.weight, 0),
      author: author?.ref ?? { id: row.authorId, name: row.authorId },
      authorRecord: author?.record ?? { personId: row.authorId, reportsAgreed: 0, reportsDismissed: 0, removed: 0, approvedPosts: 0, restrictedUntil: null, joinedAt: null },
      history: history.filter((e) => e.person?.id === row.authorId),
      since: row.since,
    });
  }
  return { items: entries, nextCursor: page.nextCursor };
}

/** The titles of the questions and ideas that answers and comments belong to, by `refKey`. */
async function parentTitles(ctx: ReadCtx, items: ContentItem[]): Promise<Map<string, string>> {
  const parents: ContentRef[] = items.flatMap((c): ContentRef[] => c.kind === 'answer' ? [{ kind: 'question', id: c.item.questionId }]
    : c.kind === 'comment' ? [{ kind: 'idea', id: c.item.ideaId }] : []);
  const loaded = await loadItems(ctx, parents);
  return new Map([...loaded].map(([key, c]) => [key, c.kind === 'question' || c.kind === 'idea' ? c.item.title : '']));
}

/** The title an entry shows: its own, its question's or idea's, or the feedback's subject. */
function titleOf(c: ContentItem, parents: Map<string, string>): string {
  switch (c.kind) {
    case 'question': case 'idea': return c.item.title;
    case 'answer': return parents.get(refKey({ kind: 'question', id: c.item.questionId })) ?? '';
    case 'comment': return parents.get(refKey({ kind: 'idea', id: c.item.ideaId })) ?? '';
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
