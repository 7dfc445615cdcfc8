/** Request schemas of the notification and follow routes (issue 15). */
import { FOLLOW_TARGET_KINDS, NOTIFICATION_CHANNELS, NOTIFICATION_TYPES } from '@confab/core';
import { body, pageProps, str } from '../http/schemas.js';

const channel = { type: 'string', enum: [...NOTIFICATION_CHANNELS] } as const;
const followParams = {
  type: 'object', required: ['kind', 'id'],
  properties: { kind: { type: 'string', enum: [...FOLLOW_TARGET_KINDS] }, id: str(2000, { minLength: 1 }) },
} as const;

/** GET /notifications */
export const listSchema = {
  summary: "The signed-in person's notifications, newest first", returns: 'Page<Notification>', tags: ['notifications'],
  querystring: { type: 'object', properties: { unread: { type: 'string', enum: ['true', 'false'] }, ...pageProps } },
} as const;
/** GET /notifications/unread */
export const unreadSchema = { summary: 'How many notifications are unread', returns: 'UnreadCount', tags: ['notifications'] } as const;
/** POST /notifications/read */
export const readSchema = {
  summary: "Mark notifications (a list of ids, or 'all') read", returns: 'MarkedRead', tags: ['notifications'],
  body: body({ ids: { anyOf: [{ type: 'string', enum: ['all'] }, { type: 'array', maxItems: 100, items: str(200) }] } }, ['ids']),
} as const;
/** GET /notifications/preferences */
export const preferencesSchema = { summary: 'Notification preferences', returns: 'NotificationPreferences', tags: ['notifications'] } as const;
/** PUT /notifications/preferences */
export const setPreferencesSchema = {
  summary: 'Change notification preferences (what is left out is kept)', returns: 'NotificationPreferences', tags: ['notifications'],
  body: body({
    channels: { type: 'object', properties: Object.fromEntries(NOTIFICATION_TYPES.map((t) => [t, channel])), additionalProperties: false },
    digest: { type: 'string', enum: ['daily', 'weekly'] },
    autoFollow: { type: 'object', properties: { write: { type: 'boolean' }, vote: { type: 'boolean' }, comment: { type: 'boolean' } }, additionalProperties: false },
  }),
} as const;
/** GET /follows/:kind/:id */
export const followingSchema = { summary: 'Whether the signed-in person follows a question, idea, campaign, context or person', returns: 'Following', tags: ['notifications'], params: followParams } as const;
/** PUT /follows/:kind/:id */
export const followSchema = {
  summary: 'Follow (on: true) or unfollow a question, idea, campaign, context or person', returns: 'Following', tags: ['notifications'],
  params: followParams, body: body({ on: { type: 'boolean' } }, ['on']),
} as const;
