/** HTTP caching: ETag and 304 on lists and threads; personal answers never stored by a cache. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, startServer, type TestServer } from './helpers.js';

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
