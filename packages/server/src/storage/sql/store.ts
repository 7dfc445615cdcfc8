/**
 * `openStore`: the server's database on SQLite or PostgreSQL, migrated at start-up, as a
 * `ServerStore` whose repositories are written once over Kysely (`./dialect.ts` holds the differences).
 */
import { isPostgresUrl, redactUrl } from '../../config.js';
import type { Id, Seed } from '@confab/core';
import type { Repositories } from '@confab/core/domain';
import type { Kysely, Transaction } from 'kysely';
import type { ServerStore } from '../store.js';
import type { SqlContext } from './context.js';
import type { SqlDialect } from './dialect.js';
import { SqlEventLog, SqlEvents } from './events.js';
import { SqlDirectory } from './directory.js';
import { SqlFeedback } from './feedback.js';
import { memoiseUsers } from './memo.js';
import { SqlIdempotency } from './idempotency.js';
import { SqlIdeas } from './ideas.js';
import { SqlMail } from './mail.js';
import { migrate } from './migrate.js';
import { groupCommit } from './group-commit.js';
import { RefCache, SqlPeople } from './people.js';
import { Listener, PEOPLE_CHANNEL, connectPostgres, isPlanChanged, postgresDialect, snapshotVersion } from './postgres.js';
import { SqlQuestions } from './questions.js';
import { SqlNotifications } from './notifications.js';
import { SqlSkills } from './skills.js';
import type { DB, Executor } from './schema.js';
import { loadSeed } from './seed.js';
import { connectSqlite, sqliteDialect, sqlitePath } from './sqlite.js';
import { SqlVotes } from './votes.js';
import { SqlWebhooks } from './webhooks.js';
import { SqlEscalation } from './escalation.js';
import { SqlModeration } from './moderation.js';
import type { ModerationPolicy } from '@confab/core';

export interface OpenStoreOptions {
  /** A SQLite path, `:memory:` or `file:` URL, or a `postgres://` / `postgresql://` URL (`PG*` variables fill in the rest). */
  url: string;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
  /** PostgreSQL: `statement_timeout` of every connection, in ms (default 15000). */
  statementTimeoutMs?: number;
  /** PostgreSQL: errors with no caller to throw to (an idle connection lost, the listener reconnecting); default `console.error`. */
  onError?: (error: Error) => void;
  /** Issue 13: the moderation settings (`CONFAB_AUTO_HIDE_SCORE` …); what is left out takes `DEFAULT_MODERATION_POLICY`. */
  policy?: Partial<ModerationPolicy>;
}

/** Every repository over one executor. */
function repositories(ctx: SqlContext): Repositories & { events: SqlEvents } {
  return {
    people: new SqlPeople(ctx.db, ctx.refs),
    skills: new SqlSkills(ctx.db),
    questions: new SqlQuestions(ctx),
    votes: new SqlVotes(ctx),
    ideas: new SqlIdeas(ctx),
    feedback: new SqlFeedback(ctx),
    events: new SqlEvents(ctx),
    idempotency: new SqlIdempotency(ctx),
    notifications: new SqlNotifications(ctx),
    webhooks: new SqlWebhooks(ctx),
    escalation: new SqlEscalation(ctx),
    moderation: new SqlModeration(ctx),
  };
}

/**
 * Opens (and migrates) the database at `options.url`. A database migrated by a newer Confab is refused.
 *
 * @example
 * ```ts
 * const store = await openStore({ url: process.env.DATABASE_URL ?? '.confab/confab.db' });
 * if (await store.isEmpty()) await store.seed(seed);
 * ```
 */
