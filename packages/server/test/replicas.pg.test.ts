/**
 * Two server processes on one PostgreSQL database behave as one server: live fan-out across
 * them (in one order, once), concurrent votes through both ends with exact counts, one effect
 * per idempotency key sent to both at once, and no acknowledged write lost when one replica is
 * killed with SIGKILL in the middle of a burst, and a person's change made on one replica seen
 * on the other. Runs only in the PostgreSQL pass.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Seed } from '@confab/core';
import { contractSeed } from '@confab/core/test-kit';
import { call, newDatabase } from './helpers.js';
import { readSse } from './sse.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const VOTERS = Array.from({ length: 50 }, (_, i) => `voter-${String(i + 1).padStart(2, '0')}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** One replica: `node src/main.ts` in its own process. */
interface Replica {
  api: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startReplica(databaseUrl: string, seedPath: string): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, CONFAB_AUTH: 'dev', CONFAB_SEED: seedPath, CONFAB_RATE_LIMIT: '100000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`replica exited (${child.exitCode}): ${stderr}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`replica did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    api: `${url}/api/v1`, child,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

const as = (user: string, extra: Record<string, string> = {}) => ({ 'x-confab-dev-user': user, ...extra });

describe('two replicas on one PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof newDatabase>>;
  let dir: string;
  let a: Replica;
  let b: Replica;

  before(async () => {
    db = await newDatabase();
    dir = mkdtempSync(join(tmpdir(), 'confab-replicas-'));
    const seed: Seed = { ...structuredClone(contractSeed), people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member', 'admin'] }, ...VOTERS.map((id) => ({ id, name: `Voter ${id.slice(6)}` }))] };
    const seedPath = join(dir, 'seed.json');
    writeFileSync(seedPath, JSON.stringify(seed));
    a = await startReplica(db.url, seedPath);
    b = await startReplica(db.url, seedPath);
  });

  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a write on either replica reaches the streams of both, in one order, once', async () => {
    const [onA, onB] = await Promise.all([readSse(`${a.api}/events?scope=context:page:/replicas`), readSse(`${b.api}/events?scope=context:page:/replicas`)]);
    try {
      const titles = Array.from({ length: 20 }, (_, i) => `Replica question ${i}`);
      await Promise.all(titles.map((title, i) =>
        call(`${(i % 2 ? a : b).api}/questions`, { method: 'POST', body: { context: 'page:/replicas', title }, headers: as('ana') })));
      const [fromA, fromB] = await Promise.all([onA.waitFor(20, 10_000), onB.waitFor(20, 10_000)]);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(onA.events.length, 20, 'no duplicates on A');
      assert.equal(onB.events.length, 20, 'no duplicates on B');
      assert.deepEqual(fromA.map((e) => e.id), fromB.map((e) => e.id), 'the same order on both replicas');
      assert.deepEqual(new Set(fromA.map((e) => (e.data as { title: string }).title)), new Set(titles), 'every write');
    } finally {
      onA.close();
      onB.close();
    }
  });

  it('a stream resumes on the other replica with Last-Event-ID, nothing missed', async () => {
    const first = await readSse(`${a.api}/events?scope=question:q-vpn`);
    await call(`${b.api}/votes/question/q-vpn`, { method: 'PUT', body: { on: true }, headers: as('cyd') });
    const [seen] = await first.waitFor(1, 10_000);
    first.close();
    await call(`${a.api}/questions/q-vpn/answers`, { method: 'POST', body: { body: 'Through the portal.' }, headers: as('ana') });
    await call(`${b.api}/votes/question/q-vpn`, { method: 'PUT', body: { on: false }, headers: as('cyd') });
    const resumed = await readSse(`${b.api}/events?scope=question:q-vpn`, { 'last-event-id': seen!.id });
    try {
      const events = await resumed.waitFor(2, 10_000);
      assert.deepEqual(events.map((e) => e.type), ['answer.created', 'vote.changed']);
    } finally {
      resumed.close();
    }
  });

  it('50 people voting at once through both ends give exact counts', async () => {
    const results = await Promise.all(VOTERS.map((voter, i) =>
      call(`${(i % 2 ? a : b).api}/votes/idea/i-12`, { method: 'PUT', body: { on: true }, headers: as(voter) })));
    assert.ok(results.every((r) => r.status === 200), 'every vote stored');
    assert.equal(((await call(`${a.api}/ideas/i-12`)).json as { votes: number }).votes, 50, 'count on A');
    const half = VOTERS.slice(0, 25);
    await Promise.all(half.map((voter, i) =>
      call(`${(i % 2 ? b : a).api}/votes/idea/i-12`, { method: 'PUT', body: { on: false }, headers: as(voter) })));
    assert.equal(((await call(`${b.api}/ideas/i-12`)).json as { votes: number }).votes, 25, 'count on B after withdrawals');
  });

