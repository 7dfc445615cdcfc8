/**
 * PostgreSQL: the dialect (`tsvector` search, `(txid, id)` event positions, advisory locks) and the
 * connection (a pg Pool behind Kysely, and a LISTEN client that wakes readers when any replica commits).
 */
import pg from 'pg';
import { Kysely, PostgresDialect, sql, type Kysely as KyselyDb } from 'kysely';
import type { SqlDialect } from './dialect.js';
import { statement } from './prepared.js';
import { postgresMigrations } from './migrations/postgres.js';
import type { DB } from './schema.js';

/** The channel `append` notifies (delivered at commit) and replicas listen on. */
const CHANNEL = 'confab_events';
/** Notified by a trigger at the commit of every change to the people table (migration 10). */
export const PEOPLE_CHANNEL = 'confab_people';
/** The first key of every advisory lock Confab takes ("Conf"). */
const LOCK_SPACE = 0x436f6e66;
const SCHEMA_LOCK = 1;
const POSITION = /^(\d{1,20})\.(\d{1,19})$/;
/** ts_rank weights for D, C, B, A: body (D) 0.1, tags (B) 0.3, title (A) 1, as bm25's 10 : 1 : 3. */
const WEIGHTS = '{0.1, 0.2, 0.3, 1.0}';

/** int8 (counts, sums, ids) as numbers and numeric (averages) as floats, for this pool only. */
export const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8) return Number;
    if (oid === pg.types.builtins.NUMERIC) return parseFloat;
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** A small stable hash of a lock's name, as an int4. */
function lockKey(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return h;
}

/** A tsquery for `words` as prefixes: all of them in title or body (weights A, D), or any of them anywhere. */
function tsquery(words: string[], mode: 'all' | 'any'): string {
  return words.map((w) => `'${w.replaceAll("'", "''")}':*${mode === 'all' ? 'AD' : ''}`).join(mode === 'all' ? ' & ' : ' | ');
}

function parse(position: string): [bigint, bigint] {
  const m = POSITION.exec(position);
  if (!m) throw new Error(`Not an event position: ${position}`);
  return [BigInt(m[1] as string), BigInt(m[2] as string)];
}

/**
 * The event row and the wake-up of the other replicas in one statement (one round trip, not two).
 * Identical notifications of one transaction are folded into one, delivered at commit.
 */
const appendEvent = statement((db, $) => db
  .with('added', (w) => w.insertInto('events').values({ type: $(0), scopes: $(1), at: $(2), actor_id: $(3), owner_id: $(4), data: $(5) }).returning('id'))
  .selectFrom('added').select(sql<string>`pg_notify(${CHANNEL}, '')`.as('woken')));

