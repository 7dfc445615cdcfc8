/**
 * Brings a database's schema up to date: each migration of the dialect runs once, in order, in its
 * own transaction, and is recorded in `migrations`. A database migrated by a newer Confab is refused.
 */
import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './dialect.js';
import type { DB } from './schema.js';

/** Applies every pending migration; returns how many ran. `where` names the database in errors. */
export async function migrate(root: Kysely<DB>, dialect: SqlDialect, where: string): Promise<number> {
  return dialect.exclusive(root, async (db) => {
    await sql`CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(db);
    const applied = new Set((await db.selectFrom('migrations').select('version').execute()).map((r) => Number(r.version)));
    const known = Math.max(0, ...dialect.migrations.map((m) => m.version));
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      throw new Error(`The database ${where} was migrated by a newer Confab (schema version ${newest}; this server knows up to ${known}). `
        + 'Upgrade this server, or point it at another database.');
    }
    let count = 0;
    for (const m of dialect.migrations) {
      if (applied.has(m.version)) continue;
      const ran = await db.transaction().execute(async (trx) => {
        // Another process may have applied it meanwhile (SQLite has no schema lock across processes).
        if (await trx.selectFrom('migrations').select('version').where('version', '=', m.version).executeTakeFirst()) return false;
        for (const statement of m.statements) await sql.raw(statement).execute(trx);
        await trx.insertInto('migrations').values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }).execute();
        return true;
      });
      if (ran) count++;
    }
    return count;
  });
}
