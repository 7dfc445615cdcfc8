/**
 * What differs between SQLite and PostgreSQL, and nothing else: full-text search (FTS5 tables vs a
 * `tsvector` column), the event stream's positions and visibility, locks across processes, and
 * the migrations. Every repository is written once over Kysely and asks its dialect for these.
 */
import type { Expression, Insertable, Kysely, RawBuilder, SqlBool, Transaction } from 'kysely';
import type { DB, EventsTable, Executor } from './schema.js';

/** Tables with a full-text index. */
export type SearchTable = 'questions' | 'ideas';

/** One row's text for the full-text index, already `searchText`-normalised. */
export interface TextDoc {
  seq: number;
  title: string;
  body: string;
  tags: string;
}

/** One schema step. Never edit a released one; add the next. */
export interface Migration {
  version: number;
  name: string;
  /** Statements run in order, in one transaction. */
  statements: readonly string[];
}

export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Every migration, oldest first. */
  readonly migrations: readonly Migration[];
  /** Runs `fn` holding the schema lock, so that two processes starting at once migrate one after the other. */
  exclusive<T>(db: Kysely<DB>, fn: (db: Kysely<DB>) => Promise<T>): Promise<T>;
  /** Serialises a maintenance step (`name`) across processes until `trx` ends. */
  lock(trx: Transaction<DB>, name: string): Promise<void>;
  /**
   * After the seed, a bulk load: PostgreSQL gathers the planner's statistics now (`ANALYZE`), not
   * at autovacuum's next round, up to a minute later. Until then it plans for empty tables: a list
   * read sorted all of a page's questions (1,500 row versions read for 20 of 500) instead of
   * reading the newest from `questions_context`. SQLite plans without statistics: nothing to do.
   */
  analyze(db: Executor): Promise<void>;

  /** Adds rows to the full-text index of `table`. */
  index(db: Executor, table: SearchTable, docs: TextDoc[]): Promise<void>;
  /** Replaces the indexed text of rows already indexed (an edit, issue 13). */
  reindex(db: Executor, table: SearchTable, docs: TextDoc[]): Promise<void>;
  /**
   * A subquery `(seq, score)` of the rows of `table` matching `words` (letters and digits only) as
   * word prefixes: `all` words in title or body, or `any` word in title, body or tags. A lower
   * score is a better match (title counts most, then tags, then body).
   */
  matches(table: SearchTable, words: string[], mode: 'all' | 'any'): RawBuilder<{ seq: number; score: number }>;

  /**
   * The one column (`v`) of `rows` as a JSON array, in their order: an item's tags or routes in
   * its own row, so reading items takes one statement instead of one per child table. JSON text
   * on SQLite, parsed on PostgreSQL: read it with `jsonList`.
   */
  valuesOf(rows: Expression<{ v: string }>): RawBuilder<string | string[]>;

  /**
   * Appends an event row in the caller's transaction. Resolves with the position it has once
   * committed when that is known now and no other writer can take a position before it (SQLite:
   * one writer, AUTOINCREMENT), else null (PostgreSQL: readable only past `pg_snapshot_xmin`).
   */
  appendEvent(db: Executor, row: Insertable<EventsTable>): Promise<string | null>;
  /** The position right after `position` when positions leave no gaps (SQLite), else null. */
  next(position: string): string | null;
  /** An events row's stream position, as text. */
  readonly position: RawBuilder<string>;
  /** Which events a reader may see now, or null for all: none that a transaction in flight could still precede. */
  readonly readable: RawBuilder<SqlBool> | null;
  /** Events after `position` (a valid one) in stream order. */
  after(position: string): RawBuilder<SqlBool>;
  /** The columns giving stream order, most significant first. */
  readonly streamOrder: readonly ('txid' | 'id')[];
  isPosition(position: string): boolean;
  compare(a: string, b: string): number;
}
