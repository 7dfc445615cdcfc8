/**
 * The tables as Kysely sees them, shared by SQLite and PostgreSQL. Booleans are integers 0/1,
 * times ISO strings (vote times integer ms, for trending), lists of people and tags child tables.
 * Full-text columns (FTS5 tables, PostgreSQL `search`) are only reached by the dialects' raw SQL.
 */
import type { Generated, Kysely, Transaction } from 'kysely';

export interface MetaTable { key: string; value: string }

export interface PeopleTable {
  seq: Generated<number>;
  id: string;
  name: string;
  /** JSON array of roles. */
  roles: string;
  title: string | null;
  department: string | null;
  location: string | null;
  email: string | null;
  avatar_url: string | null;
  availability: string;
  /** Roles and directory import (migration 4): `identity-provider`, `admin` or null (seeded). */
  roles_source: string | null;
  manager_id: string | null;
  /** 1, or 0 once `import-people --prune` deactivated the person. */
  active: Generated<number>;
  /** Self-service profiles (migration 2): "About" (Markdown) and until when `availability` holds. */
  about: string | null;
  availability_until: string | null;
  /** When Confab first saw the person (sign-in, import; migration 9); null for seeded people. */
  joined_at: string | null;
  /** Until when the person may read but not post (migration 9). */
  restricted_until: string | null;
}

/** Skill aliases (migration 2): `alias_key` stands for the skill `canonical_key`, named `canonical_name`. */
export interface SkillAliasesTable { alias_key: string; alias: string; canonical_key: string; canonical_name: string }

export interface SkillsTable { person_id: string; name: string; name_key: string; position: number }
export interface EndorsementsTable { person_id: string; skill_key: string; endorser_id: string; at: string }

/**
 * Issue 13 (migration 9): an item's moderation state, on questions, answers, ideas and comments
 * (`state`; on feedback `comment_state`, since its `state` is the review state): 'visible' (the
 * default), 'held', 'hidden' or 'deleted'; who hid or deleted it ('author', 'moderator',
 * 'community') and why; when and by whom the text was last edited.
 */
export interface ModerationColumns {
  state_by: string | null;
  state_reason: string | null;
  edited_at: string | null;
  edited_by: string | null;
}

export interface QuestionsTable extends ModerationColumns {
  state: Generated<string>;
  seq: Generated<number>;
  id: string;
  context: string;
  title: string;
  body: string;
  author_id: string;
  created_at: string;
  accepted_answer_id: string | null;
  votes: Generated<number>;
  answer_count: Generated<number>;
  /** The page the question was asked on (migration 6). */
  url: string | null;
}

export interface TagsTable { item_id: string; tag: string; tag_key: string; position: number }
export interface RoutesTable { seq: Generated<number>; question_id: string; person_id: string }

export interface AnswersTable extends ModerationColumns {
  state: Generated<string>;
  seq: Generated<number>;
  id: string;
  question_id: string;
  body: string;
  author_id: string;
  created_at: string;
  votes: Generated<number>;
  /** Migration 6. */
  url: string | null;
}

export interface VotesTable { kind: string; item_id: string; person_id: string; at_ms: number }

export interface CampaignsTable {
  seq: Generated<number>; id: string; title: string; purpose: string;
  /** As an admin set it; `closes_at` is applied by the domain (`campaignStatus`). */
  status: string;
  created_at: string;
  /** Markdown ('' when none). Migration 3. */
  description: Generated<string>;
  closes_at: string | null;
  /** Days an idea may stay "new" before the owners are reminded (migration 8); null: no target. */
  review_target_days?: number | null;
}
/** The owners of a campaign, in the order chosen (`seq`). Migration 3. */
export interface CampaignOwnersTable { seq: Generated<number>; campaign_id: string; person_id: string }

export interface IdeasTable extends ModerationColumns {
  state: Generated<string>;
  seq: Generated<number>;
  id: string;
  campaign_id: string | null;
  title: string;
  body: string;
  author_id: string;
  created_at: string;
  status: string;
  status_note: string | null;
  status_by: string | null;
  status_at: string | null;
  votes: Generated<number>;
  comment_count: Generated<number>;
  /** Migration 6. */
  url: string | null;
}

export interface CommentsTable extends ModerationColumns { state: Generated<string>; seq: Generated<number>; id: string; idea_id: string; body: string; author_id: string; created_at: string; /** Migration 6. */ url: string | null }

export interface FeedbackTable extends ModerationColumns {
  /** The moderation state of the comment (migration 9). */
  comment_state: Generated<string>;
  seq: Generated<number>;
  id: string;
  subject: string;
  variant: string;
  rating: number;
  reason: string | null;
  comment: string | null;
  anonymous: number;
  author_id: string;
  created_at: string;
  state: string;
  response_body: string | null;
  response_by: string | null;
  response_at: string | null;
  /** Migration 6. */
  url: string | null;
}

export interface EventsTable {
  id: Generated<number>;
  type: string;
  /** JSON array. */
  scopes: string;
  at: string;
  actor_id: string | null;
  owner_id: string | null;
  /** JSON. */
  data: string;
}

