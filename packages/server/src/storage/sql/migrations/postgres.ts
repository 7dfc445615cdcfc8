/**
 * The PostgreSQL schema, one version at a time (see `../migrate.ts`). Never edit a released step;
 * add the next. Times are ISO text compared byte-wise (`COLLATE "C"`), whatever the database's locale.
 */
import type { Migration } from '../dialect.js';

export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    statements: [
      'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
      `CREATE TABLE people (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        roles TEXT NOT NULL DEFAULT '["member"]',
        title TEXT, department TEXT, location TEXT, email TEXT, avatar_url TEXT,
        availability TEXT NOT NULL DEFAULT 'unknown'
      )`,
      `CREATE TABLE skills (
        person_id TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (person_id, name_key)
      )`,
      `CREATE TABLE endorsements (
        person_id TEXT NOT NULL,
        skill_key TEXT NOT NULL,
        endorser_id TEXT NOT NULL,
        at TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (person_id, skill_key, endorser_id)
      )`,
      `CREATE TABLE questions (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        context TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        author_id TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        accepted_answer_id TEXT,
        votes INTEGER NOT NULL DEFAULT 0,
        answer_count INTEGER NOT NULL DEFAULT 0,
        search TSVECTOR NOT NULL DEFAULT ''::tsvector
      )`,
      'CREATE INDEX questions_context ON questions (context, seq)',
      'CREATE INDEX questions_search ON questions USING GIN (search)',
      `CREATE TABLE question_tags (
        item_id TEXT NOT NULL,
        tag TEXT NOT NULL,
        tag_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (item_id, tag_key)
      )`,
      'CREATE INDEX question_tags_key ON question_tags (tag_key, item_id)',
      `CREATE TABLE question_routes (
        seq BIGSERIAL PRIMARY KEY,
        question_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        UNIQUE (question_id, person_id)
      )`,
      `CREATE TABLE answers (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        question_id TEXT NOT NULL,
        body TEXT NOT NULL,
        author_id TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        votes INTEGER NOT NULL DEFAULT 0
      )`,
      'CREATE INDEX answers_question ON answers (question_id, seq)',
      'CREATE INDEX answers_author ON answers (author_id)',
      `CREATE TABLE votes (
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        at_ms BIGINT NOT NULL,
        PRIMARY KEY (kind, item_id, person_id)
      )`,
      `CREATE TABLE campaigns (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        purpose TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        created_at TEXT COLLATE "C" NOT NULL
      )`,
      `CREATE TABLE ideas (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        campaign_id TEXT,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        author_id TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        status TEXT NOT NULL DEFAULT 'new',
        status_note TEXT, status_by TEXT, status_at TEXT COLLATE "C",
        votes INTEGER NOT NULL DEFAULT 0,
        comment_count INTEGER NOT NULL DEFAULT 0,
        search TSVECTOR NOT NULL DEFAULT ''::tsvector
      )`,
      'CREATE INDEX ideas_campaign ON ideas (campaign_id, seq)',
      'CREATE INDEX ideas_search ON ideas USING GIN (search)',
      `CREATE TABLE idea_tags (
        item_id TEXT NOT NULL,
        tag TEXT NOT NULL,
        tag_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (item_id, tag_key)
      )`,
      `CREATE TABLE comments (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        idea_id TEXT NOT NULL,
        body TEXT NOT NULL,
        author_id TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL
      )`,
      'CREATE INDEX comments_idea ON comments (idea_id, seq)',
      `CREATE TABLE feedback (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        subject TEXT NOT NULL,
        variant TEXT NOT NULL,
        rating INTEGER NOT NULL,
        reason TEXT, comment TEXT,
        anonymous INTEGER NOT NULL DEFAULT 0,
        author_id TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        state TEXT NOT NULL DEFAULT 'open',
        response_body TEXT, response_by TEXT, response_at TEXT COLLATE "C"
      )`,
      'CREATE INDEX feedback_subject ON feedback (subject, seq)',
      'CREATE INDEX feedback_author ON feedback (author_id, subject, seq)',
      // The stream is ordered by (txid, id): a reader takes only transactions older than every one
      // in flight (pg_snapshot_xmin), so a row committing late never lands behind its position.
      `CREATE TABLE events (
        id BIGSERIAL PRIMARY KEY,
        txid XID8 NOT NULL DEFAULT pg_current_xact_id(),
        type TEXT NOT NULL,
        scopes TEXT NOT NULL,
        at TEXT COLLATE "C" NOT NULL,
        actor_id TEXT,
        owner_id TEXT,
        data TEXT NOT NULL
      )`,
      'CREATE INDEX events_stream ON events (txid, id)',
      'CREATE INDEX events_at ON events (at)',
      `CREATE TABLE idempotency (
        user_id TEXT NOT NULL,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        result TEXT,
        created_at TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (user_id, key)
      )`,
      'CREATE INDEX idempotency_created ON idempotency (created_at)',
    ],
  },
  {
    // Self-service profiles and the skill vocabulary: "About", availability until, and aliases of merged skills.
    version: 2,
    name: 'profiles and skill aliases',
    statements: [
      'ALTER TABLE people ADD COLUMN about TEXT',
      'ALTER TABLE people ADD COLUMN availability_until TEXT',
      `CREATE TABLE skill_aliases (
        alias_key TEXT PRIMARY KEY,
        alias TEXT NOT NULL,
        canonical_key TEXT NOT NULL,
        canonical_name TEXT NOT NULL
      )`,
      'CREATE INDEX skill_aliases_canonical ON skill_aliases (canonical_key)',
      'CREATE INDEX skills_name_key ON skills (name_key)',
      'CREATE INDEX endorsements_skill ON endorsements (skill_key)',
    ],
  },
  {
    // Campaigns run by admins: a description, a closing date after which the campaign closes by itself, and owners.
    version: 3,
    name: 'campaign description, closing date and owners',
    statements: [
      "ALTER TABLE campaigns ADD COLUMN description TEXT NOT NULL DEFAULT ''",
      'ALTER TABLE campaigns ADD COLUMN closes_at TEXT COLLATE "C"',
      `CREATE TABLE campaign_owners (
        seq BIGSERIAL PRIMARY KEY,
        campaign_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        UNIQUE (campaign_id, person_id)
      )`,
    ],
  },
  {
    // Roles and directory import: who set the roles, the manager, and deactivation by `import-people --prune`.
    version: 4,
    name: 'people roles source, manager and active',
    statements: [
      'ALTER TABLE people ADD COLUMN roles_source TEXT',
      'ALTER TABLE people ADD COLUMN manager_id TEXT',
      'ALTER TABLE people ADD COLUMN active INTEGER NOT NULL DEFAULT 1',
    ],
  },
  {
    // Server throughput (EXPLAIN QUERY PLAN / EXPLAIN ANALYZE of the hot statements): lists by votes
    // read in index order instead of sorting every item of a campaign or page context, and tags come
    // in their order from a covering index.
    version: 5,
    name: 'indexes for hot reads',
    statements: [
      'CREATE INDEX ideas_campaign_votes ON ideas (campaign_id, votes, seq)',
      'CREATE INDEX ideas_votes ON ideas (votes, seq)',
      'CREATE INDEX questions_context_votes ON questions (context, votes, seq)',
      'CREATE INDEX question_tags_order ON question_tags (item_id, position, tag)',
      'CREATE INDEX idea_tags_order ON idea_tags (item_id, position, tag)',
      'CREATE INDEX skills_order ON skills (person_id, position)',
    ],
  },
  {
    // Issue 15 (notifications, following, preferences): in-page notifications resolved to a channel when
    // created, each person's preferences, what each person follows, and the page URL stored with content.
    version: 6,
    name: 'notifications, preferences, follows and content urls',
    statements: [
      `CREATE TABLE notifications (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        recipient_id TEXT NOT NULL,
        type TEXT NOT NULL,
        at TEXT COLLATE "C" NOT NULL,
        read_at TEXT,
        actor_id TEXT,
        item_kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        title TEXT NOT NULL,
        excerpt TEXT NOT NULL,
        url TEXT,
        channel TEXT NOT NULL,
        mailed_at TEXT COLLATE "C"
      )`,
      'CREATE INDEX notifications_recipient ON notifications (recipient_id, seq)',
      'CREATE INDEX notifications_channel ON notifications (channel, mailed_at)',
      `CREATE TABLE notification_prefs (
        person_id TEXT PRIMARY KEY,
        prefs TEXT NOT NULL
      )`,
      `CREATE TABLE follows (
        person_id TEXT NOT NULL,
        target_kind TEXT NOT NULL,
        target_id TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (person_id, target_kind, target_id)
      )`,
      'CREATE INDEX follows_target ON follows (target_kind, target_id)',
      'ALTER TABLE questions ADD COLUMN url TEXT',
      'ALTER TABLE answers ADD COLUMN url TEXT',
      'ALTER TABLE ideas ADD COLUMN url TEXT',
      'ALTER TABLE comments ADD COLUMN url TEXT',
      'ALTER TABLE feedback ADD COLUMN url TEXT',
    ],
  },
  {
    // Issue 15 (e-mail, 15b): the mail outbox (one row per message, claimed by one worker, retried with
    // backoff, marked sent), and per person the language of their last sign-in and when their last
    // digest was queued.
    version: 7,
    name: 'mail outbox and recipients',
    statements: [
      `CREATE TABLE mail_jobs (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        recipient_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        message TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT COLLATE "C" NOT NULL,
        locked_until TEXT COLLATE "C",
        last_error TEXT,
        created_at TEXT COLLATE "C" NOT NULL,
        sent_at TEXT COLLATE "C"
      )`,
      'CREATE INDEX mail_jobs_due ON mail_jobs (status, next_attempt_at)',
      `CREATE TABLE mail_recipients (
        person_id TEXT PRIMARY KEY,
        locale TEXT,
        last_digest_at TEXT COLLATE "C"
      )`,
    ],
  },
  {
    // Issue 15 (signed webhooks and escalation, 15c): webhook endpoints with their signing secrets, the
    // delivery outbox (written in the transaction of the change) with its log, when a routed question was
    // last escalated, when an idea's review reminder went out, and a campaign's review target in days.
    version: 8,
    name: 'webhooks, deliveries and escalation',
    statements: [
      `CREATE TABLE webhook_endpoints (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        events TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        secret TEXT NOT NULL,
        previous_secret TEXT,
        previous_until TEXT COLLATE "C",
        enabled INTEGER NOT NULL DEFAULT 1,
        disabled_reason TEXT,
        created_at TEXT COLLATE "C" NOT NULL,
        updated_at TEXT COLLATE "C" NOT NULL
      )`,
      `CREATE TABLE webhook_deliveries (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        endpoint_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT COLLATE "C" NOT NULL,
        next_attempt_at TEXT COLLATE "C",
        last_attempt_at TEXT COLLATE "C",
        response_status INTEGER,
        duration_ms INTEGER,
        error TEXT
      )`,
      'CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at)',
      'CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, seq)',
      `CREATE TABLE question_escalations (
        question_id TEXT PRIMARY KEY,
        escalated_at TEXT COLLATE "C" NOT NULL,
        times INTEGER NOT NULL
      )`,
      `CREATE TABLE idea_review_reminders (
        idea_id TEXT PRIMARY KEY,
        reminded_at TEXT COLLATE "C" NOT NULL
      )`,
      'ALTER TABLE campaigns ADD COLUMN review_target_days INTEGER',
    ],
  },
  {
    // Issue 13 (moderation): every item's state (visible, held, hidden, deleted), who and why, and when and
    // by whom its text was last edited (feedback: the state of its comment, since `state` is its review state);
    // when a person was first seen and any restriction; earlier versions, reports, the review queue, staff
    // notes, the audit log and hold-first-posts overrides. Existing rows become visible and never edited
    // (column defaults: nothing is rewritten), existing people "not new" (joined_at null).
    version: 9,
    name: 'moderation',
    statements: [
      "ALTER TABLE questions ADD COLUMN state TEXT NOT NULL DEFAULT 'visible'",
      'ALTER TABLE questions ADD COLUMN state_by TEXT',
      'ALTER TABLE questions ADD COLUMN state_reason TEXT',
      'ALTER TABLE questions ADD COLUMN edited_at TEXT COLLATE "C"',
      'ALTER TABLE questions ADD COLUMN edited_by TEXT',
      "ALTER TABLE answers ADD COLUMN state TEXT NOT NULL DEFAULT 'visible'",
      'ALTER TABLE answers ADD COLUMN state_by TEXT',
      'ALTER TABLE answers ADD COLUMN state_reason TEXT',
      'ALTER TABLE answers ADD COLUMN edited_at TEXT COLLATE "C"',
      'ALTER TABLE answers ADD COLUMN edited_by TEXT',
      "ALTER TABLE ideas ADD COLUMN state TEXT NOT NULL DEFAULT 'visible'",
      'ALTER TABLE ideas ADD COLUMN state_by TEXT',
      'ALTER TABLE ideas ADD COLUMN state_reason TEXT',
      'ALTER TABLE ideas ADD COLUMN edited_at TEXT COLLATE "C"',
      'ALTER TABLE ideas ADD COLUMN edited_by TEXT',
      "ALTER TABLE comments ADD COLUMN state TEXT NOT NULL DEFAULT 'visible'",
      'ALTER TABLE comments ADD COLUMN state_by TEXT',
      'ALTER TABLE comments ADD COLUMN state_reason TEXT',
      'ALTER TABLE comments ADD COLUMN edited_at TEXT COLLATE "C"',
      'ALTER TABLE comments ADD COLUMN edited_by TEXT',
      "ALTER TABLE feedback ADD COLUMN comment_state TEXT NOT NULL DEFAULT 'visible'",
      'ALTER TABLE feedback ADD COLUMN state_by TEXT',
      'ALTER TABLE feedback ADD COLUMN state_reason TEXT',
      'ALTER TABLE feedback ADD COLUMN edited_at TEXT COLLATE "C"',
      'ALTER TABLE feedback ADD COLUMN edited_by TEXT',
      'ALTER TABLE people ADD COLUMN joined_at TEXT COLLATE "C"',
      'ALTER TABLE people ADD COLUMN restricted_until TEXT COLLATE "C"',
      // A person's posts, counted for held first posts and the new-person limits.
      'CREATE INDEX questions_author ON questions (author_id, created_at)',
      'CREATE INDEX ideas_author ON ideas (author_id, created_at)',
      'CREATE INDEX comments_author ON comments (author_id, created_at)',
      `CREATE TABLE content_versions (
        seq BIGSERIAL PRIMARY KEY,
        item_kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        title TEXT,
        body TEXT NOT NULL,
        tags TEXT NOT NULL,
        editor_id TEXT NOT NULL,
        at TEXT COLLATE "C" NOT NULL,
        UNIQUE (item_kind, item_id, version)
      )`,
      `CREATE TABLE reports (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        item_kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        reporter_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        note TEXT,
        weight DOUBLE PRECISION NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        closed_at TEXT COLLATE "C"
      )`,
      // One open report per reporter and item, also under concurrent reports.
      "CREATE UNIQUE INDEX reports_open ON reports (item_kind, item_id, reporter_id) WHERE status = 'open'",
      'CREATE INDEX reports_item ON reports (item_kind, item_id, seq)',
      'CREATE INDEX reports_reporter ON reports (reporter_id, status)',
      `CREATE TABLE moderation_queue (
        seq BIGSERIAL PRIMARY KEY,
        item_kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        author_id TEXT NOT NULL,
        context TEXT,
        campaign_id TEXT,
        held INTEGER NOT NULL DEFAULT 0,
        since TEXT COLLATE "C" NOT NULL,
        UNIQUE (item_kind, item_id)
      )`,
      // Oldest first, keyset-paged: the first page of a long queue reads 21 index entries.
      'CREATE INDEX moderation_queue_since ON moderation_queue (since, seq)',
      `CREATE TABLE staff_notes (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        person_id TEXT NOT NULL,
        body TEXT NOT NULL,
        author_id TEXT NOT NULL,
        at TEXT COLLATE "C" NOT NULL
      )`,
      'CREATE INDEX staff_notes_person ON staff_notes (person_id, seq)',
      `CREATE TABLE audit_log (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        at TEXT COLLATE "C" NOT NULL,
        actor_id TEXT,
        action TEXT NOT NULL,
        item_kind TEXT,
        item_id TEXT,
        person_id TEXT,
        reason TEXT,
        details TEXT
      )`,
      // Newest first is the primary key read backwards; by person (history, records), by action, by actor, by item.
      'CREATE INDEX audit_log_person ON audit_log (person_id, seq)',
      'CREATE INDEX audit_log_action ON audit_log (action, seq)',
      'CREATE INDEX audit_log_actor ON audit_log (actor_id, seq)',
      'CREATE INDEX audit_log_item ON audit_log (item_kind, item_id, seq)',
      `CREATE TABLE hold_overrides (
        scope_kind TEXT NOT NULL,
        scope_id TEXT NOT NULL,
        hold_first_posts INTEGER NOT NULL,
        PRIMARY KEY (scope_kind, scope_id)
      )`,
    ],
  },
  {
    // PostgreSQL only: replicas keep the acting user while nobody changes people (see memo.ts).
    version: 10,
    name: 'people changes notified',
    statements: [
      `CREATE FUNCTION confab_people_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_notify('confab_people', ''); RETURN NULL; END $$`,
      'CREATE TRIGGER people_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people FOR EACH STATEMENT EXECUTE FUNCTION confab_people_changed()',
    ],
  },
];
