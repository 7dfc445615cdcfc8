/** Issue 13: the moderation repository in memory, and the state of each item (`statusOf`, `passes`). */
import type { ContentFilter, ModerationRepository, PersonFacts, QueueRow, StoredContent } from '../domain/repositories.js';
import { paginate } from '../paging.js';
import type { AuditEntry, ContentKind, ContentRef, ContentVersion, Report, ReportReason, ReportStatus, StaffNote } from '../types.js';
import type { StatusRec, Store } from './store.js';
import { personRef, statusOf } from './views.js';

const key = (kind: string, id: string) => `${kind}:${id}`;


/** Whether an item of `authorId` passes a read filter (absent: every state). */
export function passes(store: Store, kind: ContentKind, id: string, authorId: string, filter: ContentFilter | undefined): boolean {
  if (!filter) return true;
  const state = store.moderation.status.get(kind, id)?.state ?? 'visible';
  return filter.states.includes(state) || (filter.viewerId !== null && filter.viewerId === authorId && filter.ownStates.includes(state));
}

/** Whether an item counts in its parent's answer or comment count. */
const counts = (store: Store, kind: ContentKind, id: string) => statusOf(store, kind, id).state === 'visible';

function content(store: Store, target: ContentRef): StoredContent | null {
  const s = store.moderation.status.get(target.kind, target.id);
  const base = { target: { kind: target.kind, id: target.id }, status: statusOf(store, target.kind, target.id), editedBy: s?.editedBy ?? null };
  switch (target.kind) {
    case 'question': {
      const q = store.questions.get(target.id);
      return q ? { ...base, authorId: q.author, parentId: null, context: q.context, campaignId: null, title: q.title, body: q.body, tags: [...q.tags], createdAt: q.createdAt } : null;
    }
    case 'answer': {
      const a = store.answers.get(target.id);
      const q = a && store.questions.get(a.questionId);
      return a ? { ...base, authorId: a.author, parentId: a.questionId, context: q?.context ?? null, campaignId: null, title: null, body: a.body, tags: [], createdAt: a.createdAt } : null;
    }
    case 'idea': {
      const i = store.ideas.get(target.id);
      return i ? { ...base, authorId: i.author, parentId: null, context: null, campaignId: i.campaignId, title: i.title, body: i.body, tags: [...i.tags], createdAt: i.createdAt } : null;
    }
    case 'comment': {
      const c = store.comments.get(target.id);
      const i = c && store.ideas.get(c.ideaId);
      return c ? { ...base, authorId: c.author, parentId: c.ideaId, context: null, campaignId: i?.campaignId ?? null, title: null, body: c.body, tags: [], createdAt: c.createdAt } : null;
    }
    case 'feedback': {
      const f = store.feedback.get(target.id);
      return f ? { ...base, authorId: f.author, parentId: null, context: f.subject, campaignId: null, title: null, body: f.comment ?? '', tags: [], createdAt: f.createdAt } : null;
    }
    default:
      return null;
  }
}

function reportView(store: Store, r: ModerationDataReport): Report {
  return {
    id: r.id, target: { kind: r.kind as ContentKind, id: r.itemId }, reporter: personRef(store, r.reporterId), reason: r.reason as ReportReason,
    note: r.note, weight: r.weight, status: r.status as ReportStatus, createdAt: r.at,
  };
}
type ModerationDataReport = Store['moderation']['reports'][number];

function auditView(store: Store, e: Store['moderation']['audit'][number]): AuditEntry {
  return {
    id: e.id, at: e.at, actor: e.actorId ? personRef(store, e.actorId) : null, action: e.action as AuditEntry['action'],
    target: e.kind && e.itemId ? { kind: e.kind as ContentKind, id: e.itemId } : null, person: e.personId ? personRef(store, e.personId) : null,
    reason: e.reason, details: e.details ? structuredClone(e.details) : null,
  };
}

/** Keeps the parent's count of visible answers or comments as an item's state changes. */
function recount(store: Store, target: ContentRef, before: boolean, after: boolean): void {
  if (before === after) return;
  const delta = after ? 1 : -1;
  if (target.kind === 'answer') {
    const a = store.answers.get(target.id);
    if (a) store.answerCounts.set(a.questionId, (store.answerCounts.get(a.questionId) ?? 0) + delta);
  } else if (target.kind === 'comment') {
    const c = store.comments.get(target.id);
    if (c) store.commentCounts.set(c.ideaId, (store.commentCounts.get(c.ideaId) ?? 0) + delta);
  }
}

