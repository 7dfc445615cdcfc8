/** Request schemas of the campaign, idea and comment routes. */
import { IDEA_STATUSES, LIMITS } from '@confab/core';
import { body, idParams, nullableStr, pageProps, str, tagList } from '../http/schemas.js';

/** GET /campaigns (`status=open` lists only campaigns taking ideas) */
export const campaignsSchema = {
  summary: 'List campaigns', returns: 'Campaign[]', tags: ['ideas'],
  querystring: { type: 'object', properties: { status: { type: 'string', enum: ['open', 'closed', 'all'] } } },
} as const;
/** The fields of a campaign an admin writes. */
const campaignFields = {
  title: str(LIMITS.title), purpose: str(LIMITS.purpose), description: str(LIMITS.campaignDescription),
  closesAt: nullableStr(40), owners: { type: 'array', maxItems: LIMITS.owners, items: str(LIMITS.id) },
  reviewTargetDays: { type: ['integer', 'null'], minimum: 1, maximum: 365 },
} as const;
/** POST /campaigns */
export const createCampaignSchema = {
  summary: 'Create a campaign (admins)', returns: 'Campaign', tags: ['ideas'], body: body(campaignFields, ['title', 'purpose']),
} as const;
/** PATCH /campaigns/:id */
export const updateCampaignSchema = {
  summary: 'Edit, close or reopen a campaign (admins)', returns: 'Campaign', tags: ['ideas'], params: idParams,
  body: body({ ...campaignFields, status: { type: 'string', enum: ['open', 'closed'] } }),
} as const;
/** POST /campaigns/:id/close */
export const closeCampaignSchema = {
  summary: 'Close a campaign (admins)', returns: 'Campaign', tags: ['ideas'], params: idParams, body: body({}),
} as const;
/** GET /campaigns/:id */
export const campaignSchema = { summary: 'One campaign', returns: 'Campaign', tags: ['ideas'], params: idParams } as const;
/** GET /ideas (`campaign=none` lists ideas without a campaign) */
export const listSchema = {
  summary: 'List ideas', returns: 'Page<Idea>', tags: ['ideas'],
  querystring: {
    type: 'object',
    properties: { campaign: str(200), status: { type: 'string', enum: [...IDEA_STATUSES] }, sort: { type: 'string', enum: ['top', 'new', 'trending'] }, ...pageProps },
  },
} as const;
/** GET /ideas/similar */
export const similarGetSchema = {
  summary: 'Ideas similar to a draft', returns: 'Idea[]', tags: ['ideas'],
  querystring: { type: 'object', required: ['text'], properties: { text: str(LIMITS.body), campaign: str(200), limit: pageProps.limit } },
} as const;
/** POST /ideas/similar */
export const similarPostSchema = {
  summary: 'Ideas similar to a draft', returns: 'Idea[]', tags: ['ideas'],
  body: body({ text: str(LIMITS.body), campaign: nullableStr(200), limit: { type: 'integer', minimum: 0, maximum: 1000 } }, ['text']),
} as const;
/** POST /ideas */
export const submitSchema = {
  summary: 'Submit an idea', returns: 'Idea', tags: ['ideas'],
  body: body({ campaign: nullableStr(200), title: str(LIMITS.title), body: str(LIMITS.body), tags: tagList, url: nullableStr(2000) }, ['title']),
} as const;
/** GET /ideas/:id */
export const getSchema = { summary: 'One idea', returns: 'Idea', tags: ['ideas'], params: idParams } as const;
/** GET /ideas/:id/comments */
export const commentsSchema = { summary: 'Comments on an idea, oldest first', returns: 'Page<Comment>', tags: ['ideas'], params: idParams, querystring: { type: 'object', properties: pageProps } } as const;
/** POST /ideas/:id/comments */
export const commentSchema = { summary: 'Comment on an idea', returns: 'Comment', tags: ['ideas'], params: idParams, body: body({ body: str(LIMITS.comment), url: nullableStr(2000) }, ['body']) } as const;
/** PUT /ideas/:id/status */
export const statusSchema = {
  summary: 'Move an idea along the pipeline (moderators)', returns: 'Idea', tags: ['ideas'], params: idParams,
  body: body({ status: { type: 'string', enum: [...IDEA_STATUSES] }, note: str(LIMITS.note) }, ['status', 'note']),
} as const;
