/** Request schemas of the feedback routes. */
import { LIMITS } from '@confab/core';
import { body, idParams, nullableStr, pageProps, str } from '../http/schemas.js';

const state = { type: 'string', enum: ['open', 'actioned', 'dismissed'] } as const;

/** POST /feedback */
export const sendSchema = {
  summary: 'Send feedback', returns: 'Feedback', tags: ['feedback'],
  body: body({
    subject: str(LIMITS.key), variant: { type: 'string', enum: ['helpful', 'stars'] }, rating: { type: 'number' },
    reason: nullableStr(LIMITS.reason), comment: nullableStr(LIMITS.feedbackComment), anonymous: { type: 'boolean' },
    url: nullableStr(2000),
  }, ['subject', 'variant', 'rating']),
} as const;
/** GET /feedback/mine */
export const mineSchema = { summary: 'My latest feedback on a subject (or null)', returns: 'Feedback | null', tags: ['feedback'], querystring: { type: 'object', required: ['subject'], properties: { subject: str(LIMITS.key) } } } as const;
/** GET /feedback/summary (without `subject`: every subject) */
export const summarySchema = { summary: 'Figures for a subject', returns: 'FeedbackSummary', tags: ['feedback'], querystring: { type: 'object', properties: { subject: str(LIMITS.key) } } } as const;
/** GET /feedback */
export const listSchema = {
  summary: 'Feedback for owners, newest first (moderators)', returns: 'Page<Feedback>', tags: ['feedback'],
  querystring: { type: 'object', properties: { subject: str(LIMITS.key), state, ...pageProps } },
} as const;
/** POST /feedback/:id/response */
export const respondSchema = { summary: 'Respond to feedback (moderators)', returns: 'Feedback', tags: ['feedback'], params: idParams, body: body({ body: str(LIMITS.note) }, ['body']) } as const;
/** PUT /feedback/:id/state */
export const stateSchema = { summary: 'Mark feedback actioned, dismissed or open (moderators)', returns: 'Feedback', tags: ['feedback'], params: idParams, body: body({ state }, ['state']) } as const;
