/** HTTP behaviour: problem responses (and nothing changed), CSRF, CORS, idempotency, rate limits, OpenAPI. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, startServer, type TestServer } from './helpers.js';

const PROBLEM = 'application/problem+json; charset=utf-8';

describe('problems for bad input, and nothing changed', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ bodyLimit: 32 * 1024 }); });
  after(async () => { await t.destroy(); });

  const count = async () => ((await call(`${t.api}/questions?limit=100`)).json.items as unknown[]).length;
  const cases: [string, () => ReturnType<typeof call<Record<string, unknown>>>, number][] = [
    ['malformed JSON', () => call(`${t.api}/questions`, { method: 'POST', raw: '{"context":', headers: { 'content-type': 'application/json' } }), 400],
    ['wrong types', () => call(`${t.api}/questions`, { method: 'POST', body: { context: 'page:/x', title: 42, tags: 'a' } }), 422],
    ['missing fields', () => call(`${t.api}/questions`, { method: 'POST', body: {} }), 422],
    ['a JSON array body', () => call(`${t.api}/questions`, { method: 'POST', body: [1, 2] }), 422],
    ['an oversized body', () => call(`${t.api}/questions`, { method: 'POST', body: { context: 'page:/x', title: 'Big', body: 'x'.repeat(40_000) } }), 413],
    ['a non-JSON content type', () => call(`${t.api}/questions`, { method: 'POST', raw: 'context=x&title=y', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415],
    ['an unknown route', () => call(`${t.api}/nope`, { method: 'POST', body: {} }), 404],
    ['an unknown item', () => call(`${t.api}/questions/q-missing/answers`, { method: 'POST', body: { body: 'Hi' } }), 404],
    ['a forbidden write', () => call(`${t.api}/ideas/i-01/status`, { method: 'PUT', body: { status: 'planned', note: 'Yes' } }), 403],
    ['an unknown vote kind', () => call(`${t.api}/votes/person/ana`, { method: 'PUT', body: { on: true } }), 422],
    ['a bad page size', () => call(`${t.api}/questions?limit=ten`), 422],
    ['a bad cursor', () => call(`${t.api}/questions?cursor=zzz`), 422],
    ['hostile strings in ids', () => call(`${t.api}/questions/${encodeURIComponent("' OR 1=1 --")}`), 404],
  ];
  for (const [name, run, status] of cases) {
    it(`${name} → ${status} problem`, async () => {
      const before = await count();
      const r = await run();
      assert.equal(r.status, status);
      assert.equal(r.headers.get('content-type'), PROBLEM);
      assert.equal(r.json.status, status);
      assert.equal(typeof r.json.title, 'string');
      assert.equal(await count(), before, 'nothing stored');
    });
  }

  it('validation problems carry field messages', async () => {
    const r = await call(`${t.api}/questions`, { method: 'POST', body: { context: 'page:/x', title: '  ', tags: ['a'.repeat(41)] } });
    assert.equal(r.status, 422);
    assert.equal(r.json.code, 'validation');
    assert.ok(typeof (r.json.fields as Record<string, string>).tags === 'string');
  });
});

describe('CSRF and CORS', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ allowedOrigins: ['https://intranet.example'] }); });
  after(async () => { await t.destroy(); });
  const cookie = { cookie: 'confab_dev_user=ana' }; // not the author of i-02: nobody votes for their own idea

  it('cookie auth: cross-site writes are refused, same-origin and allowed origins pass', async () => {
    const evil = await call(`${t.api}/votes/idea/i-02`, { method: 'PUT', body: { on: true }, headers: { ...cookie, origin: 'https://evil.example' } });
    assert.equal(evil.status, 403);
    const site = await call(`${t.api}/votes/idea/i-02`, { method: 'PUT', body: { on: true }, headers: { ...cookie, 'sec-fetch-site': 'cross-site' } });
    assert.equal(site.status, 403);
    assert.equal((await call(`${t.api}/ideas/i-02`)).json.votes, 0, 'no vote stored');
    const same = await call(`${t.api}/votes/idea/i-02`, { method: 'PUT', body: { on: true }, headers: { ...cookie, origin: t.url } });
    assert.equal(same.status, 200);
    const allowed = await call(`${t.api}/votes/idea/i-02`, { method: 'PUT', body: { on: true }, headers: { cookie: 'confab_dev_user=cyd', origin: 'https://intranet.example' } });
    assert.equal(allowed.status, 200);
    assert.equal((await call(`${t.api}/ideas/i-02`)).json.votes, 2);
  });

  it('writes must be JSON (a form post cannot write)', async () => {
    const r = await call(`${t.api}/votes/idea/i-02`, { method: 'PUT', raw: '{"on":false}', headers: { ...cookie, 'content-type': 'text/plain' } });
    assert.equal(r.status, 415);
  });

  it('CORS: allowed origins get credentials headers, others none', async () => {
    const pre = await fetch(`${t.api}/questions`, { method: 'OPTIONS', headers: { origin: 'https://intranet.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' } });
    assert.equal(pre.headers.get('access-control-allow-origin'), 'https://intranet.example');
    assert.equal(pre.headers.get('access-control-allow-credentials'), 'true');
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
    const other = await fetch(`${t.api}/questions`, { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const controller = new AbortController();
    const stream = await fetch(`${t.api}/events?scope=all`, { headers: { origin: 'https://intranet.example' }, signal: controller.signal });
    assert.equal(stream.headers.get('access-control-allow-origin'), 'https://intranet.example', 'the event stream too');
    controller.abort();
  });
});

describe('idempotency and rate limits', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ rateLimit: { max: 3, windowMs: 60_000 } }); });
  after(async () => { await t.destroy(); });

  it('a replay returns the stored response; the same key with another body is 422', async () => {
    const headers = { 'idempotency-key': 'key-1', 'x-confab-dev-user': 'ana' };
    const first = await call(`${t.api}/questions`, { method: 'POST', body: { context: 'page:/idem', title: 'Once?' }, headers });
    const again = await call(`${t.api}/questions`, { method: 'POST', body: { title: 'Once?', context: 'page:/idem' }, headers });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.deepEqual(again.json, first.json);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const other = await call(`${t.api}/questions`, { method: 'POST', body: { context: 'page:/idem', title: 'Twice?' }, headers });
    assert.equal(other.status, 422);
    assert.equal(other.json.code, 'conflict');
    assert.equal(((await call(`${t.api}/questions?context=page:/idem`)).json.items as unknown[]).length, 1);
  });

  it('too many writes → 429 with Retry-After, per user; nothing stored', async () => {
    const ask = (user: string, n: number) => call(`${t.api}/questions`, { method: 'POST', body: { context: 'page:/rate', title: `Rate ${n}` }, headers: { 'x-confab-dev-user': user } });
    for (let i = 0; i < 3; i++) assert.equal((await ask('ben', i)).status, 201);
    const limited = await ask('ben', 3);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    assert.equal(limited.json.code, 'rate-limited');
    assert.equal((await ask('cyd', 4)).status, 201, 'another user is not limited');
    assert.equal(((await call(`${t.api}/questions?context=page:/rate`)).json.items as unknown[]).length, 4);
  });
});

describe('documents', () => {
  let t: TestServer;
  before(async () => { t = await startServer(); });
  after(async () => { await t.destroy(); });

  it('serves /healthz and an OpenAPI document built from the route schemas', async () => {
    assert.equal((await call(`${t.url}/healthz`)).json.status, 'ok');
    const doc = (await call(`${t.api}/openapi.json`)).json as unknown as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, { maxLength?: number }> } }> } }>> };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/questions']?.get && doc.paths['/questions/{id}/answers']?.post && doc.paths['/events']?.get);
    assert.equal(doc.paths['/questions']?.post?.requestBody?.content['application/json']?.schema.properties.title?.maxLength, 200);
  });

  it('lists seeded users for the dev "Acting as" select', async () => {
    const users = (await call(`${t.api}/dev/users`)).json as unknown as { id: string; roles: string[] }[];
    assert.deepEqual(users.map((u) => u.id).sort(), ['ana', 'ben', 'cyd', 'mod']);
  });
});

describe('paging while items are added', () => {
  let t: TestServer;
  before(async () => { t = await startServer(); });
  after(async () => { await t.destroy(); });

  it("'new' lists continue after the last item seen: no duplicates, no gaps", async () => {
    type P = { items: { id: string }[]; nextCursor: string | null };
    const first = (await call<P>(`${t.api}/questions?context=page:/paging&sort=new&limit=10`)).json;
    await call(`${t.api}/questions`, { method: 'POST', body: { context: 'page:/paging', title: 'Arrived between pages' } });
    const second = (await call<P>(`${t.api}/questions?context=page:/paging&sort=new&limit=10&cursor=${first.nextCursor}`)).json;
    const third = (await call<P>(`${t.api}/questions?context=page:/paging&sort=new&limit=10&cursor=${second.nextCursor}`)).json;
    const ids = [...first.items, ...second.items, ...third.items].map((q) => q.id);
    assert.equal(ids.length, 23);
    assert.equal(new Set(ids).size, 23);
    assert.equal(third.nextCursor, null);
  });
});