  it('a list and a thread read again on one replica show a change made through the other at once', async () => {
    const context = 'page:/replicas-cached';
    const titles = async () => ((await call<{ items: { title: string }[] }>(`${a.api}/questions?context=${encodeURIComponent(context)}`, { headers: as('cyd') })).json.items.map((q) => q.title));
    const votes = async () => (await call<{ question: { votes: number } }>(`${a.api}/questions/q-vpn`, { headers: as('cyd') })).json.question.votes;
    assert.deepEqual([await titles(), await titles()], [[], []], 'read twice on A');
    const count = await votes();
    assert.equal(await votes(), count, 'read twice on A');
    assert.equal((await call(`${b.api}/questions`, { method: 'POST', body: { context, title: 'Asked through the other replica?' }, headers: as('ana') })).status, 201);
    assert.deepEqual(await titles(), ['Asked through the other replica?'], 'the list on A, right after the answer from B');
    const on = !(await call<{ question: { myVote: boolean } }>(`${a.api}/questions/q-vpn`, { headers: as('ben') })).json.question.myVote;
    assert.equal((await call(`${b.api}/votes/question/q-vpn`, { method: 'PUT', body: { on }, headers: as('ben') })).status, 200);
    assert.equal(await votes(), count + (on ? 1 : -1), 'the thread on A, right after the vote on B');
  });

  it('one idempotency key sent to both replicas at once has one effect', async () => {
    const headers = as('ben', { 'idempotency-key': 'replica-key-1' });
    const body = { context: 'page:/idem-replicas', title: 'Asked once through two doors?' };
    const [x, y] = await Promise.all([a, b].map((r) => call(`${r.api}/questions`, { method: 'POST', body, headers })));
    assert.ok([x, y].every((r) => r.status === 201 || r.status === 409), `statuses ${x.status} ${y.status}`);
    const listed = (await call(`${a.api}/questions?context=page:/idem-replicas`)).json as { items: { id: string }[] };
    assert.equal(listed.items.length, 1, 'one question stored');
    for (const r of [x, y]) if (r.status === 201) assert.equal((r.json as { id: string }).id, listed.items[0]!.id, 'the replay is the stored response');
  });

  it('a role granted through one replica counts on the other once the change is notified, though it keeps users', async () => {
    const roles = async () => (await call<{ roles: string[] }>(`${a.api}/me`, { headers: as('ben') })).json.roles;
    assert.deepEqual(await roles(), ['member']);
    assert.deepEqual(await roles(), ['member'], 'read again (or kept) unchanged');
    assert.equal((await call(`${b.api}/people/ben/roles`, { method: 'PUT', body: { roles: ['member', 'moderator'] }, headers: as('adm') })).status, 200);
    const deadline = Date.now() + 5_000;
    let seen = await roles();
    while (seen.length === 1 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      seen = await roles();
    }
    assert.deepEqual(seen, ['member', 'moderator'], 'replica A shows the role granted on B');
  });

  it('a person renamed through one replica shows under the new name on the other once the change is notified', async () => {
    type Listed = { items: { id: string; author: { id: string; name: string } }[] };
    const authorOnA = async () => (await call<Listed>(`${a.api}/questions?context=${encodeURIComponent('page:/it/vpn')}`)).json.items.find((q) => q.id === 'q-vpn')?.author;
    const before = await authorOnA();
    assert.equal(before?.id, 'ben');
    assert.notEqual(before?.name, 'Benedikt Renamed');
    assert.equal((await call(`${b.api}/people/ben`, { method: 'PATCH', body: { name: 'Benedikt Renamed' }, headers: as('adm') })).status, 200);
    // Names are kept per replica (for a minute, without the notification); the notification drops them.
    const deadline = Date.now() + 5_000;
    let seen = await authorOnA();
    while (seen?.name !== 'Benedikt Renamed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      seen = await authorOnA();
    }
    assert.equal(seen?.name, 'Benedikt Renamed', 'replica A lists the question under the name given on B');
  });

  it('after kill -9 of one replica during a burst, every acknowledged write is still there', async () => {
    const acknowledged: string[] = [];
    let killed = false;
    const burst = Array.from({ length: 120 }, async (_, i) => {
      const target = i % 2 ? a : b;
      await new Promise((r) => setTimeout(r, i * 3));
      if (i === 60) { killed = true; a.child.kill('SIGKILL'); }
      const r = await call(`${target.api}/questions`, { method: 'POST', body: { context: 'page:/burst', title: `Burst ${i}` }, headers: as('cyd') })
        .catch(() => null);
      if (r?.status === 201) acknowledged.push((r.json as { id: string }).id);
    });
    await Promise.all(burst);
    assert.ok(killed, 'replica A was killed mid-burst');
    assert.ok(acknowledged.length >= 60, `most writes acknowledged (${acknowledged.length})`);
    const stored = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = (await call(`${b.api}/questions?context=page:/burst&limit=100${cursor ? `&cursor=${cursor}` : ''}`)).json as { items: { id: string }[]; nextCursor: string | null };
      for (const q of page.items) stored.add(q.id);
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(acknowledged.filter((id) => !stored.has(id)), [], 'no acknowledged write lost');
  });
});
