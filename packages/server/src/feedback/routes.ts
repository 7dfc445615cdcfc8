/** Routes of feedback under `/api/v1`: transport only, the rules are core's domain. */
import type { FeedbackInput, FeedbackState } from '@confab/core';
import { feedback } from '@confab/core/domain';
import type { FastifyInstance } from 'fastify';
import { read, write, type AppContext } from '../http/context.js';
import { limitOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';

interface Id { id: string }

/** Registers the feedback routes. */
export function feedbackRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Body: FeedbackInput }>('/feedback', { schema: s.sendSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 201, operation: 'sendFeedback', input: [req.body], run: (w) => feedback.sendFeedback(w, req.body) }));
  app.get<{ Querystring: { subject: string } }>('/feedback/mine', { schema: s.mineSchema }, async (req, reply) => {
    const mine = await read(ctx, req, (r) => feedback.myFeedback(r, req.query.subject));
    return reply.type('application/json').send(JSON.stringify(mine));
  });
  app.get<{ Querystring: { subject?: string } }>('/feedback/summary', { schema: s.summarySchema },
    (req) => read(ctx, req, (r) => feedback.feedbackSummary(r, req.query.subject ?? null)));
  app.get<{ Querystring: PageQs & { subject?: string; state?: FeedbackState } }>('/feedback', { schema: s.listSchema }, (req) => {
    const q = req.query;
    return read(ctx, req, (r) => feedback.listFeedback(r, { subject: q.subject, state: q.state, cursor: q.cursor, limit: limitOf(q.limit) }));
  });
  app.post<{ Params: Id; Body: { body: string } }>('/feedback/:id/response', { schema: s.respondSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'respondToFeedback', input: [req.params.id, req.body], run: (w) => feedback.respondToFeedback(w, req.params.id, req.body) }));
  app.put<{ Params: Id; Body: { state: FeedbackState } }>('/feedback/:id/state', { schema: s.stateSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'setFeedbackState', input: [req.params.id, req.body.state], run: (w) => feedback.setFeedbackState(w, req.params.id, req.body.state) }));
}
