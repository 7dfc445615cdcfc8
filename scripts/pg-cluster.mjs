#!/usr/bin/env node
// A throw-away PostgreSQL cluster for tests: initdb in a temp dir, a server on 127.0.0.1 and a free
// port, tuned for speed (no fsync), trust auth. Run as root, it runs PostgreSQL as the `postgres`
// user (else `nobody`), since PostgreSQL refuses to run as root.
//
//   import { startCluster, createDatabase } from './pg-cluster.mjs';
//   const cluster = await startCluster();          // null when no PostgreSQL is installed
//   const url = await createDatabase(cluster.url, 'storage_test');
//   await cluster.stop();
//
// CLI: `node scripts/pg-cluster.mjs` starts one, prints its URL and stops it on Ctrl-C.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TOOLS = ['initdb', 'pg_ctl', 'postgres'];

/** The folder holding initdb, pg_ctl and postgres: on PATH, else the newest /usr/lib/postgresql/N/bin. */
export function findBinDir() {
  const candidates = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+(\.\d+)?$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(root, v, 'bin')));
  }
  return candidates.find((dir) => TOOLS.every((tool) => existsSync(join(dir, tool)))) ?? null;
}

function userExists(name) {
  return spawnSync('id', ['-u', name], { stdio: 'ignore' }).status === 0;
}

function idOf(flag, name) {
  return Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
}

const hasRunuser = spawnSync('sh', ['-c', 'command -v runuser'], { stdio: 'ignore' }).status === 0;
const quote = (arg) => `'${arg.replaceAll("'", "'\\''")}'`;

/** Runs a PostgreSQL tool, as `user` when given (we are root): `runuser`, else `su`. */
function run(user, command, args) {
  const [file, argv] = !user
    ? [command, args]
    : hasRunuser
      ? ['runuser', ['-u', user, '--', command, ...args]]
      : ['su', ['-s', '/bin/sh', user, '-c', [command, ...args].map(quote).join(' ')]];
  const result = spawnSync(file, argv, { encoding: 'utf8', cwd: tmpdir() });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster; resolves to `{ url, stop }`, or null when no PostgreSQL binaries are found.
 * `stop()` stops the server at once and deletes its folder.
 */
export async function startCluster() {
  const bin = findBinDir();
  if (!bin) return null;
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? (userExists('postgres') ? 'postgres' : 'nobody') : null;
  const dir = mkdtempSync(join(tmpdir(), 'confab-pg-'));
  const data = join(dir, 'data');
  if (user) chownSync(dir, idOf('-u', user), idOf('-g', user));
  const port = await freePort();
  const options = [
    `-p ${port}`, '-c listen_addresses=127.0.0.1', `-k ${dir}`, '-c fsync=off', '-c synchronous_commit=off',
    '-c full_page_writes=off', '-c max_connections=200',
  ].join(' ');
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopNow);
    stopNow();
  };
  const stopNow = () => {
    try {
      run(user, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch (error) {
      if (existsSync(join(data, 'postmaster.pid'))) console.error(String(error));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(user, join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    process.on('exit', stopNow);
    run(user, join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
  } catch (error) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    await stop();
    throw new Error(`${error.message}${log ? `\n--- server log ---\n${log}` : ''}`);
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

/** Creates database `name` (letters, digits, _) on the cluster at `url`; resolves to its URL. */
export async function createDatabase(url, name) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a database name: ${name}`);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const cluster = await startCluster();
  if (!cluster) {
    console.error('PostgreSQL not found (initdb, pg_ctl, postgres on PATH or in /usr/lib/postgresql/*/bin)');
    process.exit(1);
  }
  console.log(cluster.url);
  const done = () => cluster.stop().then(() => process.exit(0));
  process.on('SIGINT', done);
  process.on('SIGTERM', done);
  setInterval(() => {}, 1 << 30);
}
