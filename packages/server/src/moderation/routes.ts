/**
 * Routes of moderation under `/api/v1` (issue 13): transport only, the rules are core's domain
 * (`@confab/core/domain` `moderation`). Every content kind gets the same lifecycle routes under
 * its collection (`/questions/:id`, `/answers/:id`, `/ideas/:id`, `/comments/:id`, `/feedback/:id`).
 */
import type { AuditAction, AuditQuery, ContentEdit, ContentKind, PolicyScope, QueueQuery, ReportInput, ReportReason } from '@confab/core';
import { CONTENT_KINDS } from '@confab/core';
import { moderation } from '@confab/core/domain';
import type { FastifyInstance } from 'fastify';
import { read, write, type AppContext } from '../http/context.js';
import { limitOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';

interface Id { id: string }

/** The collection of each kind in the paths (as `RestAdapter` calls them). */
const CONTENT_PATHS: Readonly<Record<ContentKind, string>> = {
  question: 'questions', answer: 'answers', idea: 'ideas', comment: 'comments', feedback: 'feedback',
};
interface QueueQs extends PageQs { kind?: ContentKind; reason?: ReportReason; context?: string; campaign?: string; held?: 'true' | 'false' }
interface AuditQs extends PageQs { action?: AuditAction; actor?: string; person?: string; kind?: ContentKind; id?: string }

/** Registers the lifecycle routes of one content kind under its collection. */
function contentRoutes(app: FastifyInstance, ctx: AppContext, kind: ContentKind): void {
  const base = `/${CONTENT_PATHS[kind]}/:id`;
  const ref = (id: string) => ({ kind, id });
  app.patch<{ Params: Id; Body: ContentEdit }>(base, { schema: s.editSchema(`a ${kind}`) }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'moderation.edit', input: [ref(req.params.id), req.body], run: (w) => moderation.edit(w, ref(req.params.id), req.body) }));
  app.post<{ Params: Id; Body: { reason?: string } }>(`${base}/delete`, { schema: s.removeSchema(`a ${kind}`) }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'moderation.remove', input: [ref(req.params.id), req.body], run: (w) => moderation.remove(w, ref(req.params.id), req.body) }));
  app.post<{ Params: Id; Body: { reason: string } }>(`${base}/hide`, { schema: s.hideSchema(`a ${kind}`) }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'moderation.hide', input: [ref(req.params.id), req.body], run: (w) => moderation.hide(w, ref(req.params.id), req.body) }));
  app.post<{ Params: Id; Body: { note?: string } }>(`${base}/restore`, { schema: s.restoreSchema(`a ${kind}`) }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'moderation.restore', input: [ref(req.params.id), req.body], run: (w) => moderation.restore(w, ref(req.params.id), req.body) }));
  app.post<{ Params: Id }>(`${base}/approve`, { schema: s.approveSchema(`a ${kind}`) }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'moderation.approve', input: [ref(req.params.id)], run: (w) => moderation.approve(w, ref(req.params.id)) }));
  app.post<{ Params: Id; Body: { note?: string } }>(`${base}/keep`, { schema: s.keepSchema(`a ${kind}`) }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'moderation.keep', input: [ref(req.params.id), req.body], run: (w) => moderation.keep(w, ref(req.params.id), req.body) }));
  app.get<{ Params: Id }>(`${base}/versions`, { schema: s.versionsSchema(`a ${kind}`) }, (req) =>
    read(ctx, req, (r) => moderation.versions(r, ref(req.params.id))));
  app.post<{ Params: Id; Body: ReportInput }>(`${base}/reports`, { schema: s.reportSchema(`a ${kind}`) }, (req, reply) =>
    write(ctx, req, reply, { status: 201, operation: 'moderation.report', input: [ref(req.params.id), req.body], run: (w) => moderation.report(w, ref(req.params.id), req.body) }));
}

/** Registers the moderation routes. */
export function moderationRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const kind of CONTENT_KINDS) contentRoutes(app, ctx, kind);
  app.get<{ Querystring: QueueQs }>('/moderation/queue', { schema: s.queueSchema }, (req) => {
    const q = req.query;
    const query: QueueQuery = {
      kind: q.kind, reason: q.reason, context: q.context, campaign: q.campaign, held: q.held === undefined ? undefined : q.held === 'true',
      cursor: q.cursor, limit: limitOf(q.limit),
    };
    return read(ctx, req, (r) => moderation.queue(r, query));
  });
  app.get<{ Querystring: AuditQs }>('/moderation/audit', { schema: s.auditSchema }, (req) => {
    const q = req.query;
    const query: AuditQuery = {
      action: q.action, actor: q.actor, person: q.person, ...(q.kind && q.id ? { target: { kind: q.kind, id: q.id } } : {}),
      cursor: q.cursor, limit: limitOf(q.limit),
    };
    return read(ctx, req, (r) => moderation.audit(r, query));
  });
  app.get<{ Querystring: PolicyScope }>('/moderation/policy', { schema: s.policySchema }, (req) =>
    read(ctx, req, (r) => moderation.policy(r, { kind: req.query.kind, id: req.query.id })));
  app.put<{ Body: { scope: PolicyScope; holdFirstPosts: number | null } }>('/moderation/policy', { schema: s.setPolicySchema }, (req, reply) =>
    write(ctx, req, reply, {
      status: 200, operation: 'moderation.setPolicy', input: [req.body.scope, req.body.holdFirstPosts],
      run: (w) => moderation.setPolicy(w, req.body.scope, { holdFirstPosts: req.body.holdFirstPosts }),
    }));
  app.get<{ Params: Id }>('/people/:id/moderation', { schema: s.recordSchema }, (req) => read(ctx, req, (r) => moderation.record(r, req.params.id)));
  app.post<{ Params: Id; Body: { days: number; note: string } }>('/people/:id/restrict', { schema: s.restrictSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'moderation.restrict', input: [req.params.id, req.body], run: (w) => moderation.restrict(w, req.params.id, req.body) }));
  app.get<{ Params: Id }>('/people/:id/staff-notes', { schema: s.staffNotesSchema }, (req) => read(ctx, req, (r) => moderation.staffNotes(r, req.params.id)));
  app.post<{ Params: Id; Body: { body: string } }>('/people/:id/staff-notes', { schema: s.addStaffNoteSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 201, operation: 'moderation.addStaffNote', input: [req.params.id, req.body], run: (w) => moderation.addStaffNote(w, req.params.id, req.body) }));
}
