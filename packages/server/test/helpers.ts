/** Test helpers: a real server on a temporary SQLite file and a random loopback port. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractSeed } from '@confab/core/test-kit';
import { DEFAULTS, type ServerConfig } from '../src/config.js';
import { createServer, type ConfabServer } from '../src/server.js';

/** Test databases go to tmpfs when there is one (real files, without waiting on disk syncs). */
const TMP = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

/** A started server. */
export interface TestServer {
  server: ConfabServer;
  /** e.g. `http://127.0.0.1:40123` */
  url: string;
  api: string;
  dbPath: string;
  close(): Promise<void>;
  /** Closes and removes the database folder. */
  destroy(): Promise<void>;
}

/** Starts a server; `dbPath` reuses a file (for restart tests). */
export async function startServer(overrides: Partial<ServerConfig> = {}, dbPath?: string): Promise<TestServer> {
  const path = dbPath ?? join(mkdtempSync(join(TMP, 'confab-test-')), 'confab.db');
  const server = await createServer({ ...DEFAULTS, seed: contractSeed, heartbeatMs: 1000, ...overrides, databasePath: path });
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
      rmSync(join(path, '..'), { recursive: true, force: true });
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
