/**
 * Fresh PostgreSQL databases for tests, on the cluster `scripts/run-node-tests.mjs` starts for
 * the server's tests (its URL in `CONFAB_TEST_PG_URL`).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The test cluster's URL, or null when the tests run without PostgreSQL. */
export const TEST_PG_URL: string | null = process.env.CONFAB_TEST_PG_URL || null;

/** Why the PostgreSQL tests are skipped, or false when they run. */
export const PG_SKIP: string | false = TEST_PG_URL ? false : 'CONFAB_TEST_PG_URL is not set (run through scripts/run-node-tests.mjs)';

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL ?? undefined });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates an empty database `<prefix>_<random>`; returns its URL and how to drop it. */
export async function freshPgDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (!TEST_PG_URL) throw new Error(PG_SKIP || 'no PostgreSQL');
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
