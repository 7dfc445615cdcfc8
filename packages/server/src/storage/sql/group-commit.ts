/**
 * SQLite group commit. On its one connection the writes run one after another anyway; under
 * load, those that arrive while a write's transaction is open (waiting for the connection, or in
 * the same turn of the event loop) join that transaction, each in a savepoint of its own, so that
 * a write that fails rolls back only what it did. The transaction commits one `setImmediate` turn
 * after it began: one COMMIT appends the pages they all touched to the WAL once, one fsync makes
 * them durable, and every caller is answered only then, as if it had had a transaction alone.
 * Writes run, and see each other's changes, in the order they arrived: as sequential transactions.
 */
import { CompiledQuery, type ControlledTransaction, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.js';

const SAVEPOINT = CompiledQuery.raw('SAVEPOINT write');
const RELEASE = CompiledQuery.raw('RELEASE write');
const ROLLBACK_TO = CompiledQuery.raw('ROLLBACK TO write');

/** Most writes in one transaction (a bound on how long reads wait for the connection). */
const MAX_BATCH = 64;

interface Write {
  fn: (trx: Transaction<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** `transaction(fn)` over `db`, grouped as the module says; `durable` resolves once what was committed is on disk. */
export function groupCommit(db: Kysely<DB>, durable: () => Promise<void>): <T>(fn: (trx: Transaction<DB>) => Promise<T>) => Promise<T> {
  let open: Write[] | null = null;

  async function run(batch: Write[]): Promise<void> {
    const done: Array<[Write, unknown]> = [];
    let next = 0;
    let trx: ControlledTransaction<DB> | null = null;
    const drain = async (into: ControlledTransaction<DB>) => {
      while (next < batch.length) {
        const write = batch[next++]!;
        await into.executeQuery(SAVEPOINT);
        let value: unknown;
        try {
          value = await write.fn(into);
        } catch (error) {
          await into.executeQuery(ROLLBACK_TO);
          await into.executeQuery(RELEASE);
          write.reject(error);
          continue;
        }
        await into.executeQuery(RELEASE);
        done.push([write, value]);
      }
    };
    try {
      trx = await db.startTransaction().execute();
      await drain(trx);
      await new Promise((resolve) => setImmediate(resolve));
      if (open === batch) open = null;
      await drain(trx);
      await trx.commit().execute();
    } catch (error) {
      // The transaction could not begin, go on or commit: none of its writes was stored.
      if (open === batch) open = null;
      await trx?.rollback().execute().catch(() => {});
      for (const write of batch) write.reject(error); // (a write that failed alone keeps its own error)
      return;
    }
    try {
      await durable();
    } catch (error) {
      for (const write of batch) write.reject(error);
      return;
    }
    for (const [write, value] of done) write.resolve(value);
  }

  return <T>(fn: (trx: Transaction<DB>) => Promise<T>) => new Promise<T>((resolve, reject) => {
    const write: Write = { fn, resolve: resolve as (value: unknown) => void, reject };
    if (open && open.length < MAX_BATCH) {
      open.push(write);
      return;
    }
    open = [write];
    void run(open);
  });
}