export async function openStore(options: OpenStoreOptions): Promise<ServerStore> {
  const onError = options.onError ?? ((error: Error) => console.error(`confab storage: ${error.message}`));
  let db: Kysely<DB>;
  let dialect: SqlDialect;
  let listener: Listener | null = null;
  let where: string;
  // SQLite: the data version (read cache, kept users and names) and the fsync that makes a commit
  // durable (see ./sqlite.ts). PostgreSQL's version is asked of the database (`askVersion`).
  let version: () => string | null = () => null;
  let askVersion = async (): Promise<string | null> => version();
  // The part of the data the acting user depends on (see ./memo.ts): SQLite counts writes to people,
  // PostgreSQL listens for a trigger's notifications; null: cannot tell now.
  let peopleVersion: (taken: string | null) => string | null = () => null;
  let peopleWatch: Listener | null = null;
  let durable = async () => {};
  let closeWal = async () => {};
  if (isPostgresUrl(options.url)) {
    const pg = { url: options.url, poolSize: options.poolSize ?? 10, statementTimeoutMs: options.statementTimeoutMs ?? 15_000, onError };
    db = connectPostgres(pg).db;
    dialect = postgresDialect;
    listener = new Listener(pg);
    peopleWatch = new Listener(pg, PEOPLE_CHANNEL);
    where = redactUrl(options.url);
  } else {
    const path = sqlitePath(options.url);
    const sqlite = connectSqlite(path);
    db = sqlite.db;
    version = sqlite.version;
    peopleVersion = (taken) => (taken === null ? null : sqlite.peopleVersion(taken));
    durable = sqlite.durable;
    closeWal = sqlite.closeWal;
    dialect = sqliteDialect;
    where = path;
  }
  try {
    await migrate(db, dialect, where);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  if (peopleWatch) {
    const watch = peopleWatch;
    let changes = 0;
    // Without it every request reads its user (slower, never stale), and names are trusted for
    // the RefCache's time-to-live.
    await watch.add(() => { changes++; }).catch(onError);
    peopleVersion = () => (watch.listening ? `${watch.connections}.${changes}` : null);
    askVersion = snapshotVersion(db, () => peopleVersion(null), onError);
  }
  const refs = new RefCache(() => peopleVersion(version()));
  const context = (executor: Executor): SqlContext => ({ db: executor, dialect, refs });
  const pgListener = listener;
  const events = new SqlEventLog(db, dialect, pgListener ? (wake) => pgListener.add(wake) : async () => async () => {});
  let defaultUser: Id | null | undefined;
  const rootRepos = repositories(context(db));
  const userAt = memoiseUsers(rootRepos.people, version, peopleVersion);
  /**
   * A write: one transaction, answered once its COMMIT is on disk. SQLite groups the writes that
   * arrive together into one transaction (`./group-commit.ts`). On PostgreSQL a transaction that
   * met a table changed under a prepared statement (another replica migrated it) rolled back whole
   * and runs once more, on statements prepared anew (see `connectPostgres`).
   */
  const transaction = dialect.name === 'sqlite' ? groupCommit(db, durable) : async <T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> => {
    try {
      return await db.transaction().execute(fn);
    } catch (error) {
      if (!isPlanChanged(error)) throw error;
      return await db.transaction().execute(fn);
    }
  };

  return {
    dialect: dialect.name,
    ...(options.policy ? { policy: options.policy } : {}),
    repos: rootRepos,
    events,
    read: (fn) => fn(rootRepos),
    async transaction(fn) {
      let appended: SqlEvents | undefined;
      const result = await transaction((trx) => {
        const repos = repositories(context(trx));
        appended = repos.events;
        return fn(repos);
      });
      // After the commit is durable: the live feed may now send what it stored.
      events.committed(appended!.stored);
      return result;
    },
    readVersion: version,
    askVersion: () => askVersion(),
    userAt,
    peopleVersion,
    mail: new SqlMail(db, dialect, transaction),
    async isEmpty() {
      return (await db.selectFrom('people').select('id').limit(1).executeTakeFirst()) === undefined;
    },
    async seed(seed: Seed) {
      try {
        await transaction((trx) => loadSeed(context(trx), seed));
        await dialect.analyze(db);
      } finally {
        refs.clear();
        defaultUser = undefined;
      }
    },
    async defaultUserId() {
      defaultUser ??= (await db.selectFrom('meta').select('value').where('key', '=', 'currentUser').executeTakeFirst())?.value ?? null;
      return defaultUser;
    },
    async directory(fn) {
      try {
        return await transaction((trx) => fn(new SqlDirectory(trx)));
      } finally {
        refs.clear();
      }
    },
    async pruneIdempotency(before: string) {
      return Number((await db.deleteFrom('idempotency').where('created_at', '<', before).executeTakeFirst()).numDeletedRows);
    },
    async close() {
      await listener?.close();
      await peopleWatch?.close();
      await db.destroy();
      await closeWal();
    },
  };
}

