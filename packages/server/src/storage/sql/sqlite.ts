/**
 * SQLite: the dialect (FTS5 search, AUTOINCREMENT event positions) and the connection
 * (better-sqlite3 in WAL mode, behind Kysely with a statement cache).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { SqlDialect } from './dialect.js';
import { sqliteMigrations } from './migrations/sqlite.js';
import type { DB } from './schema.js';

/** Statements kept prepared; queries with `IN (…)` lists of many lengths make the set open-ended. */
const STATEMENT_CACHE = 500;

/** An FTS5 string for one word, matched as a prefix; quoting keeps user text from being FTS syntax. */
const prefix = (word: string) => `"${word.replaceAll('"', '""')}"*`;

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  migrations: sqliteMigrations,
  // One process owns a SQLite file; each migration is a transaction of its own.
  exclusive: (db, fn) => fn(db),
  lock: async () => {},

  async index(db, table, docs) {
    if (docs.length === 0) return;
    const rows = docs.map((d) => sql`(${d.seq}, ${d.title}, ${d.body}, ${d.tags})`);
    await sql`INSERT INTO ${sql.table(`${table}_fts`)} (rowid, title, body, tags) VALUES ${sql.join(rows)}`.execute(db);
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
    await db.insertInto('events').values(row).execute();
  },
  position: sql<string>`CAST(id AS TEXT)`,
  // One connection, used by one transaction at a time: whatever is committed is in order.
  readable: null,
  after: (position) => sql`id > ${Number(position)}`,
  streamOrder: ['id'],
  isPosition: (position) => /^\d{1,15}$/.test(position),
  compare: (a, b) => Number(a) - Number(b),
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
 */
function cachingDatabase(db: Database.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(query: string): SqliteStatement {
      const text = query === 'begin' ? 'begin immediate' : query;
      let stmt = cache.get(text);
      if (stmt) {
        cache.delete(text);
      } else {
        stmt = db.prepare(text) as unknown as SqliteStatement;
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(text, stmt);
      return stmt;
    },
  };
}

/**
 * Opens a SQLite file (its folder is created) or `:memory:`: WAL, synchronous=FULL and a 5 s busy
 * timeout. Kysely's driver runs one query or transaction at a time on the one connection.
 */
export function connectSqlite(path: string): Kysely<DB> {
  if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingDatabase(db) }) });
}
