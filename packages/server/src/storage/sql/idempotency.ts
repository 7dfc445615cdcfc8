/**
 * Idempotency records. `claim` inserts the key in the caller's transaction or, when it exists,
 * returns the first write's record. On PostgreSQL a concurrent claim of the same key waits on the
 * primary key until the first transaction ends, then sees its committed record: one effect per key.
 */
import type { Id } from '@confab/core';
import type { IdempotencyRecord, IdempotencyRepository } from '@confab/core/domain';
import type { SqlContext } from './context.js';
import { now } from './util.js';

/** Idempotency records in SQL. */
export class SqlIdempotency implements IdempotencyRepository {
  constructor(private readonly ctx: SqlContext) {}

  async claim(userId: Id, key: string, fingerprint: string): Promise<IdempotencyRecord | null> {
    const inserted = await this.ctx.db.insertInto('idempotency')
      .values({ user_id: userId, key, fingerprint, result: null, created_at: now() })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .returning('key').executeTakeFirst();
    if (inserted) return null;
    const row = await this.ctx.db.selectFrom('idempotency').select(['fingerprint', 'result'])
      .where('user_id', '=', userId).where('key', '=', key).executeTakeFirstOrThrow();
    return { fingerprint: row.fingerprint, result: row.result ?? 'null' };
  }

  async complete(userId: Id, key: string, result: string): Promise<void> {
    await this.ctx.db.updateTable('idempotency').set({ result }).where('user_id', '=', userId).where('key', '=', key).execute();
  }
}
