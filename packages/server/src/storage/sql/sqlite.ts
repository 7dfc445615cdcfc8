/**
 * SQLite: the dialect (FTS5 search, AUTOINCREMENT event positions) and the connection
 * (better-sqlite3 in WAL mode, behind Kysely with a statement cache).
 */
import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { SqlDialect } from './dialect.js';
import { statement } from './prepared.js';
import { sqliteMigrations } from './migrations/sqlite.js';
import type { DB } from './schema.js';

/** Statements kept prepared; queries with `IN (…)` lists of many lengths make the set open-ended. */
const STATEMENT_CACHE = 500;

/** An FTS5 string for one word, matched as a prefix; quoting keeps user text from being FTS syntax. */
const prefix = (word: string) => `"${word.replaceAll('"', '""')}"*`;

// Every write appends its events: compiled once (`prepared.ts`).
const appendEvent = statement((db, $) => db.insertInto('events').values({ type: $(0), scopes: $(1), at: $(2), actor_id: $(3), owner_id: $(4), data: $(5) }));

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  migrations: sqliteMigrations,
  // One process owns a SQLite file; each migration is a transaction of its own.
  exclusive: (db, fn) => fn(db),
  lock: async () => {},
  analyze: async () => {},

  async index(db, table, docs) {
    if (docs.length === 0) return;
    const rows = docs.map((d) => sql`(${d.seq}, ${d.title}, ${d.body}, ${d.tags})`);
    await sql`INSERT INTO ${sql.table(`${table}_fts`)} (rowid, title, body, tags) VALUES ${sql.join(rows)}`.execute(db);
  },

  async reindex(db, table, docs) {
    if (docs.length === 0) return;
    await sql`DELETE FROM ${sql.table(`${table}_fts`)} WHERE rowid IN (${sql.join(docs.map((d) => d.seq))})`.execute(db);
    await sqliteDialect.index(db, table, docs);
  },

  matches(table, words, mode) {
    const fts = sql.table(`${table}_fts`);
    if (mode === 'all') {
      const match = `{title body} : (${words.map(prefix).join(' AND ')})`;
      return sql`(SELECT rowid AS seq, 0 AS score FROM ${fts} WHERE ${fts} MATCH ${match})`;
    }
    return sql`(SELECT rowid AS seq, bm25(${fts}, 10.0, 1.0, 3.0) AS score FROM ${fts} WHERE ${fts} MATCH ${words.map(prefix).join(' OR ')})`;
  },

  async appendEvent(db, row) {
    const { insertId } = await appendEvent.execute({ db, dialect: sqliteDialect }, [row.type, row.scopes, row.at, row.actor_id ?? null, row.owner_id ?? null, row.data]);
    return insertId === undefined ? null : String(insertId);
  },
  valuesOf: (rows) => sql<string>`(SELECT coalesce(json_group_array(x.v), '[]') FROM ${rows} AS x)`,
  position: sql<string>`CAST(id AS TEXT)`,
  // One connection, used by one transaction at a time: whatever is committed is in order.
  readable: null,
  after: (position) => sql`id > ${Number(position)}`,
  streamOrder: ['id'],
  isPosition: (position) => /^\d{1,15}$/.test(position),
  compare: (a, b) => Number(a) - Number(b),
  next: (position) => String(Number(position) + 1),
};

/** A SQLite location from `openStore`'s url: a path, `:memory:`, or a `file:` URL. */
export function sqlitePath(url: string): string {
  if (url === ':memory:' || url === 'file::memory:') return ':memory:';
  if (url.startsWith('file://')) return fileURLToPath(url.split('?')[0] ?? url);
  if (url.startsWith('file:')) return url.slice('file:'.length).split('?')[0] ?? '';
  return url;
}

/**
 * better-sqlite3 as Kysely's driver wants it, keeping prepared statements (Kysely prepares for
 * every query). Transactions begin IMMEDIATE: they all write, and a deferred one that turns into a
 * writer after another process wrote fails at once with SQLITE_BUSY instead of waiting its turn.
 * Every statement that writes counts one in `writes` when it runs, and one in `writes.people` too
 * when it writes the people table (see `SqliteConnection.version`).
 */
function cachingDatabase(db: Database.Database, writes: Writes): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(query: string): SqliteStatement {
      const text = query === 'begin' ? 'begin immediate' : query;
      let stmt = cache.get(text);
      if (stmt) {
        cache.delete(text);
      } else {
        stmt = counted(db.prepare(text), writes, WRITES_PEOPLE.test(text));
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(text, stmt);
      return stmt;
    },
  };
}

/** Statements run on this connection that may have changed data: all of them, and those on the people table. */
interface Writes {
  count: number;
  people: number;
}

