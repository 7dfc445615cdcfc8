/** Every route of the OpenAPI document, fed junk: always a 4xx problem or a success, never a 5xx. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, startServer, type TestServer } from './helpers.js';

const JUNK: unknown[] = [null, 'text', 42, true, [], [1, 'two'], {}, { title: { nested: [1] }, body: 7, on: 'yes', tags: [null], status: 99, rating: 'x' }];

describe('junk input never causes a 5xx', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ rateLimit: { max: 100_000, windowMs: 1000 } }); });
  after(async () => { await t.destroy(); });

  it('fuzzes every documented route', async () => {
    const doc = (await call<{ paths: Record<string, Record<string, unknown>> }>(`${t.api}/openapi.json`)).json;
    let requests = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (path === '/events') continue;
      for (const method of Object.keys(methods)) {
        for (const id of ['q-vpn', "'; DROP TABLE questions; --", '%00']) {
          const url = `${t.api}${path.replace(/\{\w+\}/g, encodeURIComponent(id))}?limit=-1&cursor=%FF&tag=&ids=,,&sort=__proto__`;
          const bodies = method === 'get' ? [undefined] : JUNK;
          for (const body of bodies) {
            const r = await call(url, { method: method.toUpperCase(), body: body === undefined ? undefined : body, headers: { 'x-confab-dev-user': 'mod' } });
            requests++;
            assert.ok(r.status < 500, `${method.toUpperCase()} ${url} ${JSON.stringify(body)} → ${r.status} ${JSON.stringify(r.json)}`);
            if (r.status >= 400) assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8');
          }
        }
      }
    }
    assert.ok(requests > 100);
    assert.equal((await call<{ items: unknown[] }>(`${t.api}/questions?context=page:/paging&limit=100`)).json.items.length, 23, 'data intact');
  });
});
