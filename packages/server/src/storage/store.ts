/**
 * The server's database: the domain's `Storage` (repositories and transactions, from
 * `@confab/core/domain`) plus what only the server needs: reading the events table as a
 * stream, retention, seeding and shutdown. One implementation on Kysely, with dialect code
 * only where SQLite and PostgreSQL really differ (`./sql/`).
 */
import type { Id, Seed, User } from '@confab/core';
import type { Repositories, Storage, StoredEvent } from '@confab/core/domain';
import type { SqlDirectory } from './sql/directory.js';
import type { SqlMail } from './sql/mail.js';

/** A position in the event stream: opaque, as sent in SSE `id:` and `Last-Event-ID`. */
export type EventPosition = string;

/** Reads the events table in stream order. */
export interface EventLog {
  /**
   * Events after `position` in stream order, oldest first, at most `limit`. Only events whose
   * position can no longer be overtaken by a transaction still in flight are returned (on
   * PostgreSQL, those of transactions older than `pg_snapshot_xmin`), so a reader that keeps its
   * last position never skips a row that commits late. `null` reads from the beginning.
   */
  after(position: EventPosition | null, limit: number): Promise<StoredEvent[]>;
  /** Events stored at or after `at` (ISO), in stream order, at most `limit` (same visibility rule as `after`). */
  since(at: string, limit: number): Promise<StoredEvent[]>;
  /** The position of the newest readable event, or null when there is none. */
  latest(): Promise<EventPosition | null>;
  /** Whether `position` has a valid form for this database. */
  isPosition(position: string): boolean;
  /** Negative, zero or positive as `a` comes before, is, or comes after `b` in stream order. */
  compare(a: EventPosition, b: EventPosition): number;
  /**
   * Whether events after `position` may have been pruned: true when `position` is older than the
   * oldest event kept and some event was ever pruned. A reader resuming there must reload (`reset`).
   */
  isPruned(position: EventPosition): Promise<boolean>;
  /** Deletes events stored before `before` (ISO); returns how many. */
  prune(before: string): Promise<number>;
  /**
   * Calls `wake` when another process (replica) may have stored events: PostgreSQL LISTEN/NOTIFY.
   * Returns the function that stops listening. SQLite has one process and never calls it.
   */
  onRemoteEvents(wake: () => void): Promise<() => Promise<void>>;
  /**
   * Calls `listener` after each transaction of this process that stored events has committed
   * (durably): with those events, when their positions are known and follow one another, so a
   * reader can take them without reading them back (SQLite); with null when they must be read
   * (PostgreSQL). Returns the function that stops listening.
   */
  onLocalEvents(listener: (events: StoredEvent[] | null) => void): () => void;
  /** The position right after `position` when positions leave no gaps (SQLite), else null. */
  next(position: EventPosition): EventPosition | null;
}

/** Everything the server keeps in its database. */
export interface ServerStore extends Storage {
  /** `sqlite` or `postgres`. */
  readonly dialect: 'sqlite' | 'postgres';
  readonly events: EventLog;
  /** Repositories outside any transaction, for reads such as authentication. */
  readonly repos: Repositories;
  /** True when the database holds no people yet. */
  isEmpty(): Promise<boolean>;
  /** Loads a portable seed into an empty database, in one transaction. */
  seed(seed: Seed): Promise<void>;
  /** The seed's `currentUser`, kept for dev auth. */
  defaultUserId(): Promise<Id | null>;
  /**
   * A token that changes whenever stored data may have changed (any write by this process, any
   * commit by another), or null when this store cannot tell cheaply (PostgreSQL: other replicas
   * commit unseen). A read computed under token T is still current while `readVersion()` is T.
   */
  readVersion(): string | null;
  /**
   * A token as `readVersion()` gives, asked of the database where that says null (PostgreSQL: its
   * snapshot, see `snapshotVersion`); a round trip there, so taken only for reads the read cache may answer.
   */
  askVersion(): Promise<string | null>;
  /** The acting user's read (`repos.people.user`) under a `readVersion()` the caller took, kept while it is current. */
  userAt(id: Id, version: string | null): Promise<User | null>;
  /**
   * The part of a `readVersion()` token that people's rows depend on (see `storage/sql/memo.ts`):
   * a read of people under P is current while this is still P; null when the store cannot tell.
   */
  peopleVersion(taken: string | null): string | null;
  /** Deletes idempotency records older than `before` (ISO). */
  pruneIdempotency(before: string): Promise<number>;
  /** The mail outbox and what mail needs of each person (issue 15, `../mail/`). */
  readonly mail: SqlMail;
  /** Runs the directory import's writes (`import-people`) in one transaction. */
  directory<T>(fn: (directory: SqlDirectory) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
