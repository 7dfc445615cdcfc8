// Server benchmark: requests/s and p99 latency (autocannon on loopback, 5 s each) for a read
// (GET list questions) and a write (PUT vote toggle) on SQLite, beside a bare node:http handler
// returning the same JSON in the same run (the ceiling); then live fan-out: the time for one vote
// to reach 500 connected SSE subscribers (p50, p99). Prints a table and exits by itself.
//
//   node bench/server.mjs            (bundles packages/server/dist/main.js first)
//   bench/run.mjs imports it and calls `run()`, which returns the figures; nothing starts on import.
//   BENCH_SECONDS=5 BENCH_SUBSCRIBERS=500 node bench/server.mjs
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 500);
const CONNECTIONS = 10;
const CONTEXT = 'page:/bench';

function seed() {
  const people = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, skills: ['Kubernetes', 'TypeScript'].slice(0, (i % 2) + 1) }));
  const questions = Array.from({ length: 500 }, (_, i) => ({
    id: `q${i}`, context: CONTEXT, title: `Benchmark question number ${i} about deployments`, body: 'Some details '.repeat(10),
    tags: ['bench'], author: `p${i % 50}`, createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
  }));
  return { currentUser: 'p0', people, questions };
}

function waitForHealth(url, child) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 20_000;
    const poll = () => {
      if (child.exitCode !== null) return reject(new Error(`server exited with ${child.exitCode}`));
      http.get(url, (res) => { res.resume(); res.statusCode === 200 ? resolve() : setTimeout(poll, 100); })
        .on('error', () => (Date.now() > deadline ? reject(new Error('server did not start')) : setTimeout(poll, 100)));
    };
    poll();
  });
}

async function startConfab(dir, port) {
  const seedPath = join(dir, 'seed.json');
  writeFileSync(seedPath, JSON.stringify(seed()));
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/main.js')], {
    cwd: dir, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: join(dir, 'bench.db'), CONFAB_SEED: seedPath, CONFAB_AUTH: 'dev', CONFAB_RATE_LIMIT: '1000000000' },
  });
  await waitForHealth(`http://127.0.0.1:${port}/healthz`, child);
  return child;
}

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

function cannon(url, opts) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const listPath = `/api/v1/questions?context=${encodeURIComponent(CONTEXT)}&limit=20`;
const votePath = '/api/v1/votes/question/q1';
const voteRequests = [
  { method: 'PUT', path: votePath, headers: { 'content-type': 'application/json' }, body: '{"on":true}' },
  { method: 'PUT', path: votePath, headers: { 'content-type': 'application/json' }, body: '{"on":false}' },
];
let client = 0;
const perUser = (c) => { c.setHeaders({ 'content-type': 'application/json', 'x-confab-dev-user': `p${client++ % 50}` }); };

function fetchText(url, init) {
  return fetch(url, init).then((r) => r.text());
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function fanOut(base) {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const streams = [];
  let received = [];
  let expect = null;
  await Promise.all(Array.from({ length: SUBSCRIBERS }, () => new Promise((resolve, reject) => {
    const req = http.get(`${base}/api/v1/events?scope=question:q2`, { agent, headers: { accept: 'text/event-stream' } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        if (expect && chunk.includes('"vote.changed"')) received.push(performance.now() - expect);
      });
      resolve();
    });
    req.on('error', reject);
    streams.push(req);
  })));
  const samples = [];
  for (let round = 0; round < 5; round++) {
    received = [];
    expect = performance.now();
    await fetchText(`${base}/api/v1/votes/question/q2`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-confab-dev-user': 'p1' }, body: JSON.stringify({ on: round % 2 === 0 }) });
    const deadline = Date.now() + 5000;
    while (received.length < SUBSCRIBERS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    samples.push(...received);
  }
  for (const s of streams) s.destroy();
  agent.destroy();
  samples.sort((a, b) => a - b);
  return { subscribers: SUBSCRIBERS, delivered: samples.length, expected: SUBSCRIBERS * 5, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** Runs every scenario, prints the table and returns the figures. */
export async function run() {
  execFileSync(process.execPath, [join(root, 'packages/server/build.mjs')], { stdio: 'ignore' }); // ~0.1 s: never bench a stale bundle
  const dir = mkdtempSync(join(tmpdir(), 'confab-bench-'));
  const [confabPort, barePort] = [18787 + Math.floor(Math.random() * 1000), 19787 + Math.floor(Math.random() * 1000)];
  const children = [];
  try {
    const confab = await startConfab(dir, confabPort);
    children.push(confab);
    const base = `http://127.0.0.1:${confabPort}`;
    const listJson = await fetchText(`${base}${listPath}`);
    const voteJson = await fetchText(`${base}${votePath}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-confab-dev-user': 'p0' }, body: '{"on":false}' });
    const bare = await startBare(barePort, listJson, voteJson);
    children.push(bare);
    const bareBase = `http://127.0.0.1:${barePort}`;

    const rows = [];
    const run = async (name, path, opts) => {
      const s = await cannon(`${base}${path}`, opts);
      const b = await cannon(`${bareBase}${path}`, opts);
      const bad = s.non2xx + s.errors;
      rows.push({ name, rps: s.requests.average, p99: s.latency.p99, bareRps: b.requests.average, bareP99: b.latency.p99, bad });
    };
    await run('GET list questions (20 of 500)', listPath, {});
    await run('PUT vote toggle', votePath, { requests: voteRequests, setupClient: perUser });
    const fan = await fanOut(base);

    const pad = (v, n) => String(v).padStart(n);
    console.log(`\nServer benchmark (loopback, ${CONNECTIONS} connections, ${SECONDS} s each; SQLite WAL, synchronous=FULL)`);
    console.log(`${'scenario'.padEnd(32)}${pad('req/s', 10)}${pad('p99 ms', 9)}${pad('bare req/s', 12)}${pad('bare p99', 10)}${pad('ratio', 8)}${pad('non-2xx', 9)}`);
    for (const r of rows) {
      console.log(`${r.name.padEnd(32)}${pad(Math.round(r.rps), 10)}${pad(r.p99, 9)}${pad(Math.round(r.bareRps), 12)}${pad(r.bareP99, 10)}${pad(`${((r.rps / r.bareRps) * 100).toFixed(0)}%`, 8)}${pad(r.bad, 9)}`);
    }
    console.log(`${'live fan-out: 1 vote → SSE'.padEnd(32)}  subscribers ${fan.subscribers}, delivered ${fan.delivered}/${fan.expected}, p50 ${fan.p50?.toFixed(1)} ms, p99 ${fan.p99?.toFixed(1)} ms`);
    return { seconds: SECONDS, connections: CONNECTIONS, http: rows, fanOut: fan };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
}