/** The moderation repository over `store`. */
export function moderation(store: Store): ModerationRepository {
  const m = store.moderation;
  const rec = (target: ContentRef): StatusRec => {
    let s = m.status.get(target.kind, target.id);
    if (!s) m.status.set(target.kind, target.id, (s = { state: 'visible', by: null, reason: null, editedAt: null, editedBy: null }));
    return s;
  };
  return {
    async content(target) {
      return content(store, target);
    },
    async setStatus(target, status) {
      const before = counts(store, target.kind, target.id);
      Object.assign(rec(target), { state: status.state, by: status.by, reason: status.reason });
      recount(store, target, before, counts(store, target.kind, target.id));
    },
    async updateText(target, fields, editorId, at) {
      const r = target.kind === 'question' ? store.questions.get(target.id) : target.kind === 'idea' ? store.ideas.get(target.id)
        : target.kind === 'answer' ? store.answers.get(target.id) : target.kind === 'comment' ? store.comments.get(target.id) : undefined;
      if (r) {
        if (fields.title !== undefined && 'title' in r) r.title = fields.title;
        if (fields.body !== undefined) r.body = fields.body;
        if (fields.tags !== undefined && 'tags' in r) r.tags = [...fields.tags];
      }
      const f = target.kind === 'feedback' ? store.feedback.get(target.id) : undefined;
      if (f && fields.body !== undefined) f.comment = fields.body || null;
      Object.assign(rec(target), { editedAt: at, editedBy: editorId });
    },
    async addVersion(target, v) {
      const list = m.versions.get(key(target.kind, target.id)) ?? [];
      list.push({ title: v.title, body: v.body, tags: [...v.tags], editorId: v.editorId, at: v.at });
      m.versions.set(key(target.kind, target.id), list);
    },
    async versions(target): Promise<ContentVersion[]> {
      return (m.versions.get(key(target.kind, target.id)) ?? []).map((v, i) => ({
        version: i + 1, title: v.title, body: v.body, tags: [...v.tags], editor: personRef(store, v.editorId), at: v.at,
      }));
    },
    async hasOpenReport(target, reporterId) {
      return m.reports.some((r) => r.kind === target.kind && r.itemId === target.id && r.reporterId === reporterId && r.status === 'open');
    },
    async addReport(report) {
      const r = {
        id: store.newId('r', new Map(m.reports.map((x) => [x.id, x]))), kind: report.target.kind, itemId: report.target.id, reporterId: report.reporterId,
        reason: report.reason, note: report.note, weight: report.weight, status: 'open', at: report.at, closedAt: null,
      };
      m.reports.push(r);
      return reportView(store, r);
    },
    async reports(targets, status) {
      const wanted = new Set(targets.map((t) => key(t.kind, t.id)));
      return m.reports.filter((r) => wanted.has(key(r.kind, r.itemId)) && (status === undefined || r.status === status)).map((r) => reportView(store, r));
    },
    async closeReports(target, status, at) {
      const reporters = new Set<string>();
      for (const r of m.reports) {
        if (r.kind !== target.kind || r.itemId !== target.id || r.status !== 'open') continue;
        r.status = status;
        r.closedAt = at;
        reporters.add(r.reporterId);
      }
      return [...reporters];
    },
    async reporterStats(personIds) {
      const stats = new Map<string, { agreed: number; dismissed: number }>();
      for (const r of m.reports) {
        if (!personIds.includes(r.reporterId) || r.status === 'open') continue;
        const s = stats.get(r.reporterId) ?? { agreed: 0, dismissed: 0 };
        if (r.status === 'agreed') s.agreed++; else s.dismissed++;
        stats.set(r.reporterId, s);
      }
      return stats;
    },
    async enqueue(row) {
      const k = key(row.target.kind, row.target.id);
      const before = m.queue.get(k);
      m.queue.set(k, { kind: row.target.kind, id: row.target.id, authorId: row.authorId, context: row.context, campaignId: row.campaignId, held: row.held, since: before?.since ?? row.since });
    },
    async dequeue(target) {
      m.queue.delete(key(target.kind, target.id));
    },
    async queued(target) {
      const q = m.queue.get(key(target.kind, target.id));
      return q ? toRow(q) : null;
    },
    async queue(query) {
      const rows = [...m.queue.values()]
        .filter((q) => query.kind === undefined || q.kind === query.kind)
        .filter((q) => query.context === undefined || q.context === query.context)
        .filter((q) => query.campaign === undefined || q.campaignId === query.campaign)
        .filter((q) => query.held === undefined || q.held === query.held)
        .filter((q) => query.reason === undefined || m.reports.some((r) => r.kind === q.kind && r.itemId === q.id && r.status === 'open' && r.reason === query.reason))
        .sort((a, b) => a.since.localeCompare(b.since));
      const page = paginate(rows, query, (q) => key(q.kind, q.id));
      return { ...page, items: page.items.map(toRow) };
    },
    async postCounts(authorIds, options = {}) {
      const wanted = new Set(authorIds);
      const all: [ContentKind, { id: string; author: string; createdAt: string }][] = [
        ...[...store.questions.values()].map((r) => ['question', r] as [ContentKind, typeof r]),
        ...[...store.answers.values()].map((r) => ['answer', r] as [ContentKind, typeof r]),
        ...[...store.ideas.values()].map((r) => ['idea', r] as [ContentKind, typeof r]),
        ...[...store.comments.values()].map((r) => ['comment', r] as [ContentKind, typeof r]),
      ];
      const out = new Map<string, number>();
      for (const [kind, r] of all) {
        if (wanted.has(r.author) && (options.since === undefined || r.createdAt >= options.since)
          && (!options.approvedOnly || statusOf(store, kind, r.id).state !== 'held')) out.set(r.author, (out.get(r.author) ?? 0) + 1);
      }
      return out;
    },
    async personFacts(personIds) {
      const out = new Map<string, PersonFacts>();
      for (const id of personIds) {
        if (!store.people.has(id)) continue;
        const p = m.people.get(id);
        out.set(id, { ...personRef(store, id), joinedAt: p?.joinedAt ?? null, restrictedUntil: p?.restrictedUntil ?? null });
      }
      return out;
    },
    async setRestriction(personId, until) {
      const p = m.people.get(personId) ?? { joinedAt: null, restrictedUntil: null };
      p.restrictedUntil = until;
      m.people.set(personId, p);
    },
    async addStaffNote(note): Promise<StaffNote> {
      const n = { id: store.newId('sn', new Map(m.staffNotes.map((x) => [x.id, x]))), ...note };
      m.staffNotes.push(n);
      return { id: n.id, personId: n.personId, body: n.body, author: personRef(store, n.authorId), at: n.at };
    },
    async staffNotes(personId) {
      return m.staffNotes.filter((n) => n.personId === personId).reverse()
        .map((n) => ({ id: n.id, personId: n.personId, body: n.body, author: personRef(store, n.authorId), at: n.at }));
    },
    async audit(entry) {
      m.audit.push({
        id: store.newId('au', new Map(m.audit.map((x) => [x.id, x]))), seq: store.nextSeq(), actorId: entry.actorId, action: entry.action,
        kind: entry.target?.kind ?? null, itemId: entry.target?.id ?? null, personId: entry.personId, reason: entry.reason,
        details: entry.details ? structuredClone(entry.details) : null, at: entry.at,
      });
    },
    async auditLog(query) {
      const rows = m.audit
        .filter((e) => query.action === undefined || e.action === query.action)
        .filter((e) => query.actor === undefined || e.actorId === query.actor)
        .filter((e) => query.person === undefined || e.personId === query.person)
        .filter((e) => query.target === undefined || (e.kind === query.target.kind && e.itemId === query.target.id))
        .slice().sort((a, b) => b.seq - a.seq);
      const page = paginate(rows, query, (e) => e.id);
      return { ...page, items: page.items.map((e) => auditView(store, e)) };
    },
    async auditCounts(personIds, actions) {
      const wanted = new Set(personIds);
      const out = new Map<string, number>();
      for (const e of m.audit) {
        if (e.personId && wanted.has(e.personId) && actions.includes(e.action as AuditEntry['action'])) out.set(e.personId, (out.get(e.personId) ?? 0) + 1);
      }
      return out;
    },
    async recentAudit(personIds, perPerson) {
      const wanted = new Set(personIds);
      const taken = new Map<string, number>();
      return m.audit.slice().sort((a, b) => b.seq - a.seq).filter((e) => {
        if (!e.personId || !wanted.has(e.personId) || (taken.get(e.personId) ?? 0) >= perPerson) return false;
        taken.set(e.personId, (taken.get(e.personId) ?? 0) + 1);
        return true;
      }).map((e) => auditView(store, e));
    },
    async holdOverride(scope) {
      return m.holds.get(key(scope.kind, scope.id)) ?? null;
    },
    async setHoldOverride(scope, n) {
      if (n === null) m.holds.delete(key(scope.kind, scope.id));
      else m.holds.set(key(scope.kind, scope.id), n);
    },
  };
}

function toRow(q: Store['moderation']['queue'] extends Map<string, infer V> ? V : never): QueueRow {
  return { target: { kind: q.kind as ContentKind, id: q.id }, authorId: q.authorId, context: q.context, campaignId: q.campaignId, held: q.held, since: q.since };
}
