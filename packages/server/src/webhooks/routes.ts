/** Routes of webhook endpoints under `/api/v1` (admins): transport and the SSRF check of a saved URL; the rules are core's domain. */
import { ValidationError } from '@confab/core';
import { webhooks, type WebhookInput } from '@confab/core/domain';
import type { FastifyInstance } from 'fastify';
import { read, write, type AppContext } from '../http/context.js';
import { uncached } from '../http/read-cache.js';
import { limitOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';
import { refusedUrl } from './ssrf.js';

interface Id { id: string }

/** Registers the webhook routes. */
export function webhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  const allowPrivate = ctx.config.webhooks.allowPrivate;
  const guard = (input: WebhookInput | undefined) => {
    const refused = typeof input?.url === 'string' ? refusedUrl(input.url, allowPrivate) : null;
    if (refused) throw new ValidationError({ url: refused });
  };
  app.get('/webhooks', { schema: s.listSchema }, (req) => { uncached(req); return read(ctx, req, (r) => webhooks.listWebhooks(r)); });
  app.post<{ Body: WebhookInput }>('/webhooks', { schema: s.createSchema }, (req, reply) => {
    guard(req.body);
    return write(ctx, req, reply, { status: 201, operation: 'createWebhook', input: [req.body], run: (w) => webhooks.createWebhook(w, req.body) });
  });
  app.get<{ Params: Id }>('/webhooks/:id', { schema: s.getSchema }, (req) => { uncached(req); return read(ctx, req, (r) => webhooks.getWebhook(r, req.params.id)); });
  app.patch<{ Params: Id; Body: WebhookInput }>('/webhooks/:id', { schema: s.updateSchema }, (req, reply) => {
    guard(req.body);
    return write(ctx, req, reply, { status: 200, operation: 'updateWebhook', input: [req.params.id, req.body], run: (w) => webhooks.updateWebhook(w, req.params.id, req.body) });
  });
  app.delete<{ Params: Id }>('/webhooks/:id', { schema: s.deleteSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'deleteWebhook', input: [req.params.id], run: (w) => webhooks.deleteWebhook(w, req.params.id) }));
  app.post<{ Params: Id }>('/webhooks/:id/rotate-secret', { schema: s.rotateSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'rotateWebhookSecret', input: [req.params.id], run: (w) => webhooks.rotateWebhookSecret(w, req.params.id) }));
  app.get<{ Params: Id; Querystring: PageQs }>('/webhooks/:id/deliveries', { schema: s.deliveriesSchema }, (req) => {
    uncached(req);
    return read(ctx, req, (r) => webhooks.listDeliveries(r, req.params.id, { cursor: req.query.cursor, limit: limitOf(req.query.limit) }));
  });
}