export interface IdempotencyTable { user_id: string; key: string; fingerprint: string; result: string | null; created_at: string }

// Issue 15 (migration 6): notifications, preferences and follows.
export interface NotificationsTable {
  seq: Generated<number>;
  id: string;
  recipient_id: string;
  type: string;
  at: string;
  read_at: string | null;
  actor_id: string | null;
  item_kind: string;
  item_id: string;
  title: string;
  excerpt: string;
  url: string | null;
  /** 'page' | 'digest' | 'immediate', resolved from the recipient's preferences when created. */
  channel: string;
  mailed_at: string | null;
}
/** `prefs` is JSON `NotificationPreferences`. */
export interface NotificationPrefsTable { person_id: string; prefs: string }
export interface FollowsTable { person_id: string; target_kind: string; target_id: string; at: string }

// Issue 15 (migration 7, e-mail): the mail outbox and what mail needs to know of each person.
export interface MailJobsTable {
  seq: Generated<number>;
  id: string;
  recipient_id: string;
  /** 'immediate' | 'digest'. */
  kind: string;
  /** JSON `MailMessage` (../../mail/render.ts), rendered when queued so a retry sends the same mail. */
  message: string;
  /** 'pending' | 'sent' | 'failed'. */
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  /** Set while one worker is sending it. */
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}
export interface MailRecipientsTable {
  person_id: string;
  /** The language for mail: from Accept-Language at the person's last sign-in. */
  locale: string | null;
  last_digest_at: string | null;
}

export interface MigrationsTable { version: number; name: string; applied_at: string }

// Issue 15c (migration 8): webhook endpoints, the delivery outbox, escalation and review reminders.
export interface WebhookEndpointsTable {
  seq: Generated<number>; id: string; url: string;
  /** JSON array of change types. */
  events: string;
  description: Generated<string>;
  /** `whsec_…`; `previous_secret` also signs until `previous_until` (rotation). */
  secret: string; previous_secret: string | null; previous_until: string | null;
  enabled: Generated<number>; disabled_reason: string | null; created_at: string; updated_at: string;
}
export interface WebhookDeliveriesTable {
  seq: Generated<number>; id: string; endpoint_id: string; event_type: string; payload: string;
  /** `pending`, `delivered` or `failed`. */
  status: string; attempts: Generated<number>; created_at: string;
  next_attempt_at: string | null; last_attempt_at: string | null; response_status: number | null; duration_ms: number | null; error: string | null;
}
export interface QuestionEscalationsTable { question_id: string; escalated_at: string; times: number }
export interface IdeaReviewRemindersTable { idea_id: string; reminded_at: string }

// Issue 13 (migration 9): moderation.
export interface ContentVersionsTable {
  seq: Generated<number>; item_kind: string; item_id: string; version: number; title: string | null; body: string;
  /** JSON array. */
  tags: string; editor_id: string; at: string;
}
export interface ReportsTable {
  seq: Generated<number>; id: string; item_kind: string; item_id: string; reporter_id: string; reason: string; note: string | null;
  weight: number;
  /** 'open' | 'agreed' | 'dismissed'. */
  status: string; created_at: string; closed_at: string | null;
}
export interface ModerationQueueTable {
  seq: Generated<number>; item_kind: string; item_id: string; author_id: string; context: string | null; campaign_id: string | null;
  held: Generated<number>; since: string;
}
export interface StaffNotesTable { seq: Generated<number>; id: string; person_id: string; body: string; author_id: string; at: string }
export interface AuditLogTable {
  seq: Generated<number>; id: string; at: string; actor_id: string | null; action: string; item_kind: string | null; item_id: string | null;
  person_id: string | null; reason: string | null;
  /** JSON object or null. */
  details: string | null;
}
export interface HoldOverridesTable { scope_kind: string; scope_id: string; hold_first_posts: number }

export interface DB {
  meta: MetaTable;
  people: PeopleTable;
  skills: SkillsTable;
  skill_aliases: SkillAliasesTable;
  endorsements: EndorsementsTable;
  questions: QuestionsTable;
  question_tags: TagsTable;
  question_routes: RoutesTable;
  answers: AnswersTable;
  votes: VotesTable;
  campaigns: CampaignsTable;
  campaign_owners: CampaignOwnersTable;
  ideas: IdeasTable;
  idea_tags: TagsTable;
  comments: CommentsTable;
  feedback: FeedbackTable;
  events: EventsTable;
  idempotency: IdempotencyTable;
  migrations: MigrationsTable;
  mail_jobs: MailJobsTable;
  mail_recipients: MailRecipientsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  question_escalations: QuestionEscalationsTable;
  idea_review_reminders: IdeaReviewRemindersTable;
  notifications: NotificationsTable;
  notification_prefs: NotificationPrefsTable;
  follows: FollowsTable;
  content_versions: ContentVersionsTable;
  reports: ReportsTable;
  moderation_queue: ModerationQueueTable;
  staff_notes: StaffNotesTable;
  audit_log: AuditLogTable;
  hold_overrides: HoldOverridesTable;
}

/** The database or one transaction of it: what every repository runs its queries on. */
export type Executor = Kysely<DB> | Transaction<DB>;
