/**
 * Request schemas of the moderation routes (issue 13): the content lifecycle of every kind, reports,
 * the review queue, people's records, restrictions and staff notes, the audit log and hold policy.
 * The same objects validate the requests and describe them in the OpenAPI document.
 */
import { AUDIT_ACTIONS, CONTENT_KINDS, LIMITS, REPORT_REASONS } from '@confab/core';
import { body, idParams, pageProps, str, tagList } from '../http/schemas.js';

const kind = { type: 'string', enum: [...CONTENT_KINDS] } as const;
const reason = { type: 'string', enum: [...REPORT_REASONS] } as const;
const note = str(LIMITS.note);
const tags = ['moderation'] as const;

/** PATCH /{kind-plural}/:id */
export const editSchema = (what: string) => ({
  summary: `Edit ${what} (its author, or a moderator with a reason); the text before becomes a version`, returns: 'ContentItem', tags, params: idParams,
  body: body({ title: str(LIMITS.title), body: str(LIMITS.body), tags: tagList, reason: note }),
}) as const;
/** POST /{kind-plural}/:id/delete */
export const removeSchema = (what: string) => ({
  summary: `Delete ${what} (soft): its author, or a moderator with a reason`, returns: 'ContentItem', tags, params: idParams,
  body: body({ reason: note }),
}) as const;
/** POST /{kind-plural}/:id/hide */
export const hideSchema = (what: string) => ({
  summary: `Hide ${what} (moderators; reason required): only its author and moderators see it`, returns: 'ContentItem', tags, params: idParams,
  body: body({ reason: note }, ['reason']),
}) as const;
/** POST /{kind-plural}/:id/restore */
export const restoreSchema = (what: string) => ({
  summary: `Make hidden or deleted ${what} visible again (moderators); open reports are dismissed`, returns: 'ContentItem', tags, params: idParams,
  body: body({ note }),
}) as const;
/** POST /{kind-plural}/:id/approve */
export const approveSchema = (what: string) => ({
  summary: `Approve held ${what} (moderators): it appears to everyone`, returns: 'ContentItem', tags, params: idParams, body: body({}),
}) as const;
/** POST /{kind-plural}/:id/keep */
export const keepSchema = (what: string) => ({
  summary: `Keep ${what} (moderators): dismiss its open reports; shown again if reports hid it`, returns: 'ContentItem', tags, params: idParams,
  body: body({ note }),
}) as const;
/** GET /{kind-plural}/:id/versions */
export const versionsSchema = (what: string) => ({
  summary: `Earlier versions of ${what}, oldest first (moderators)`, returns: 'ContentVersion[]', tags, params: idParams,
}) as const;
/** POST /{kind-plural}/:id/reports */
export const reportSchema = (what: string) => ({
  summary: `Report ${what}: one open report per person; "other" needs a note`, returns: 'Report', tags, params: idParams,
  body: body({ reason, note }, ['reason']),
}) as const;

/** GET /moderation/queue */
export const queueSchema = {
  summary: 'Reported and held items, oldest first (moderators)', returns: 'Page<QueueEntry>', tags,
  querystring: {
    type: 'object',
    properties: { kind, reason, context: str(LIMITS.key), campaign: str(LIMITS.id), held: { type: 'string', enum: ['true', 'false'] }, ...pageProps },
  },
} as const;
/** GET /people/:id/moderation */
export const recordSchema = { summary: "A person's moderation record (moderators)", returns: 'ModerationRecord', tags, params: idParams } as const;
/** POST /people/:id/restrict */
export const restrictSchema = {
  summary: 'Restrict a person (moderators; note required): they can read but not post for `days` (0 lifts it)', returns: 'ModerationRecord', tags,
  params: idParams, body: body({ days: { type: 'integer', minimum: 0, maximum: 365 }, note }, ['days', 'note']),
} as const;
/** GET /people/:id/staff-notes */
export const staffNotesSchema = { summary: "A person's staff notes, newest first (moderators)", returns: 'StaffNote[]', tags, params: idParams } as const;
/** POST /people/:id/staff-notes */
export const addStaffNoteSchema = {
  summary: 'Add a staff note on a person (moderators)', returns: 'StaffNote', tags, params: idParams, body: body({ body: note }, ['body']),
} as const;
/** GET /moderation/audit */
export const auditSchema = {
  summary: 'The audit log, newest first (admins)', returns: 'Page<AuditEntry>', tags,
  querystring: {
    type: 'object',
    properties: {
      action: { type: 'string', enum: [...AUDIT_ACTIONS] }, actor: str(LIMITS.id), person: str(LIMITS.id), kind, id: str(LIMITS.id), ...pageProps,
    },
  },
} as const;
const scopeKind = { type: 'string', enum: ['campaign', 'context'] } as const;
/** GET /moderation/policy */
export const policySchema = {
  summary: 'The hold-first-posts setting in force for a campaign or context (moderators)', returns: 'HoldPolicy', tags,
  querystring: { type: 'object', required: ['kind', 'id'], properties: { kind: scopeKind, id: str(LIMITS.key, { minLength: 1 }) } },
} as const;
/** PUT /moderation/policy */
export const setPolicySchema = {
  summary: 'Override hold-first-posts for a campaign or context (admins); null goes back to the default', returns: 'HoldPolicy', tags,
  body: body({
    scope: { type: 'object', required: ['kind', 'id'], additionalProperties: false, properties: { kind: scopeKind, id: str(LIMITS.key, { minLength: 1 }) } },
    holdFirstPosts: { type: ['integer', 'null'], minimum: 0, maximum: 100 },
  }, ['scope', 'holdFirstPosts']),
} as const;
