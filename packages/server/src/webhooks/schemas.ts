/** Request schemas of the webhook routes (admins). */
import { webhooks } from '@confab/core/domain';
import { body, idParams, pageProps, str } from '../http/schemas.js';

const { WEBHOOK_EVENT_TYPES, WEBHOOK_LIMITS } = webhooks;
const fields = {
  url: str(WEBHOOK_LIMITS.url),
  events: { type: 'array', minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length, items: { type: 'string', enum: [...WEBHOOK_EVENT_TYPES] } },
  description: str(WEBHOOK_LIMITS.description),
} as const;
const tags = ['webhooks'];

/** GET /webhooks */
export const listSchema = { summary: 'List webhook endpoints (admins)', returns: 'WebhookEndpoint[]', tags } as const;
/** POST /webhooks */
export const createSchema = {
  summary: 'Create a webhook endpoint; the answer holds its signing secret, shown once (admins)', returns: 'WebhookEndpointWithSecret', tags,
  body: body(fields, ['url', 'events']),
} as const;
/** GET /webhooks/:id */
export const getSchema = { summary: 'One webhook endpoint (admins)', returns: 'WebhookEndpoint', tags, params: idParams } as const;
/** PATCH /webhooks/:id */
export const updateSchema = {
  summary: 'Change a webhook endpoint, or enable/disable it (admins)', returns: 'WebhookEndpoint', tags, params: idParams,
  body: body({ ...fields, enabled: { type: 'boolean' } }),
} as const;
/** DELETE /webhooks/:id */
export const deleteSchema = { summary: 'Delete a webhook endpoint and its delivery log (admins)', returns: 'WebhookDeleted', tags, params: idParams } as const;
/** POST /webhooks/:id/rotate-secret */
export const rotateSchema = {
  summary: 'Rotate the signing secret; the previous one keeps signing for 24 h (admins)', returns: 'WebhookEndpointWithSecret', tags, params: idParams,
  body: body({}),
} as const;
/** GET /webhooks/:id/deliveries */
export const deliveriesSchema = {
  summary: 'The delivery log of an endpoint, newest first (admins)', returns: 'Page<WebhookDelivery>', tags, params: idParams,
  querystring: { type: 'object', properties: pageProps },
} as const;
