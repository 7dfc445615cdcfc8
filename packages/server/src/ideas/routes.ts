/** Routes of campaigns, ideas and comments under `/api/v1`. */
import type { IdeaSort, IdeaStatus } from '@confab/core';
import type { FastifyInstance } from 'fastify';
import { readCtx, runWrite, type AppContext } from '../http/context.js';
import { limitOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';
import * as ideas from './service.js';

interface Id { id: string }
interface ListQs extends PageQs { campaign?: string; status?: IdeaStatus; sort?: IdeaSort }

/** `campaign=none` in a query string means ideas without a campaign. */
const campaignOf = (value: string | undefined) => (value === 'none' ? null : value);

/** Registers the idea routes. */
export function ideaRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/campaigns', { schema: s.campaignsSchema }, (req) => ideas.listCampaigns(readCtx(ctx, req)));
  app.get<{ Params: Id }>('/campaigns/:id', { schema: s.campaignSchema }, (req) => ideas.getCampaign(readCtx(ctx, req), req.params.id));
  app.get<{ Querystring: ListQs }>('/ideas', { schema: s.listSchema }, (req) => {
    const q = req.query;
    return ideas.listIdeas(readCtx(ctx, req), { campaign: campaignOf(q.campaign), status: q.status, sort: q.sort, cursor: q.cursor, limit: limitOf(q.limit) });
  });
  app.get<{ Querystring: { text: string; campaign?: string; limit?: string } }>('/ideas/similar', { schema: s.similarGetSchema },
    (req) => ideas.similarIdeas(readCtx(ctx, req), req.query.text, { campaign: campaignOf(req.query.campaign), limit: limitOf(req.query.limit) }));
  app.post<{ Body: { text: string; campaign?: string | null; limit?: number } }>('/ideas/similar', { schema: s.similarPostSchema },
    (req) => ideas.similarIdeas(readCtx(ctx, req), req.body.text, { campaign: req.body.campaign, limit: req.body.limit }));
  app.post<{ Body: { campaign?: string | null; title: string; body?: string; tags?: string[] } }>('/ideas', { schema: s.submitSchema },
    (req, reply) => runWrite(ctx, req, reply, 201, (w) => ideas.submitIdea(w, { ...req.body, campaign: req.body.campaign ?? null })));
  app.get<{ Params: Id }>('/ideas/:id', { schema: s.getSchema }, (req) => ideas.getIdea(readCtx(ctx, req), req.params.id));
  app.get<{ Params: Id; Querystring: PageQs }>('/ideas/:id/comments', { schema: s.commentsSchema },
    (req) => ideas.listComments(readCtx(ctx, req), req.params.id, { cursor: req.query.cursor, limit: limitOf(req.query.limit) }));
  app.post<{ Params: Id; Body: { body: string } }>('/ideas/:id/comments', { schema: s.commentSchema },
    (req, reply) => runWrite(ctx, req, reply, 201, (w) => ideas.addComment(w, req.params.id, req.body)));
  app.put<{ Params: Id; Body: { status: IdeaStatus; note: string } }>('/ideas/:id/status', { schema: s.statusSchema },
    (req, reply) => runWrite(ctx, req, reply, 200, (w) => ideas.changeIdeaStatus(w, req.params.id, req.body)));
}
