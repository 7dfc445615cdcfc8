/**
 * JSON schemas of the response bodies, for the OpenAPI document only (responses are not
 * re-validated). They mirror `@confab/core`'s `types.ts`.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const int = { type: 'integer' };
const bool = { type: 'boolean' };
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });
const obj = (properties: Record<string, unknown>, optional: string[] = []) =>
  ({ type: 'object', properties, required: Object.keys(properties).filter((k) => !optional.includes(k)) });
const list = (items: object) => ({ type: 'array', items });
/** A cursor-paged list of `name`. */
export const page = (name: string) => obj({ items: list(ref(name)), nextCursor: nullable(str) });

/** Every response component, by name. */
export const COMPONENTS: Record<string, unknown> = {
  PersonRef: obj({ id: str, name: str, avatarUrl: str }, ['avatarUrl']),
  User: obj({ id: str, name: str, avatarUrl: str, roles: list({ enum: ['member', 'moderator', 'admin'] }) }, ['avatarUrl']),
  Person: obj({
    id: str, name: str, avatarUrl: str, title: str, department: str, location: str, email: str,
    availability: { enum: ['available', 'busy', 'away', 'offline', 'unknown'] },
    skills: list(obj({ name: str, endorsements: int, endorsedByMe: bool })),
    evidence: list(obj({ skill: str, acceptedAnswers: int, answers: int })),
    // Self-service profiles: "About" (Markdown) and until when the availability holds (a date or a timestamp).
    about: str, availabilityUntil: nullable(str),
    // Roles and directory (shown to admins and the person; managerId and deactivated from the directory import).
    roles: list({ enum: ['member', 'moderator', 'admin'] }), rolesSource: { enum: ['identity-provider', 'admin'] }, managerId: str, deactivated: bool,
  }, ['avatarUrl', 'title', 'department', 'location', 'email', 'roles', 'rolesSource', 'managerId', 'deactivated', 'about', 'availabilityUntil']),
  SkillSummary: obj({ name: str, people: int, aliases: list(str) }),
  RankedPerson: obj({ person: ref('Person'), score: { type: 'number' }, reasons: list(obj({ skill: str, acceptedAnswers: int, endorsements: int, declared: bool })) }),
  Question: obj({
    id: str, context: str, title: str, body: str, tags: list(str), author: ref('PersonRef'), createdAt: str, votes: int, myVote: bool,
    answerCount: int, acceptedAnswerId: nullable(str), routedTo: list(ref('PersonRef')),
    url: str, // issue 15: the page it was asked on, when known
    moderation: ref('ContentStatus'), // issue 13
  }, ['url', 'moderation']),
  Answer: obj({
    id: str, questionId: str, body: str, author: ref('PersonRef'), createdAt: str, votes: int, myVote: bool, accepted: bool, url: str,
    moderation: ref('ContentStatus'),
  }, ['url', 'moderation']),
  QuestionThread: obj({ question: ref('Question'), answers: list(ref('Answer')) }),
  VoteState: obj({ kind: { enum: ['question', 'answer', 'idea'] }, id: str, votes: int, myVote: bool }),
  Campaign: obj({
    id: str, title: str, purpose: str, status: { enum: ['open', 'closed'] }, createdAt: str,
    // Campaigns run by admins: Markdown description, closing date (null: none) and the owners who moderate its ideas.
    description: str, closesAt: nullable(str), owners: list(ref('PersonRef')),
    // Issue 15c: days an idea may stay "new" before the owners are reminded (absent: no target).
    reviewTargetDays: int,
  }, ['reviewTargetDays']),
  Idea: obj({
    id: str, campaignId: nullable(str), title: str, body: str, tags: list(str), author: ref('PersonRef'), createdAt: str, votes: int,
    myVote: bool, commentCount: int, status: str, statusChange: nullable(obj({ status: str, note: str, by: ref('PersonRef'), at: str })),
    url: str, moderation: ref('ContentStatus'),
  }, ['url', 'moderation']),
  Comment: obj({ id: str, ideaId: str, body: str, author: ref('PersonRef'), createdAt: str, url: str, moderation: ref('ContentStatus') }, ['url', 'moderation']),
  Feedback: obj({
    id: str, subject: str, variant: { enum: ['helpful', 'stars'] }, rating: int, reason: nullable(str), comment: nullable(str), anonymous: bool,
    author: nullable(ref('PersonRef')), createdAt: str, state: { enum: ['open', 'actioned', 'dismissed'] },
    response: nullable(obj({ body: str, by: ref('PersonRef'), at: str })),
    url: str, moderation: ref('ContentStatus'),
  }, ['url', 'moderation']),
  FeedbackSummary: obj({ subject: nullable(str), count: int, helpful: int, helpfulCount: int, average: nullable({ type: 'number' }), starsCount: int, open: int }),
  ChangeEvent: obj({ id: str, type: str, scopes: list(str), at: str, actorId: nullable(str), data: {} }),
  // Issue 15a: notifications, preferences and follows.
  Notification: obj({
    id: str, type: str, at: str, read: bool, actor: nullable(ref('PersonRef')),
    item: obj({ kind: { enum: ['question', 'answer', 'idea', 'comment', 'feedback', 'campaign', 'webhook'] }, id: str }),
    title: str, excerpt: str, url: nullable(str),
  }),
  NotificationPreferences: obj({
    channels: { type: 'object', additionalProperties: { enum: ['page', 'digest', 'immediate', 'off'] } },
    digest: { enum: ['daily', 'weekly'] },
    autoFollow: obj({ write: bool, vote: bool, comment: bool }),
  }),
  UnreadCount: obj({ count: int }),
  MarkedRead: obj({ unread: int }),
  Following: obj({ following: bool }),
  // Issue 15c: signed webhooks (admins). The secret is in the answers of create and rotate only.
  ...webhookComponents(),
  // Issue 13: moderation.
  ...moderationComponents(),
};

