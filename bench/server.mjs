// Server benchmark: requests/s and p99 latency (autocannon on loopback, 5 s each) for a read
// (GET list questions), a write (PUT vote toggle: each connection a person voting on, then
// off, so that every request changes the count and stores an event) and the read while one of
// the connections votes (the data changes all the time: the read cache seldom answers), all in one run:
//   - a bare node:http handler returning the same JSON (the ceiling);
//   - one replica on SQLite, measured in alternation with the ceiling (3 rounds; the median
//     ratio, with every round's); one replica on PostgreSQL (ratio to SQLite); two replicas on one
//     PostgreSQL with the load split between them (ratio to one);
//   - live fan-out: the time for one vote to reach 2,000 SSE subscribers (p50, p99) on one replica,
//     and across two replicas (subscribers split, the vote written on one of them), and the memory
//     each subscriber costs the server (growth of its resident set ÷ subscribers, from /proc).
// Each row also gives the server's CPU time per request (from /proc): on a loaded machine req/s
// varies 2–5× between runs, CPU per request much less.
// PostgreSQL runs in a throw-away cluster (scripts/pg-cluster.mjs); without PostgreSQL binaries
// those rows say so. Prints a table and exits by itself.
//
//   node bench/server.mjs            (bundles packages/server/dist/main.js first)
//   bench/run.mjs imports it and calls `run()`, which returns the figures; nothing starts on import.
//   BENCH_SECONDS=5 BENCH_SUBSCRIBERS=2000 BENCH_CONNECTIONS=10 BENCH_ROUNDS=3 node bench/server.mjs
//   (connections in all, per scenario; rounds of the bare/SQLite alternation)
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { createDatabase, startCluster } from '../scripts/pg-cluster.mjs';
import { startConfab, takePort, waitForHealth } from './support/confab-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 2000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Alternating rounds of the ceiling and SQLite (see `run`). */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const CONTEXT = 'page:/bench';

function seed() {
  const people = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, skills: ['Kubernetes', 'TypeScript'].slice(0, (i % 2) + 1) }));
  const questions = Array.from({ length: 500 }, (_, i) => ({
    id: `q${i}`, context: CONTEXT, title: `Benchmark question number ${i} about deployments`, body: 'Some details '.repeat(10),
    tags: ['bench'], author: `p${i % 50}`, createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
  }));
  return { currentUser: 'p0', people, questions };
}

/** Starts one server process on `databaseUrl` (seeded when empty); resolves with its base URL and process. */
const startServer = (dir, databaseUrl) => startConfab(dir, databaseUrl, seed(), {
  // One load generator on loopback plays every user: lift the per-address and per-user stream caps.
  CONFAB_MAX_STREAMS_PER_ADDRESS: '100000', CONFAB_MAX_STREAMS_PER_USER: '100000',
});

const BARE = `
import http from 'node:http';
const [port, listJson, voteJson] = [Number(process.argv[1]), process.argv[2], process.argv[3]];
http.createServer((req, res) => {
  const send = (body) => { res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }); res.end(body); };
  if (req.method === 'GET') return send(listJson);
  req.resume(); req.on('end', () => send(voteJson));
}).listen(port, '127.0.0.1');`;

async function startBare(port, listJson, voteJson) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', BARE, String(port), listJson, voteJson], { stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForHealth(`http://127.0.0.1:${port}/`, child);
  return child;
}

function cannon(url, opts, connections = CONNECTIONS) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: SECONDS, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/**
 * The same load spread over several servers at once (connections split evenly): summed req/s,
 * worst p99. With `alongside`, one of the connections instead sends that load to the first server
 * meanwhile (its requests count in `served`, not in `rps`).
 */
async function cannonAll(bases, path, { alongside, ...opts }) {
  const connections = CONNECTIONS - (alongside ? 1 : 0);
  const side = alongside ? cannon(`${bases[0]}${alongside.path}`, alongside.opts, 1) : null;
  const results = await Promise.all(bases.map((base) => cannon(`${base}${path}`, opts, Math.max(1, Math.round(connections / bases.length)))));
  const other = side ? [await side] : [];
  const total = results.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
    total,
    served: total + other.reduce((sum, r) => sum + r.requests.total, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    bad: [...results, ...other].reduce((sum, r) => sum + r.non2xx + r.errors, 0),
  };
}

const listPath = `/api/v1/questions?context=${encodeURIComponent(CONTEXT)}&limit=20`;
const votePath = '/api/v1/votes/question/q1';
// Each connection's person votes on, then off, so that every vote changes the count: each
// connection gets request objects of its own (`setRequests`). autocannon shares the objects of
// `requests` between connections, and `setHeaders` had given one person all the "on" votes and
// another all the "off" ones, so that nearly every vote changed nothing.
const votesAs = (person) => [true, false].map((on) => ({
  method: 'PUT', path: votePath, headers: { 'content-type': 'application/json', 'x-confab-dev-user': person }, body: JSON.stringify({ on }),
}));
let voter = 0;
const perVoter = (c) => c.setRequests(votesAs(`p${voter++ % 50}`));
// Reads while someone votes: every vote changes the data, so nearly no read finds its answer kept
// (the read cache), as on a page many people use at once.
const whileVoting = { alongside: { path: votePath, opts: { requests: votesAs('p49') } } };

