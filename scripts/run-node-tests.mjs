#!/usr/bin/env node
// Runs the node:test files under a folder (or one test file), and passes (saying so) when there
// are none yet. Node 20's `node --test` takes no globs, hence this script.
//
// The server's tests run twice: on SQLite, then on a throw-away PostgreSQL cluster
// (scripts/pg-cluster.mjs, started once, its URL in CONFAB_TEST_PG_URL) with
// CONFAB_TEST_DATABASE=postgres. `*.pg.test.ts` files (two replicas on one database) run only in
// the PostgreSQL pass; `storage.test.ts` compares both databases itself and runs only in the
// first. Without PostgreSQL binaries the PostgreSQL pass is skipped with a message, except on CI
// (`CI` set), where that is a failure.
//
// Usage: node scripts/run-node-tests.mjs <dir|file> [node flags…]
//   e.g. node scripts/run-node-tests.mjs packages/server/test --import tsx
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCluster } from './pg-cluster.mjs';

const TEST_FILE = /\.test\.(ts|mts|mjs|js)$/;
const root = resolve(fileURLToPath(import.meta.url), '../..');

const [target, ...flags] = process.argv.slice(2);
if (!target) {
  console.error('usage: node scripts/run-node-tests.mjs <dir|file> [node flags…]');
  process.exit(2);
}
const files = !existsSync(target)
  ? []
  : statSync(target).isFile()
    ? [target]
    : readdirSync(target, { recursive: true })
        .map(String)
        .filter((f) => TEST_FILE.test(f) && !f.split(/[\\/]/).includes('node_modules'))
        .sort()
        .map((f) => join(target, f));
if (files.length === 0) {
  console.log(`no test files (*.test.{ts,mjs,js}) under ${target}: nothing to run`);
  process.exit(0);
}

/** Whether these are the server's tests, which run against PostgreSQL too. */
const wantsPostgres = !relative(join(root, 'packages/server'), resolve(target)).startsWith('..');

const env = { ...process.env };
let cluster = null;
if (wantsPostgres && !env.CONFAB_TEST_PG_URL) {
  cluster = await startCluster();
  if (cluster) {
    env.CONFAB_TEST_PG_URL = cluster.url;
    console.log(`PostgreSQL test cluster at ${cluster.url}`);
  } else if (process.env.CI) {
    console.error('PostgreSQL not found (initdb, pg_ctl, postgres): the PostgreSQL tests cannot run, and on CI they must');
    process.exit(1);
  } else {
    console.log('PostgreSQL not found: the PostgreSQL tests are skipped');
  }
}

/** Runs `node --test` on `list` with `extraEnv`; resolves with its exit code. */
function runPass(label, list, extraEnv) {
  if (list.length === 0) return Promise.resolve(0);
  console.log(`node --test${label}: ${list.length} file(s) under ${target}`);
  return new Promise((resolveCode) => {
    const child = spawn(process.execPath, [...flags, '--test', '--test-reporter=spec', ...list], { stdio: 'inherit', env: { ...env, ...extraEnv } });
    const forward = (sig) => child.kill(sig);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolveCode(code ?? (signal ? 1 : 0));
    });
  });
}

const pgOnly = (f) => /\.pg\.test\.[mc]?[jt]s$/.test(f);
const bothDatabases = (f) => /(^|[\\/])storage\.test\.[mc]?[jt]s$/.test(f);
let code;
try {
  if (!wantsPostgres) {
    code = await runPass('', files, {});
  } else {
    code = await runPass(' (SQLite)', files.filter((f) => !pgOnly(f)), {});
    if (env.CONFAB_TEST_PG_URL) {
      code = (await runPass(' (PostgreSQL)', files.filter((f) => !bothDatabases(f)), { CONFAB_TEST_DATABASE: 'postgres' })) || code;
    }
  }
} finally {
  await cluster?.stop();
}
process.exit(code);
