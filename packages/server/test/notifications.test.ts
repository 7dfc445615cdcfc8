/** Issue 15 over HTTP: the notification and follow routes refuse bad input clearly and change nothing; OpenAPI lists them. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Seed } from '@confab/core';
import { call, startServer, type TestServer } from './helpers.js';

const seed: Seed = {
  currentUser: 'ana',
  people: [{ id: 'ana', name: 'Ana', roles: ['member'] }, { id: 'ben', name: 'Ben', roles: ['member'] }],
  questions: [{ id: 'q1', context: 'page:/x', title: 'Parking?', body: 'Where?', author: 'ben' }],
};

describe('notification routes', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ seed }); });
  after(async () => { await t.destroy(); });
  const as = (user: string) => ({ 'x-confab-dev-user': user });

  it('an answer makes a notification for the asker, read through the routes, with its page URL', async () => {
    const posted = await call(`${t.api}/questions/q1/answers`, { method: 'POST', headers: as('ana'), body: { body: 'Level -2.', url: 'https://intra.example/p#x' } });
    assert.equal(posted.status, 201);
    assert.equal(posted.json.url, 'https://intra.example/p');
    const list = await call<{ items: { type: string; url: string; read: boolean }[] }>(`${t.api}/notifications?unread=true`, { headers: as('ben') });
    assert.equal(list.status, 200);
    assert.deepEqual(list.json.items.map((n) => [n.type, n.url, n.read]), [['answer.created', 'https://intra.example/p', false]]);
    assert.deepEqual((await call(`${t.api}/notifications/unread`, { headers: as('ben') })).json, { count: 1 });
    assert.deepEqual((await call(`${t.api}/notifications/read`, { method: 'POST', headers: as('ben'), body: { ids: 'all' } })).json, { unread: 0 });
  });

  it('refuses bad bodies with a problem and changes nothing', async () => {
    await call(`${t.api}/questions/q1/answers`, { method: 'POST', headers: as('ana'), body: { body: 'Another.' } });
    const before = (await call(`${t.api}/notifications/unread`, { headers: as('ben') })).json;
    for (const [path, method, body] of [
      ['/notifications/read', 'POST', { ids: 5 }],
      ['/notifications/read', 'POST', { ids: 'all', extra: 1 }],
      ['/notifications/read', 'POST', { ids: Array.from({ length: 101 }, (_, i) => `n${i}`) }],
      ['/notifications/preferences', 'PUT', { channels: { mention: 'loud' } }],
      ['/notifications/preferences', 'PUT', { channels: { nope: 'off' } }],
      ['/notifications/preferences', 'PUT', { digest: 'hourly' }],
      ['/follows/question/q1', 'PUT', { on: 'yes' }],
      ['/follows/planet/q1', 'PUT', { on: true }],
      ['/questions/q1/answers', 'POST', { body: 'x', url: 'javascript:alert(1)' }],
      ['/questions/q1/answers', 'POST', { body: 'x', url: `https://a.example/${'x'.repeat(2000)}` }],
    ] as const) {
      const res = await call(`${t.api}${path}`, { method, headers: as('ben'), body });
      assert.ok(res.status === 400 || res.status === 422, `${method} ${path} ${JSON.stringify(body).slice(0, 60)}: ${res.status}`);
      assert.match(String(res.headers.get('content-type')), /problem\+json/);
    }
    assert.deepEqual((await call(`${t.api}/notifications/unread`, { headers: as('ben') })).json, before, 'nothing marked read');
    assert.equal((await call<{ channels: Record<string, string> }>(`${t.api}/notifications/preferences`, { headers: as('ben') })).json.channels.mention, 'immediate');
    assert.equal((await call(`${t.api}/follows/question/q1`, { headers: as('ben') })).json.following, false, 'a refused follow is not stored');
  });

  it('signed out: 401 for the inbox', async () => {
    const res = await call(`${t.api}/notifications`, { headers: as('anonymous') });
    assert.equal(res.status, 401);
  });

  it('OpenAPI lists the routes', async () => {
    const doc = (await call<{ paths: Record<string, unknown> }>(`${t.api}/openapi.json`)).json;
    for (const p of ['/notifications', '/notifications/unread', '/notifications/read', '/notifications/preferences', '/follows/{kind}/{id}']) {
      assert.ok(Object.keys(doc.paths).some((k) => k.endsWith(p)), `${p} in ${Object.keys(doc.paths).filter((k) => /notif|follow/.test(k))}`);
    }
  });
});
