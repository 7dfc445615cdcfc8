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
}

/** Skill aliases (migration 2): `alias_key` stands for the skill `canonical_key`, named `canonical_name`. */
export interface SkillAliasesTable { alias_key: string; alias: string; canonical_key: string; canonical_name: string }

export interface SkillsTable { person_id: string; name: string; name_key: string; position: number }
export interface EndorsementsTable { person_id: string; skill_key: string; endorser_id: string; at: string }

export interface QuestionsTable {
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
}

export interface TagsTable { item_id: string; tag: string; tag_key: string; position: number }
export interface RoutesTable { seq: Generated<number>; question_id: string; person_id: string }

export interface AnswersTable {
  seq: Generated<number>;
  id: string;
  question_id: string;
  body: string;
  author_id: string;
  created_at: string;
  votes: Generated<number>;
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
}
/** The owners of a campaign, in the order chosen (`seq`). Migration 3. */
export interface CampaignOwnersTable { seq: Generated<number>; campaign_id: string; person_id: string }

export interface IdeasTable {
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
}

export interface CommentsTable { seq: Generated<number>; id: string; idea_id: string; body: string; author_id: string; created_at: string }

export interface FeedbackTable {
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

export interface MigrationsTable { version: number; name: string; applied_at: string }

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
}

/** The database or one transaction of it: what every repository runs its queries on. */
export type Executor = Kysely<DB> | Transaction<DB>;