export const postgresDialect: SqlDialect = {
  name: 'postgres',
  migrations: postgresMigrations,
  exclusive: (db, fn) => db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${LOCK_SPACE}, ${SCHEMA_LOCK})`.execute(conn);
    try {
      return await fn(conn);
    } finally {
      await sql`SELECT pg_advisory_unlock(${LOCK_SPACE}, ${SCHEMA_LOCK})`.execute(conn);
    }
  }),
  lock: async (trx, name) => {
    await sql`SELECT pg_advisory_xact_lock(${LOCK_SPACE}, ${lockKey(name)})`.execute(trx);
  },
  analyze: async (db) => {
    await sql`ANALYZE`.execute(db);
  },

  async index(db, table, docs) {
    if (docs.length === 0) return;
    const rows = docs.map((d) => sql`(CAST(${d.seq} AS BIGINT), ${d.title}, ${d.body}, ${d.tags})`);
    await sql`UPDATE ${sql.table(table)} AS t
      SET search = setweight(to_tsvector('simple', d.title), 'A') || setweight(to_tsvector('simple', d.tags), 'B')
        || setweight(to_tsvector('simple', d.body), 'D')
      FROM (VALUES ${sql.join(rows)}) AS d (seq, title, body, tags) WHERE t.seq = d.seq`.execute(db);
  },

  // `index` sets the row's `search` column: it replaces what was there.
  reindex: (db, table, docs) => postgresDialect.index(db, table, docs),

  matches(table, words, mode) {
    const score = mode === 'all' ? sql`0` : sql`-ts_rank(${WEIGHTS}::float4[], t.search, query)`;
    return sql`(SELECT t.seq, ${score} AS score FROM ${sql.table(table)} AS t, to_tsquery('simple', ${tsquery(words, mode)}) AS query
      WHERE t.search @@ query)`;
  },

  async appendEvent(db, row) {
    await appendEvent.execute({ db, dialect: postgresDialect }, [row.type, row.scopes, row.at, row.actor_id ?? null, row.owner_id ?? null, row.data]);
    return null;
  },
  next: () => null,
  valuesOf: (rows) => sql<string[]>`(SELECT coalesce(json_agg(x.v), '[]'::json) FROM ${rows} AS x)`,
  position: sql<string>`(txid::text || '.' || id::text)`,
  readable: sql`txid < pg_snapshot_xmin(pg_current_snapshot())`,
  after(position) {
    const [txid, id] = parse(position);
    return sql`(txid, id) > (CAST(${txid.toString()} AS xid8), CAST(${id.toString()} AS BIGINT))`;
  },
  streamOrder: ['txid', 'id'],
  isPosition: (position) => POSITION.test(position),
  compare(a, b) {
    const [ta, ia] = parse(a);
    const [tb, ib] = parse(b);
    return ta !== tb ? (ta < tb ? -1 : 1) : ia === ib ? 0 : ia < ib ? -1 : 1;
  },
};

/** PostgreSQL connection settings from `openStore`. */
export interface PostgresOptions {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  /** Errors of idle pool clients and of the listener, which have no caller to throw to. */
  onError: (error: Error) => void;
}

/** A pool behind Kysely; `PG*` environment variables fill in what the URL leaves out (pg does this). */
export function connectPostgres(options: PostgresOptions): { db: KyselyDb<DB>; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: options.url, max: options.poolSize, statement_timeout: options.statementTimeoutMs, types: pgTypes,
  });
  pool.on('error', options.onError);
  preparedStatements(pool);
  return { db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), pool };
}

/** Most statement texts given a name (IN lists of many lengths make the set open-ended; the rest run unnamed). */
const MAX_NAMED = 500;
const TRANSACTION = /^\s*(begin|start transaction|commit|rollback|savepoint|release)\b/i;

/** Whether `error` is PostgreSQL's "cached plan must not change result type" (a table changed under a prepared statement). */
export function isPlanChanged(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '0A000' && /cached plan/i.test((error as Error).message);
}

/**
 * Runs each statement text with values as a named (prepared) statement on the pool's
 * connections, so that PostgreSQL plans a repeated query once per connection instead of on every
 * run. A migration by another replica may change a table under a prepared `SELECT *` ("cached plan
 * must not change result type"): every connection then prepares its statements again under new
 * names; a statement outside a transaction is run again at once, and the store runs a transaction
 * that failed so once more (`openStore`).
 */
function preparedStatements(pool: pg.Pool): void {
  const numbers = new Map<string, number>();
  let generation = 0;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (config: unknown, values?: unknown) => Promise<pg.QueryResult>;
    let inTransaction = false;
    const named = (text: string, values: unknown[]) => query({ name: `confab_${generation}_${numbers.get(text)}`, text, values });
    (client as { query: unknown }).query = async (text: unknown, values?: unknown) => {
      if (typeof text !== 'string' || !Array.isArray(values)) return query(text, values);
      const control = TRANSACTION.exec(text)?.[1]?.toLowerCase();
      if (control !== undefined) {
        if (control === 'begin' || control === 'start transaction') inTransaction = true;
        else if ((control === 'commit' || control === 'rollback') && !/\bto\b/i.test(text)) inTransaction = false;
        return query(text, values);
      }
      // Without values pg uses the simple protocol, which allows several statements in one text (migrations).
      if (values.length === 0) return query(text, values);
      if (!numbers.has(text)) {
        if (numbers.size >= MAX_NAMED) return query(text, values);
        numbers.set(text, numbers.size);
      }
      const at = generation;
      try {
        return await named(text, values);
      } catch (error) {
        if (!isPlanChanged(error)) throw error;
        if (generation === at) generation++;
        if (inTransaction) throw error;
        return named(text, values);
      }
    };
  });
}

/**
 * The data version of a PostgreSQL database, for the read cache: the text of the current snapshot
 * (`xmin:xmax:xip,…`) with the people part (`people`, see `memo.ts`; null while it cannot tell).
 * A snapshot changes whenever a transaction that wrote ends, on any replica or client of the
 * cluster, and two equal snapshots see the same committed data: an answer computed under a
 * version is current while the version comes back. The people part covers the names this
 * replica keeps (`RefCache`), which follow their notification. The requests of one turn of the
 * event loop share one read, sent once they have all arrived (so it sees every commit before
 * them). Null, and nothing kept, when the read fails or the server lacks `pg_current_snapshot()`.
 */
export function snapshotVersion(db: KyselyDb<DB>, people: () => string | null, onError: (error: Error) => void): () => Promise<string | null> {
  let next: Promise<string | null> | undefined;
  let supported = true;
  const read = async (): Promise<string | null> => {
    next = undefined;
    const part = people();
    if (part === null) return null;
    try {
      const { rows } = await sql<{ v: string }>`SELECT pg_current_snapshot()::text AS v`.execute(db);
      return `${rows[0]!.v}/${part}`;
    } catch (error) {
      if ((error as { code?: string }).code === '42883') { // undefined_function: before PostgreSQL 13
        supported = false;
        onError(new Error(`PostgreSQL has no pg_current_snapshot() (it needs version 13 or newer): list reads are not kept. ${(error as Error).message}`));
      }
      return null; // the request's own reads meet the same trouble, if it lasts
    }
  };
  return () => (supported ? (next ??= new Promise((resolve) => setImmediate(() => resolve(read())))) : Promise.resolve(null));
}

/**
 * One LISTEN connection (to `channel`) shared by every `wake` callback: reconnects after an error
 * (waking everyone, since notifications may have been missed meanwhile) until `close`.
 */
export class Listener {
  private readonly wakes = new Set<() => void>();
  private client: pg.Client | null = null;
  /** Connections made so far: a notification may have been missed between two of them. */
  connections = 0;
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private delayMs = 500;
  private closed = false;

  constructor(private readonly options: PostgresOptions, private readonly channel = CHANNEL) {}

  /** Whether notifications arrive now. */
  get listening(): boolean {
    return this.client !== null;
  }

  async add(wake: () => void): Promise<() => Promise<void>> {
    this.wakes.add(wake);
    try {
      if (!this.client) await (this.connecting ??= this.connect());
    } catch (error) {
      this.wakes.delete(wake);
      throw error;
    }
    return async () => {
      this.wakes.delete(wake);
      if (this.wakes.size === 0) await this.stop();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
  }

  private async stop(): Promise<void> {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    await this.connecting?.catch(this.options.onError);
    const client = this.client;
    this.client = null;
    await client?.end().catch(this.options.onError);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.url, types: pgTypes });
    client.on('notification', () => this.wakeAll());
    client.on('error', (error) => this.lost(client, error));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      this.client = client;
      this.connections++;
      this.delayMs = 500;
    } catch (error) {
      client.end().catch(this.options.onError);
      throw error;
    } finally {
      this.connecting = null;
    }
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client) return;
    this.client = null;
    this.options.onError(error);
    client.end().catch(this.options.onError);
    this.schedule();
  }

  private schedule(): void {
    if (this.closed || this.wakes.size === 0 || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connecting = this.connect();
      this.connecting.then(() => this.wakeAll(), (error: Error) => {
        this.options.onError(error);
        this.delayMs = Math.min(this.delayMs * 2, 30_000);
        this.schedule();
      });
    }, this.delayMs);
    this.retry.unref();
  }

  private wakeAll(): void {
    for (const wake of [...this.wakes]) wake();
  }
}
