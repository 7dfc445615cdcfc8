/** Routes of campaigns, ideas and comments under `/api/v1`: transport only, the rules are core's domain. */
import type { CampaignInput, CampaignQuery, CampaignUpdate, IdeaInput, IdeaQuery, IdeaSort, IdeaStatus } from '@confab/core';
import { ideas } from '@confab/core/domain';
import type { FastifyInstance } from 'fastify';
import { limitSearch, read, write, type AppContext } from '../http/context.js';
import { uncached } from '../http/read-cache.js';
import { limitOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';

interface Id { id: string }
interface ListQs extends PageQs { campaign?: string; status?: IdeaStatus; sort?: IdeaSort }

/** `campaign=none` in a query string means ideas without a campaign. */
const campaignOf = (value: string | undefined) => (value === 'none' ? null : value);

/** Registers the idea routes. */
export function ideaRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: CampaignQuery }>('/campaigns', { schema: s.campaignsSchema }, (req) => read(ctx, req, (r) => ideas.listCampaigns(r, { status: req.query.status })));
  app.get<{ Params: Id }>('/campaigns/:id', { schema: s.campaignSchema }, (req) => read(ctx, req, (r) => ideas.getCampaign(r, req.params.id)));
  app.post<{ Body: CampaignInput }>('/campaigns', { schema: s.createCampaignSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 201, operation: 'createCampaign', input: [req.body], run: (w) => ideas.createCampaign(w, req.body) }));
  app.patch<{ Params: Id; Body: CampaignUpdate }>('/campaigns/:id', { schema: s.updateCampaignSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'updateCampaign', input: [req.params.id, req.body], run: (w) => ideas.updateCampaign(w, req.params.id, req.body) }));
  app.post<{ Params: Id }>('/campaigns/:id/close', { schema: s.closeCampaignSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'closeCampaign', input: [req.params.id], run: (w) => ideas.closeCampaign(w, req.params.id) }));
  app.get<{ Querystring: ListQs }>('/ideas', { schema: s.listSchema }, (req) => {
    const q = req.query;
    const query: IdeaQuery = { campaign: campaignOf(q.campaign), status: q.status, sort: q.sort, cursor: q.cursor, limit: limitOf(q.limit) };
    if (q.sort === 'trending') uncached(req); // ranked by the clock as well as by the data
    return read(ctx, req, (r) => ideas.listIdeas(r, query));
  });
  app.get<{ Querystring: { text: string; campaign?: string; limit?: string } }>('/ideas/similar', { schema: s.similarGetSchema }, (req) => {
    limitSearch(ctx, req);
    return read(ctx, req, (r) => ideas.similarIdeas(r, req.query.text, { campaign: campaignOf(req.query.campaign), limit: limitOf(req.query.limit) }));
  });
  app.post<{ Body: { text: string; campaign?: string | null; limit?: number } }>('/ideas/similar', { schema: s.similarPostSchema }, (req) => {
    limitSearch(ctx, req);
    return read(ctx, req, (r) => ideas.similarIdeas(r, req.body.text, { campaign: req.body.campaign, limit: req.body.limit }));
  });
  app.post<{ Body: IdeaInput }>('/ideas', { schema: s.submitSchema }, (req, reply) => {
    const input: IdeaInput = { ...req.body, campaign: req.body.campaign ?? null };
    return write(ctx, req, reply, { status: 201, operation: 'submitIdea', input: [input], run: (w) => ideas.submitIdea(w, input) });
  });
  app.get<{ Params: Id }>('/ideas/:id', { schema: s.getSchema }, (req) => read(ctx, req, (r) => ideas.getIdea(r, req.params.id)));
  app.get<{ Params: Id; Querystring: PageQs }>('/ideas/:id/comments', { schema: s.commentsSchema },
    (req) => read(ctx, req, (r) => ideas.listComments(r, req.params.id, { cursor: req.query.cursor, limit: limitOf(req.query.limit) })));
  app.post<{ Params: Id; Body: { body: string } }>('/ideas/:id/comments', { schema: s.commentSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 201, operation: 'addComment', input: [req.params.id, req.body], run: (w) => ideas.addComment(w, req.params.id, req.body) }));
  app.put<{ Params: Id; Body: { status: IdeaStatus; note: string } }>('/ideas/:id/status', { schema: s.statusSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'changeIdeaStatus', input: [req.params.id, req.body], run: (w) => ideas.changeIdeaStatus(w, req.params.id, req.body) }));
}
