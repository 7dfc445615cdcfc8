/** Routes of feedback under `/api/v1`. */
import type { FeedbackInput, FeedbackState } from '@confab/core';
import type { FastifyInstance } from 'fastify';
import { readCtx, runWrite, type AppContext } from '../http/context.js';
import { limitOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';
import * as feedback from './service.js';

interface Id { id: string }

/** Registers the feedback routes. */
export function feedbackRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Body: FeedbackInput }>('/feedback', { schema: s.sendSchema },
    (req, reply) => runWrite(ctx, req, reply, 201, (w) => feedback.sendFeedback(w, req.body)));
  app.get<{ Querystring: { subject: string } }>('/feedback/mine', { schema: s.mineSchema },
    async (req, reply) => reply.type('application/json').send(JSON.stringify(feedback.myFeedback(readCtx(ctx, req), req.query.subject))));
  app.get<{ Querystring: { subject?: string } }>('/feedback/summary', { schema: s.summarySchema },
    (req) => feedback.feedbackSummary(readCtx(ctx, req), req.query.subject ?? null));
  app.get<{ Querystring: PageQs & { subject?: string; state?: FeedbackState } }>('/feedback', { schema: s.listSchema },
    (req) => feedback.listFeedback(readCtx(ctx, req), { subject: req.query.subject, state: req.query.state, cursor: req.query.cursor, limit: limitOf(req.query.limit) }));
  app.post<{ Params: Id; Body: { body: string } }>('/feedback/:id/response', { schema: s.respondSchema },
    (req, reply) => runWrite(ctx, req, reply, 200, (w) => feedback.respondToFeedback(w, req.params.id, req.body)));
  app.put<{ Params: Id; Body: { state: FeedbackState } }>('/feedback/:id/state', { schema: s.stateSchema },
    (req, reply) => runWrite(ctx, req, reply, 200, (w) => feedback.setFeedbackState(w, req.params.id, req.body.state)));
}
