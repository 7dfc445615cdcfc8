/** Opens a SQLite database (WAL, synchronous=FULL), migrates it and exposes it as a `Store`. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Id, Seed } from '@confab/core';
import type { Store } from '../repository.js';
import { SqliteEvents, SqliteIdempotency } from './events.js';
import { SqliteFeedback } from './feedback.js';
import { SqliteIdeas } from './ideas.js';
import { migrate } from './migrations.js';
import { SqlitePeople } from './people.js';
import { SqliteQuestions } from './questions.js';
import { loadSeed } from './seed.js';
import { SqliteVotes } from './votes.js';

const IDEMPOTENCY_TTL_MS = 7 * 24 * 3600 * 1000;

/**
 * The SQLite store. `path` is a file path (its folder is created) or `:memory:`.
 *
 * @example
 * ```ts
 * const store = openSqliteStore('.confab/confab.db');
 * if (store.isEmpty()) store.seed(seed);
 * ```
 */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = OFF');
  migrate(db);
  // Idempotency records outlive any retry or offline outbox worth honouring by far after a week.
  db.prepare('DELETE FROM idempotency WHERE created_at < ?').run(new Date(Date.now() - IDEMPOTENCY_TTL_MS).toISOString());
  const people = new SqlitePeople(db);
  const questions = new SqliteQuestions(db, people);
  const votes = new SqliteVotes(db);
  const ideas = new SqliteIdeas(db, people);
  const feedback = new SqliteFeedback(db, people);
  const events = new SqliteEvents(db);
  const idempotency = new SqliteIdempotency(db);
  let defaultUser: Id | null | undefined;
  return {
    people, questions, votes, ideas, feedback, events, idempotency,
    transaction<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
    isEmpty(): boolean {
      return db.prepare('SELECT 1 FROM people LIMIT 1').get() === undefined;
    },
    seed(seed: Seed): void {
      db.transaction(() => loadSeed({ db, people, questions, ideas, feedback, votes }, seed))();
      defaultUser = undefined;
    },
    defaultUserId(): Id | null {
      defaultUser ??= db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'currentUser'").get()?.value ?? null;
      return defaultUser;
    },
    close(): void {
      if (db.open) db.close();
    },
  };
}
