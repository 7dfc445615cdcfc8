/**
 * Test helpers: a real server on a random loopback port, on a temporary SQLite file or, when
 * `CONFAB_TEST_DATABASE=postgres`, on a fresh database of the throw-away PostgreSQL cluster
 * that `scripts/run-node-tests.mjs` started (`CONFAB_TEST_PG_URL`).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { contractSeed } from '@confab/core/test-kit';
import { DATABASE_DEFAULTS, DEFAULTS, type ServerConfig } from '../src/config.js';
import { createServer, type ConfabServer } from '../src/server.js';

/** Test databases go to tmpfs when there is one (real files, without waiting on disk syncs). */
const TMP = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

/** The database these tests run on. */
export const TEST_DATABASE: 'sqlite' | 'postgres' = process.env.CONFAB_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/** Runs one statement on the cluster's maintenance database. */
async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.CONFAB_TEST_PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty database for one test server: its URL and how to remove it. */
export async function newDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (TEST_DATABASE === 'sqlite') {
    const dir = mkdtempSync(join(TMP, 'confab-test-'));
    return { url: join(dir, 'confab.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = process.env.CONFAB_TEST_PG_URL;
  if (!base) throw new Error('CONFAB_TEST_DATABASE=postgres needs CONFAB_TEST_PG_URL (run through scripts/run-node-tests.mjs)');
  const name = `confab_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A started server. */
export interface TestServer {
  server: ConfabServer;
  /** e.g. `http://127.0.0.1:40123` */
  url: string;
  api: string;
  /** The database URL (a SQLite path or a PostgreSQL URL), to start another server on the same data. */
  dbPath: string;
  close(): Promise<void>;
  /** Closes and removes the database. */
  destroy(): Promise<void>;
}

/** Starts a server; `dbPath` reuses a database (for restart tests). */
export async function startServer(overrides: Partial<ServerConfig> = {}, dbPath?: string): Promise<TestServer> {
  const db = dbPath === undefined ? await newDatabase() : { url: dbPath, drop: async () => {} };
  const path = db.url;
  const server = await createServer({
    ...DEFAULTS, seed: contractSeed, heartbeatMs: 1000, feedPollMs: 200, ...overrides,
    database: { ...DATABASE_DEFAULTS, poolSize: 4, url: path },
  });
  const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await server.close();
  };
  return {
    server, url, api: `${url}/api/v1`, dbPath: path, close,
    async destroy() {
      await close();
      await db.drop();
    },
  };
}

/** A JSON request helper returning status, headers and parsed body. */
export async function call<T = Record<string, unknown>>(url: string, init: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers };
  const res = await fetch(url, { method: init.method ?? 'GET', headers, body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined) });
  const text = await res.text();
  let json: unknown = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = text; }
  return { status: res.status, headers: res.headers, json: json as T };
}
