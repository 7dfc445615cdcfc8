/** HTTP caching: ETag and 304 on lists and threads; personal answers never stored by a cache. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { call, startServer, TEST_DATABASE, type TestServer } from './helpers.js';

describe('ETag and If-None-Match', () => {
  let t: TestServer;
  before(async () => { t = await startServer(); });
  after(async () => { await t.destroy(); });
  const as = (user: string, extra: Record<string, string> = {}) => ({ 'x-confab-dev-user': user, ...extra });

  it('lists and threads carry an ETag; the same answer again is a 304 without a body; a change gives a new one', async () => {
    for (const path of ['/questions?limit=5', '/questions/q-vpn', '/ideas?limit=5', '/ideas/i-01', '/ideas/i-01/comments', '/campaigns', '/people?limit=5', '/people/ana']) {
      const first = await call(`${t.api}${path}`, { headers: as('cyd') });
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^W\/"[\w-]+"$/, path);
      assert.equal(first.headers.get('cache-control'), 'private, no-cache', path);
      const again = await fetch(`${t.api}${path}`, { headers: as('cyd', { 'if-none-match': etag as string }) });
      assert.equal(again.status, 304, path);
      assert.equal(await again.text(), '', path);
    }
    const etag = (await call(`${t.api}/questions/q-vpn`, { headers: as('cyd') })).headers.get('etag') as string;
    assert.equal((await call(`${t.api}/votes/question/q-vpn`, { method: 'PUT', headers: as('cyd'), body: { on: true } })).status, 200);
    const changed = await call(`${t.api}/questions/q-vpn`, { headers: as('cyd', { 'if-none-match': etag }) });
    assert.equal(changed.status, 200, 'a vote changes the thread');
    assert.notEqual(changed.headers.get('etag'), etag);
    const other = await call(`${t.api}/questions/q-vpn`, { headers: as('ana', { 'if-none-match': changed.headers.get('etag') as string }) });
    assert.equal(other.status, 200, "another person's view (their own vote) is another entity");
  });

  it('personal answers and problems are never stored by a cache, and get no ETag', async () => {
    for (const path of ['/me', '/feedback/mine?subject=page:/handbook', '/feedback/summary', '/questions/q-missing']) {
      const r = await call(`${t.api}${path}`, { headers: as('cyd') });
      assert.equal(r.headers.get('cache-control'), 'no-store', path);
      assert.equal(r.headers.get('etag'), null, path);
    }
  });
});

describe('answers read again are never stale', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ searchRateLimit: { max: 2, windowMs: 60_000 } }); });
  after(async () => { await t.destroy(); });
  const as = (user: string) => ({ 'x-confab-dev-user': user });
  const title = async () => (await call<{ question: { title: string } }>(`${t.api}/questions/q-vpn`, { headers: as('cyd') })).json.question.title;

  it('a change committed by another process (a CLI, a second connection) shows in the next read', async () => {
    const before = await title();
    assert.equal(await title(), before, 'read twice');
    const changed = `${before} (edited elsewhere)`;
    if (TEST_DATABASE === 'postgres') {
      const client = new pg.Client({ connectionString: t.dbPath });
      await client.connect();
      try { await client.query('UPDATE questions SET title = $1 WHERE id = $2', [changed, 'q-vpn']); } finally { await client.end(); }
    } else {
      const db = new Database(t.dbPath);
      try { db.prepare('UPDATE questions SET title = ? WHERE id = ?').run(changed, 'q-vpn'); } finally { db.close(); }
    }
    assert.equal(await title(), changed);
  });

  it('each reader gets their own view, and a vote shows at once in the list of the voter only', async () => {
    const mine = async (user: string) => (await call<{ items: { id: string; myVote: boolean; votes: number }[] }>(`${t.api}/questions?limit=50`, { headers: as(user) }))
      .json.items.find((q) => q.id === 'q-vpn');
    const [ana, ben] = [await mine('ana'), await mine('ben')];
    const on = !ana?.myVote;
    assert.equal((await call(`${t.api}/votes/question/q-vpn`, { method: 'PUT', headers: as('ana'), body: { on } })).status, 200);
    assert.deepEqual([(await mine('ana'))?.myVote, (await mine('ana'))?.votes], [on, (ana?.votes ?? 0) + (on ? 1 : -1)]);
    assert.deepEqual([(await mine('ben'))?.myVote, (await mine('ben'))?.votes], [ben?.myVote, (ana?.votes ?? 0) + (on ? 1 : -1)]);
  });

  it('the same search asked again still counts against the search limit', async () => {
    const path = `${t.api}/questions?text=vpn`;
    assert.deepEqual([(await call(path, { headers: as('ben') })).status, (await call(path, { headers: as('ben') })).status], [200, 200]);
    assert.equal((await call(path, { headers: as('ben') })).status, 429);
  });
});