/** A statement that writes the people table (as Kysely writes them; no trigger writes it). */
const WRITES_PEOPLE = /^\s*(?:insert\s+(?:or\s+\w+\s+)?into|replace\s+into|update|delete\s+from)\s+"?people"?[\s(]/i;

/** The statement as Kysely's driver uses it; one that writes (INSERT … RETURNING too) counts its runs. */
function counted(stmt: Database.Statement, writes: Writes, people: boolean): SqliteStatement {
  if (stmt.readonly) return stmt as unknown as SqliteStatement;
  const count = () => {
    writes.count++;
    if (people) writes.people++;
  };
  return {
    reader: stmt.reader,
    all(parameters) {
      count();
      return stmt.all(parameters) as unknown[];
    },
    iterate(parameters) {
      count();
      return stmt.iterate(parameters);
    },
    run(parameters) {
      count();
      return stmt.run(parameters);
    },
  };
}

/**
 * `PRAGMA data_version` (it changes when another connection commits), read at most once per turn
 * of the event loop: each read begins and ends a read transaction (fcntl locks on the WAL index),
 * the dearest part of answering a cached list. Once per turn still notices every commit elsewhere
 * before any request sent after it: that request's bytes arrive after the commit, and the requests
 * of one turn are those whose sockets were ready when the turn's poll returned, before the first
 * of them read the version. (libuv polls again within a turn only when over 1,024 sockets are
 * ready at once; a request of that second poll may be answered as of the first, one turn behind.)
 */
function turnCached(read: Database.Statement): () => number {
  let value: number | null = null;
  return () => {
    if (value === null) {
      value = read.get() as number;
      setImmediate(() => { value = null; });
    }
    return value;
  };
}

/** An open SQLite database behind Kysely. */
export interface SqliteConnection {
  db: Kysely<DB>;
  /**
   * A token that changes whenever the data may have changed: after any statement that writes on
   * this connection (counted when it runs, before its COMMIT) and after any commit by another
   * connection or process (`PRAGMA data_version`, read once per event-loop turn: `turnCached`).
   * A result computed while the token was T is current for as long as the token is still T.
   */
  version(): string;
  /**
   * The part of a `version()` token that the people table's rows depend on: it changes after a
   * statement of this connection that writes people and after any commit by another connection,
   * so that a user read under it is kept while votes and posts are written.
   */
  peopleVersion(version: string): string;
  /** Resolves once every transaction committed before the call is on disk (see `connectSqlite`). */
  durable(): Promise<void>;
  /** Closes the WAL handle of `durable` (after the database). */
  closeWal(): Promise<void>;
}

/**
 * `durable()` for a WAL file: each call waits for an fsync (fdatasync) of the WAL begun after
 * the call, in libuv's thread pool, so the event loop keeps serving meanwhile; calls made while
 * one runs share the next one (group commit: one fsync for every commit that waited on it).
 */
function walSync(file: string): { durable: () => Promise<void>; close: () => Promise<void> } {
  let inflight: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  // The WAL keeps its file (and inode) while this connection is open: one handle serves every fsync.
  let handle: Promise<FileHandle | null> | null = null;
  const opened = () => (handle ??= open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    handle = null;
    if (error.code === 'ENOENT') return null; // no WAL yet: nothing committed to sync
    throw error;
  }));
  const once = async () => {
    const h = await opened();
    if (!h) return;
    try {
      await h.datasync();
    } catch {
      // The file was replaced or closed under us: sync the WAL as it is now.
      handle = null;
      await h.close().catch(() => {});
      await (await opened())?.datasync();
    }
  };
  const durable = (): Promise<void> => {
    if (!inflight) {
      inflight = once().finally(() => { inflight = null; });
      return inflight;
    }
    // The fsync in flight may have begun before this commit: wait for the one after it.
    next ??= inflight.catch(() => {}).then(() => {
      next = null;
      return durable();
    });
    return next;
  };
  const close = async () => {
    await inflight?.catch(() => {});
    const h = await handle?.catch(() => null);
    handle = null;
    await h?.close();
  };
  return { durable, close };
}

/**
 * Opens a SQLite file (its folder is created) or `:memory:`: WAL and a 5 s busy timeout. Kysely's
 * driver runs one query or transaction at a time on the one connection.
 *
 * Durability is that of `synchronous=FULL` (the WAL is fsynced after every COMMIT, before the
 * write is answered), without blocking the event loop on the disk: with `synchronous=NORMAL`
 * SQLite writes the WAL frames of a COMMIT at once and fsyncs only at checkpoints, and the store
 * awaits `durable()` (an fsync of the WAL) after every COMMIT before it answers. A write that was
 * answered is on disk, as with FULL; concurrent writes share an fsync. Without WAL (a file system
 * that refuses it) the connection stays at FULL and `durable()` has nothing left to do.
 */
export function connectSqlite(path: string): SqliteConnection {
  if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 5000 });
  const wal = db.pragma('journal_mode = WAL', { simple: true }) === 'wal';
  db.pragma(wal ? 'synchronous = NORMAL' : 'synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const writes: Writes = { count: 0, people: 0 };
  const othersCommitted = turnCached(db.prepare('PRAGMA data_version').pluck());
  const sync = wal && !db.memory ? walSync(`${db.name}-wal`) : { durable: async () => {}, close: async () => {} };
  return {
    db: new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingDatabase(db, writes) }) }),
    version: () => (db.open ? `${othersCommitted()}.${writes.count}.${writes.people}` : 'closed'),
    peopleVersion: (version) => version.replace(/\.\d+\./, '.'),
    durable: sync.durable,
    closeWal: sync.close,
  };
}
