/**
 * Versioned schema migrations for SQLite. Each migration runs once, in order, inside a
 * transaction, and is recorded in the `migrations` table.
 */
import type Database from 'better-sqlite3';

/** One schema step. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. Never edit a released one; add the next. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE people (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  roles TEXT NOT NULL DEFAULT '["member"]',
  title TEXT, department TEXT, location TEXT, email TEXT, avatar_url TEXT,
  availability TEXT NOT NULL DEFAULT 'unknown'
);
CREATE TABLE skills (
  person_id TEXT NOT NULL REFERENCES people(id),
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (person_id, name COLLATE NOCASE)
);
CREATE TABLE endorsements (
  person_id TEXT NOT NULL,
  skill TEXT NOT NULL COLLATE NOCASE,
  endorser_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (person_id, skill, endorser_id)
);
CREATE TABLE questions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  context TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]',
  author_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  accepted_answer_id TEXT,
  routed_to TEXT NOT NULL DEFAULT '[]',
  votes INTEGER NOT NULL DEFAULT 0,
  answer_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX questions_context ON questions(context, seq);
CREATE TABLE answers (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  question_id TEXT NOT NULL,
  body TEXT NOT NULL,
  author_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  votes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX answers_question ON answers(question_id, seq);
CREATE INDEX answers_author ON answers(author_id);
CREATE TABLE votes (
  kind TEXT NOT NULL,
  item_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (kind, item_id, person_id)
);
CREATE TABLE campaigns (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  purpose TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open',
  created_at TEXT NOT NULL
);
CREATE TABLE ideas (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  campaign_id TEXT,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]',
  author_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new',
  status_note TEXT, status_by TEXT, status_at TEXT,
  votes INTEGER NOT NULL DEFAULT 0,
  comment_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ideas_campaign ON ideas(campaign_id, seq);
CREATE TABLE comments (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  idea_id TEXT NOT NULL,
  body TEXT NOT NULL,
  author_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX comments_idea ON comments(idea_id, seq);
CREATE TABLE feedback (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  variant TEXT NOT NULL,
  rating INTEGER NOT NULL,
  reason TEXT, comment TEXT,
  anonymous INTEGER NOT NULL DEFAULT 0,
  author_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open',
  response_body TEXT, response_by TEXT, response_at TEXT
);
CREATE INDEX feedback_subject ON feedback(subject, seq);
CREATE INDEX feedback_author ON feedback(author_id, subject, seq);
CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  type TEXT NOT NULL,
  scopes TEXT NOT NULL,
  at TEXT NOT NULL,
  actor_id TEXT,
  data TEXT NOT NULL
);
CREATE TABLE idempotency (
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE VIRTUAL TABLE questions_fts USING fts5(title, body, tags, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE ideas_fts USING fts5(title, body, tags, tokenize = 'unicode61 remove_diacritics 2');
CREATE INDEX events_at ON events(at);
`,
  },
];

/** Opens the schema: creates the migrations table and applies every pending migration. */
export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare<[], { version: number }>('SELECT version FROM migrations').all().map((r) => r.version));
  let count = 0;
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
    count++;
  }
  return count;
}
