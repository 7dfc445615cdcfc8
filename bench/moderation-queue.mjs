// Moderation queue benchmark (issue 13): 10,000 reported items in the review queue, and the time
// of the first queue page (GET /moderation/queue?limit=20, as a moderator: entries with their
// reports, author records and history) against a plain list read (GET /questions?limit=20) in
// the same run, as a ratio. SQLite, then PostgreSQL in a throw-away cluster when its binaries exist.
// The reports and queue rows are written straight into the database (one transaction) after the
// server migrated and seeded it, so the set-up takes seconds; every figure is the median of
// sequential requests. On SQLite the plain list may be answered by the read cache (as in
// production); PostgreSQL has no read cache.
//
//   node bench/moderation-queue.mjs      (bundles packages/server/dist/main.js first)
//   bench/run.mjs imports it and calls `run()`; nothing starts on import.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDatabase, startCluster } from '../scripts/pg-cluster.mjs';
import { startConfab } from './support/confab-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ITEMS = Number(process.env.BENCH_QUEUE_ITEMS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const CONTEXT = 'page:/bench-queue';

function seed() {
  const people = Array.from({ length: 100 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, skills: [] }));
  people.push({ id: 'mod', name: 'Mo Moderator', roles: ['member', 'moderator'], skills: [] });
  const questions = Array.from({ length: ITEMS }, (_, i) => ({
    id: `q${i}`, context: CONTEXT, title: `Reported question number ${i}`, body: 'Some text '.repeat(10), tags: ['bench'],
    author: `p${i % 100}`, createdAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
  }));
  return { currentUser: 'mod', people, questions };
}

/** One report and one queue row per question, oldest first. */
function rows() {
  const out = [];
  for (let i = 0; i < ITEMS; i++) {
    const at = new Date(Date.UTC(2025, 6, 1) + i * 1000).toISOString();
    out.push({ i, at, reporter: `p${(i + 1) % 100}`, author: `p${i % 100}` });
  }
  return out;
}

/** The server on `databaseUrl` with the bench seed; `base` is its API root. */
async function startServer(dir, databaseUrl) {
  const { base, child } = await startConfab(dir, databaseUrl, seed());
  return { base: `${base}/api/v1`, child };
}

const REPORT_SQL = 'INSERT INTO reports (id, item_kind, item_id, reporter_id, reason, note, weight, status, created_at) VALUES ';
const QUEUE_SQL = 'INSERT INTO moderation_queue (item_kind, item_id, author_id, context, campaign_id, held, since) VALUES ';

async function fillSqlite(path) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path, { timeout: 10_000 });
  const report = db.prepare(`${REPORT_SQL}(?, 'question', ?, ?, 'spam', NULL, 1, 'open', ?)`);
  const queue = db.prepare(`${QUEUE_SQL}('question', ?, ?, ?, NULL, 0, ?)`);
  db.transaction(() => {
    for (const r of rows()) {
      report.run(`r${r.i}`, `q${r.i}`, r.reporter, r.at);
      queue.run(`q${r.i}`, r.author, CONTEXT, r.at);
    }
  })();
  db.close();
}

async function fillPostgres(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const all = rows();
    for (let start = 0; start < all.length; start += 1000) {
      const part = all.slice(start, start + 1000);
      const rp = []; const qp = [];
      const rv = part.map((r, k) => { rp.push(`r${r.i}`, `q${r.i}`, r.reporter, r.at); return `($${k * 4 + 1}, 'question', $${k * 4 + 2}, $${k * 4 + 3}, 'spam', NULL, 1, 'open', $${k * 4 + 4})`; });
      const qv = part.map((r, k) => { qp.push(`q${r.i}`, r.author, CONTEXT, r.at); return `('question', $${k * 4 + 1}, $${k * 4 + 2}, $${k * 4 + 3}, NULL, 0, $${k * 4 + 4})`; });
      await client.query(REPORT_SQL + rv.join(','), rp);
      await client.query(QUEUE_SQL + qv.join(','), qp);
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

async function timeGet(url) {
  const started = performance.now();
  const res = await fetch(url, { headers: { 'x-confab-dev-user': 'mod' } });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { ms: performance.now() - started, body };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** Times the first queue page and the plain list, interleaved, `RUNS` times each. */
async function measure(base) {
  const queueUrl = `${base}/moderation/queue?limit=20`;
  const listUrl = `${base}/questions?context=${encodeURIComponent(CONTEXT)}&limit=20`;
  const first = await timeGet(queueUrl);
  if (first.body.items.length !== 20) throw new Error(`the queue's first page has ${first.body.items.length} entries, not 20`);
  await timeGet(listUrl);
  const queue = []; const list = [];
  for (let i = 0; i < RUNS; i++) {
    queue.push((await timeGet(queueUrl)).ms);
    list.push((await timeGet(listUrl)).ms);
  }
  return { queueMs: median(queue), listMs: median(list), coldQueueMs: first.ms, ratio: median(queue) / median(list) };
}

export async function run() {
  execFileSync(process.execPath, [join(root, 'packages/server/build.mjs')], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'confab-bench-queue-'));
  const results = [];
  let child = null;
  let cluster = null;
  try {
    const path = join(dir, 'queue.db');
    let server = await startServer(dir, path);
    child = server.child;
    await fillSqlite(path);
    results.push({ database: 'SQLite', ...(await measure(server.base)) });
    child.kill('SIGTERM');
    child = null;

    cluster = await startCluster();
    if (cluster) {
      const url = await createDatabase(cluster.url, 'confab_bench_queue');
      server = await startServer(dir, url);
      child = server.child;
      await fillPostgres(url);
      results.push({ database: 'PostgreSQL', ...(await measure(server.base)) });
    } else {
      results.push({ database: 'PostgreSQL', skipped: 'PostgreSQL binaries not found' });
    }
  } finally {
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await cluster?.stop?.();
    rmSync(dir, { recursive: true, force: true });
  }
  const pad = (v, n) => String(v).padStart(n);
  console.log(`${ITEMS.toLocaleString('en')} reported items in the queue; medians of ${RUNS} sequential requests`);
  console.log(`${'database'.padEnd(12)}${pad('queue page 1 (ms)', 19)}${pad('first, cold (ms)', 18)}${pad('list read (ms)', 16)}${pad('ratio', 8)}`);
  for (const r of results) {
    if (r.skipped) console.log(`${r.database.padEnd(12)}  skipped: ${r.skipped}`);
    else console.log(`${r.database.padEnd(12)}${pad(r.queueMs.toFixed(1), 19)}${pad(r.coldQueueMs.toFixed(1), 18)}${pad(r.listMs.toFixed(1), 16)}${pad(`${r.ratio.toFixed(1)}×`, 8)}`);
  }
  return { items: ITEMS, runs: RUNS, results };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
}