function moderationComponents(): Record<string, unknown> {
  const kind = { enum: ['question', 'answer', 'idea', 'comment', 'feedback'] };
  const contentRef = obj({ kind, id: str });
  const num = { type: 'number' };
  return {
    ContentRef: contentRef,
    ContentStatus: obj({
      state: { enum: ['visible', 'held', 'hidden', 'deleted'] }, editedAt: nullable(str),
      by: nullable({ enum: ['author', 'moderator', 'community'] }), reason: nullable(str),
    }),
    ContentItem: {
      oneOf: (['question', 'answer', 'idea', 'comment', 'feedback'] as const).map((k) => obj({
        kind: { enum: [k] }, item: ref(k === 'question' ? 'Question' : k === 'answer' ? 'Answer' : k === 'idea' ? 'Idea' : k === 'comment' ? 'Comment' : 'Feedback'),
      })),
    },
    ContentVersion: obj({ version: int, title: nullable(str), body: str, tags: list(str), editor: ref('PersonRef'), at: str }),
    Report: obj({
      id: str, target: ref('ContentRef'), reporter: ref('PersonRef'), reason: { enum: ['spam', 'offensive', 'off-topic', 'other'] }, note: nullable(str),
      weight: num, status: { enum: ['open', 'agreed', 'dismissed'] }, createdAt: str,
    }),
    ModerationRecord: obj({
      personId: str, reportsAgreed: int, reportsDismissed: int, removed: int, approvedPosts: int, restrictedUntil: nullable(str), joinedAt: nullable(str),
    }),
    StaffNote: obj({ id: str, personId: str, body: str, author: ref('PersonRef'), at: str }),
    AuditEntry: obj({
      id: str, at: str, actor: nullable(ref('PersonRef')),
      action: { enum: ['edit', 'hide', 'delete', 'restore', 'approve', 'keep', 'auto-hide', 'restrict', 'staff-note', 'roles', 'policy'] },
      target: nullable(ref('ContentRef')), person: nullable(ref('PersonRef')), reason: nullable(str), details: nullable({ type: 'object' }),
    }),
    QueueEntry: obj({
      target: ref('ContentRef'), item: ref('ContentItem'), title: str, context: nullable(str), campaignId: nullable(str), held: bool,
      reports: list(ref('Report')), score: num, author: ref('PersonRef'), authorRecord: ref('ModerationRecord'), history: list(ref('AuditEntry')), since: str,
    }),
    PolicyScope: obj({ kind: { enum: ['campaign', 'context'] }, id: str }),
    HoldPolicy: obj({ scope: ref('PolicyScope'), holdFirstPosts: int, source: { enum: ['default', 'override'] } }),
  };
}

function webhookComponents(): Record<string, unknown> {
  const endpoint = {
    id: str, url: str, events: list(str), description: str, enabled: bool, disabledReason: nullable(str),
    previousSecretUntil: nullable(str), createdAt: str, updatedAt: str,
  };
  return {
    WebhookEndpoint: obj(endpoint),
    WebhookEndpointWithSecret: obj({ ...endpoint, secret: str }),
    WebhookDelivery: obj({
      id: str, endpointId: str, eventType: str, status: { enum: ['pending', 'delivered', 'failed'] }, attempts: int, createdAt: str,
      nextAttemptAt: nullable(str), lastAttemptAt: nullable(str), responseStatus: nullable(int), durationMs: nullable(int), error: nullable(str),
    }),
    WebhookDeleted: obj({ id: str, deleted: bool }),
  };
}

/** The schema of a `returns` name: a component, `Page<X>`, `X[]` or `X | null`. */
export function returnsSchema(returns: string): unknown {
  const nullableMatch = /^(.+) \| null$/.exec(returns);
  if (nullableMatch?.[1]) return nullable(returnsSchema(nullableMatch[1]) as object);
  const pageMatch = /^Page<(\w+)>$/.exec(returns);
  if (pageMatch?.[1]) return page(pageMatch[1]);
  if (returns.endsWith('[]')) return list(ref(returns.slice(0, -2)));
  return ref(returns);
}