function fetchText(url, init) {
  return fetch(url, init).then((r) => r.text());
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * CPU time (user + system, ms) the processes used so far (Linux /proc, 100 ticks a second), or
 * null where there is none. Per request, it holds up on a loaded machine better than req/s does.
 */
function cpuMsOf(pids) {
  try {
    return pids.reduce((sum, pid) => {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) * 10;
    }, 0);
  } catch {
    return null;
  }
}

/** A process's resident set in bytes (Linux /proc), or null where there is none. */
function rssOf(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Opens `SUBSCRIBERS` SSE streams spread over `readBases` (as distinct users, 200 at a time),
 * writes votes on `writeBase` (one first, unmeasured, as a running server has long run its code),
 * and times each delivery. Each subscriber is a bare socket that looks for the event in the bytes
 * it receives: parsing 2,000 HTTP responses with node:http had taken this process, on the same
 * cores as the server, most of the time measured. `pids` are the server processes whose
 * memory growth is divided by the subscribers.
 */
async function fanOut(readBases, writeBase, pids) {
  const streams = [];
  let received = [];
  let expect = null;
  const rssBefore = pids.map(rssOf);
  const open = (i) => new Promise((resolve, reject) => {
    const { hostname, port, host } = new URL(readBases[i % readBases.length]);
    const socket = net.connect(Number(port), hostname, () => socket.write(`GET /api/v1/events?scope=question:q2 HTTP/1.1\r\nhost: ${host}\r\n`
      + `accept: text/event-stream\r\nx-confab-dev-user: p${i % 50}\r\n\r\n`));
    socket.once('data', (head) => {
      if (!head.toString('latin1').startsWith('HTTP/1.1 200')) return reject(new Error(`stream ${i}: ${head.toString('latin1').split('\r\n')[0]}`));
      socket.on('data', (chunk) => {
        if (expect && chunk.includes('"vote.changed"')) received.push(performance.now() - expect);
      });
      resolve();
    });
    socket.on('error', reject);
    streams.push(socket);
  });
  for (let i = 0; i < SUBSCRIBERS; i += 200) await Promise.all(Array.from({ length: Math.min(200, SUBSCRIBERS - i) }, (_, j) => open(i + j)));
  await new Promise((r) => setTimeout(r, 500));
  const rssAfter = pids.map(rssOf);
  const grown = rssBefore.every((v) => v !== null) && rssAfter.every((v) => v !== null)
    ? rssAfter.reduce((sum, v, i) => sum + v - rssBefore[i], 0) : null;
  const samples = [];
  for (let round = -1; round < 5; round++) {
    received = [];
    expect = performance.now();
    await fetchText(`${writeBase}/api/v1/votes/question/q2`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-confab-dev-user': 'p1' }, body: JSON.stringify({ on: round % 2 !== 0 }) });
    const deadline = Date.now() + 5000;
    while (received.length < SUBSCRIBERS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    if (round >= 0) samples.push(...received);
  }
  for (const s of streams) s.destroy();
  samples.sort((a, b) => a - b);
  return {
    subscribers: SUBSCRIBERS, replicas: readBases.length, delivered: samples.length, expected: SUBSCRIBERS * 5, p50: percentile(samples, 50), p99: percentile(samples, 99),
    bytesPerSubscriber: grown === null ? null : Math.round(grown / SUBSCRIBERS),
  };
}

/** Runs every scenario, prints the table and returns the figures. */
export async function run() {
  execFileSync(process.execPath, [join(root, 'packages/server/build.mjs')], { stdio: 'ignore' }); // ~0.1 s: never bench a stale bundle
  const dir = mkdtempSync(join(tmpdir(), 'confab-bench-'));
  const children = [];
  let cluster = null;
  const stopAll = async () => {
    for (const c of children.splice(0)) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
  };
  try {
    const sqlite = await startServer(dir, join(dir, 'bench.db'));
    children.push(sqlite.child);
    const listJson = await fetchText(`${sqlite.base}${listPath}`);
    const voteJson = await fetchText(`${sqlite.base}${votePath}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-confab-dev-user': 'p0' }, body: '{"on":false}' });
    const barePort = takePort();
    const bare = { base: `http://127.0.0.1:${barePort}`, child: await startBare(barePort, listJson, voteJson) };
    children.push(bare.child);

    const rows = [];
    const loads = [
      ['GET list questions (20 of 500)', listPath, {}],
      ['PUT vote toggle', votePath, { requests: votesAs('p0'), setupClient: perVoter }],
      ['GET list with votes alongside', listPath, whileVoting],
    ];
    const measure = async (servers, path, opts) => {
      const pids = servers.map((s) => s.child.pid);
      const cpuBefore = cpuMsOf(pids);
      const r = await cannonAll(servers.map((s) => s.base), path, opts);
      const cpuAfter = cpuMsOf(pids);
      r.cpuUsPerRequest = cpuBefore === null || cpuAfter === null || !r.served ? null : Math.round(((cpuAfter - cpuBefore) * 1000) / r.served);
      return r;
    };
    const row = (setup, what, r, baseline) => ({ name: `${setup}: ${what}`, setup, what, ...r, baseline });
    const scenario = async (name, servers, baseline) => {
      for (const [what, path, opts] of loads) rows.push(row(name, what, await measure(servers, path, opts), rows.find((x) => x.setup === baseline && x.what === what)));
    };
    // The ceiling and SQLite in alternation, ROUNDS times each: this machine's speed drifts by
    // 1.5× within a run, so each ratio compares two measurements taken one after the other. The
    // rows keep the round with the median ratio; every round's ratio is printed beside it.
    const bareRows = [];
    for (const [what, path, opts] of loads) {
      const rounds = [];
      for (let i = 0; i < ROUNDS; i++) {
        const ceiling = await measure([bare], path, opts);
        const measured = await measure([sqlite], path, opts);
        rounds.push({ ceiling, measured, ratio: measured.rps / ceiling.rps });
      }
      const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[(rounds.length - 1) >> 1];
      bareRows.push(row('bare node:http', what, median.ceiling));
      rows.push(row('SQLite, 1 replica', what, { ...median.measured, ratios: rounds.map((r) => r.ratio) }, bareRows.at(-1)));
    }
    rows.unshift(...bareRows);
    const fans = [await fanOut([sqlite.base], sqlite.base, [sqlite.child.pid])];
    await stopAll();

    cluster = await startCluster();
    if (cluster) {
      const url = await createDatabase(cluster.url, 'confab_bench');
      const pg1 = await startServer(dir, url);
      children.push(pg1.child);
      await scenario('PostgreSQL, 1 replica', [pg1], 'SQLite, 1 replica');
      const pg2 = await startServer(dir, url);
      children.push(pg2.child);
      await scenario('PostgreSQL, 2 replicas', [pg1, pg2], 'PostgreSQL, 1 replica');
      fans.push(await fanOut([pg1.base, pg2.base], pg1.base, [pg1.child.pid, pg2.child.pid]));
    }

    const pad = (v, n) => String(v).padStart(n);
    const bareRow = (what) => rows.find((x) => x.setup === 'bare node:http' && x.what === what);
    const percent = (ratio) => (ratio * 100).toFixed(0);
    console.log(`\nServer benchmark (loopback, ${CONNECTIONS} connections in all, ${SECONDS} s each; bare and SQLite in ${ROUNDS} alternating rounds, the median shown; SQLite WAL, every commit fsynced before it is answered; PostgreSQL: the throw-away test cluster, fsync off)`);
    console.log(`${'scenario'.padEnd(56)}${pad('req/s', 9)}${pad('p99 ms', 8)}${pad('of bare (rounds)', 20)}${pad('ratio', 16)}${pad('non-2xx', 9)}${pad('server CPU µs/req', 19)}`);
    for (const r of rows) {
      const rounds = r.ratios?.length > 1 ? ` (${r.ratios.map(percent).join(', ')})` : '';
      const ofBare = r.setup === 'bare node:http' ? '' : `${percent(r.rps / bareRow(r.what).rps)}%${rounds}`;
      const ratio = r.baseline ? `${(r.rps / r.baseline.rps).toFixed(2)}× ${r.baseline.setup.startsWith('SQLite') ? 'SQLite' : r.baseline.setup.startsWith('bare') ? 'bare' : '1 repl.'}` : '';
      console.log(`${r.name.padEnd(56)}${pad(Math.round(r.rps), 9)}${pad(r.p99, 8)}${pad(ofBare, 20)}${pad(ratio, 16)}${pad(r.bad, 9)}${pad(r.cpuUsPerRequest ?? 'n/a', 19)}`);
    }
    if (!cluster) console.log('PostgreSQL rows: skipped (no PostgreSQL binaries on this machine)');
    for (const f of fans) {
      console.log(`${`live fan-out: 1 vote → SSE, ${f.replicas} replica(s)`.padEnd(56)}  subscribers ${f.subscribers}, delivered ${f.delivered}/${f.expected}, p50 ${f.p50?.toFixed(1)} ms, p99 ${f.p99?.toFixed(1)} ms, `
        + `memory ${f.bytesPerSubscriber === null ? 'n/a' : `${(f.bytesPerSubscriber / 1024).toFixed(1)} KB`} per subscriber (RSS)`);
    }
    return { seconds: SECONDS, connections: CONNECTIONS, rounds: ROUNDS, http: rows.map(({ baseline, ...r }) => ({ ...r, baseline: baseline?.setup })), fanOut: fans };
  } finally {
    await stopAll();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
}
