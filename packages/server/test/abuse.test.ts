/**
 * The abuse suite: each finding of the outside attack on the server (issue "Hardening"), and of
 * our own attack after it, as a regression test that failed on the code before its fix.
 * It runs on SQLite and on PostgreSQL; the rules it checks live in core's domain, so they hold in
 * MemoryAdapter too.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { configFromEnv } from '../src/config.js';
import { call, startServer, type TestServer } from './helpers.js';
import { readSse } from './sse.js';

const PROBLEM = 'application/problem+json; charset=utf-8';
const as = (user: string) => ({ 'x-confab-dev-user': user });
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('abuse: who did what stays private on every path', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ rateLimit: { max: 10_000, windowMs: 1000 } }); });
  after(async () => { await t.destroy(); });

  it('a replay from the start names no anonymous author, voter or endorser, except to themselves', async () => {
    const start = Date.now() - 1;
    const subject = 'page:/abuse/anonymous';
    const sent = await call<{ id: string }>(`${t.api}/feedback`, {
      method: 'POST', headers: as('ben'), body: { subject, variant: 'stars', rating: 2, comment: 'The form is broken', anonymous: true },
    });
    assert.equal(sent.status, 201);
    assert.equal((await call(`${t.api}/votes/idea/i-01`, { method: 'PUT', headers: as('ben'), body: { on: true } })).status, 200);
    assert.equal((await call(`${t.api}/people/cyd/endorsements/Design`, { method: 'PUT', headers: as('ben'), body: { on: true } })).status, 200);
    assert.equal((await call(`${t.api}/feedback/${sent.json.id}/state`, { method: 'PUT', headers: as('mod'), body: { state: 'actioned' } })).status, 200);

    const replay = async (user: string) => {
      const s = await readSse(`${t.api}/events?since=${start}`, as(user));
      try {
        return await s.waitFor(4);
      } finally {
        s.close();
      }
    };
    for (const reader of ['anonymous', 'cyd', 'mod']) {
      const events = await replay(reader);
      assert.equal(events.length, 4, reader);
      for (const e of events) {
        if (e.type !== 'feedback.updated') assert.equal(e.actorId, null, `${reader} is not told who did ${e.type}`);
        assert.ok(!JSON.stringify(e.data).includes('"ben"'), `${reader} finds no trace of ben in ${e.type}: ${JSON.stringify(e.data)}`);
      }
      const feedback = events.find((e) => e.type === 'feedback.created');
      if (reader === 'mod') assert.equal((feedback?.data as { comment: string }).comment, 'The form is broken', 'a moderator reads the comment');
      else assert.deepEqual(Object.keys(feedback?.data ?? {}).sort(), ['id', 'state', 'subject'], `${reader} learns only that feedback arrived`);
    }
    const own = await replay('ben');
    assert.deepEqual(own.filter((e) => e.type !== 'feedback.updated').map((e) => e.actorId), ['ben', 'ben', 'ben'], 'the actor sees their own actions');

    // REST: the inbox, the summary and the person's card say no more than the stream.
    const inbox = await call<{ items: { id: string; author: unknown; comment: string }[] }>(`${t.api}/feedback?subject=${encodeURIComponent(subject)}`, { headers: as('mod') });
    assert.equal(inbox.json.items[0]?.comment, 'The form is broken');
    assert.equal(inbox.json.items[0]?.author, null, 'the inbox hides the anonymous author from moderators');
    for (const path of [`/feedback/summary?subject=${encodeURIComponent(subject)}`, '/feedback/summary', '/people/cyd', '/ideas/i-01']) {
      for (const reader of ['anonymous', 'cyd', 'mod']) {
        const r = await call(`${t.api}${path}`, { headers: as(reader) });
        assert.equal(r.status, 200, path);
        assert.ok(!JSON.stringify(r.json).includes('"ben"'), `${path} as ${reader} names nobody: ${JSON.stringify(r.json)}`);
      }
    }
    assert.equal((await call<{ author: { id: string } }>(`${t.api}/feedback/mine?subject=${encodeURIComponent(subject)}`, { headers: as('ben') })).json.author.id, 'ben');
  });
});

describe('abuse: live streams', () => {
  let t: TestServer;
  before(async () => {
    t = await startServer({ rateLimit: { max: 10_000, windowMs: 1000 }, streamLimits: { perUser: 2, perAddress: 4 } });
  });
  after(async () => { await t.destroy(); });

  it('200 requests with out-of-range parameters get problems and leave no subscriber behind', async () => {
    const bad = ['since=99999999999999999', 'since=-1', 'since=1e9', 'lastEventId=' + '9'.repeat(100), `scope=${'x'.repeat(3000)}`,
      Array.from({ length: 25 }, (_, i) => `scope=s${i}`).join('&'), 'scope[]=x&since=NaN', 'since=%FF'];
    for (let i = 0; i < 200; i++) {
      const query = bad[i % bad.length] as string;
      const r = await call(`${t.api}/events?${query}`);
      assert.ok(r.status >= 400 && r.status < 500, `${query} → ${r.status}`);
      assert.equal(r.headers.get('content-type'), PROBLEM, query);
    }
    await pause(50);
    assert.equal(t.server.context.feed.size, 0, 'no stream left registered');
    const live = await readSse(`${t.api}/events`, as('cyd'));
    try {
      assert.equal((await call(`${t.api}/votes/idea/i-05`, { method: 'PUT', headers: as('mod'), body: { on: true } })).status, 200);
      assert.equal((await live.waitFor(1))[0]?.type, 'vote.changed', 'live events still flow');
    } finally {
      live.close();
    }
  });

  it('a fresh stream with since= receives its whole window, not only the oldest 500 events', async () => {
    const from = Date.now() - 1;
    const scope = 'question:q-travel';
    for (let i = 0; i < 520; i++) {
      assert.equal((await call(`${t.api}/votes/question/q-travel`, { method: 'PUT', headers: as('cyd'), body: { on: i % 2 === 0 } })).status, 200);
    }
    const s = await readSse(`${t.api}/events?scope=${scope}&since=${from}`, as('cyd'));
    try {
      const events = await s.waitFor(520, 10_000);
      await pause(100);
      assert.equal(s.events.length, 520, 'each event of the window once');
      assert.deepEqual(new Set(events.map((e) => e.id)).size, 520);
    } finally {
      s.close();
    }
  });

  it('concurrent streams are capped per user and per address, and a closed one frees its slot', async () => {
    const open = async (user: string) => readSse(`${t.api}/events`, as(user)).then((s) => s, (e: Error) => e);
    const [a1, a2] = await Promise.all([open('ana'), open('ana')]);
    const a3 = await call(`${t.api}/events`, { headers: as('ana') });
    assert.equal(a3.status, 429, 'a third stream of one user is refused');
    assert.equal(a3.headers.get('content-type'), PROBLEM);
    assert.ok(Number(a3.headers.get('retry-after')) > 0);
    const [b1, c1] = await Promise.all([open('ben'), open('cyd')]);
    assert.ok(!(b1 instanceof Error) && !(c1 instanceof Error), 'other users still connect');
    assert.equal((await call(`${t.api}/events`, { headers: as('mod') })).status, 429, 'the address is full at 4 streams');
    (a1 as { close(): void }).close();
    await pause(100);
    const again = await open('mod');
    assert.ok(!(again instanceof Error), 'a closed stream frees its slot');
    for (const s of [a2, b1, c1, again]) if (!(s instanceof Error)) s.close();
  });
});

describe('abuse: request bodies', () => {
  let t: TestServer;
  before(async () => { t = await startServer(); });
  after(async () => { await t.destroy(); });
  const count = async () => (await call<{ items: unknown[] }>(`${t.api}/questions?context=page:/abuse&limit=100`)).json.items.length;

  it('unknown properties are refused by name on every write, however deeply they nest; nothing is stored', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const cases: [string, string, unknown][] = [
      ['POST', '/questions', `{"context":"page:/abuse","title":"Deep","extra":${deep}}`],
      ['POST', '/questions', { context: 'page:/abuse', title: 'Typo', tgas: ['vpn'] }],
      ['POST', '/questions/q-vpn/answers', { body: 'Hi', __proto__x: 1 }],
      ['PUT', '/votes/idea/i-02', { on: true, weight: 100 }],
      ['POST', '/feedback', { subject: 'page:/abuse', variant: 'helpful', rating: 5, authorId: 'mod' }],
      ['POST', '/ideas', { title: 'Idea', status: 'done' }],
    ];
    const before = await count();
    for (const [method, path, body] of cases) {
      const raw = typeof body === 'string' ? body : JSON.stringify(body);
      const r = await call<{ code: string; fields: Record<string, string> }>(`${t.api}${path}`, { method, raw, headers: { 'content-type': 'application/json', 'idempotency-key': `k-${path}-${method}` } });
      assert.equal(r.status, 422, `${method} ${path}`);
      assert.equal(r.headers.get('content-type'), PROBLEM);
      assert.equal(r.json.code, 'validation');
      assert.match(Object.values(r.json.fields).join(' '), /is not a known property/);
    }
    const nested = await call(`${t.api}/questions`, { method: 'POST', raw: `{"context":"page:/abuse","title":${'['.repeat(5000)}1${']'.repeat(5000)}}`, headers: { 'content-type': 'application/json' } });
    assert.equal(nested.status, 422, 'deep nesting inside a known property');
    assert.equal(await count(), before, 'nothing stored');
    assert.equal((await call(`${t.api}/ideas/i-02`)).json.votes, 0);
  });

  it('the idempotency fingerprint is the route and its decoded parameters: a percent-encoded path replays', async () => {
    const headers = { ...as('ana'), 'idempotency-key': 'encoded-path' };
    const first = await call(`${t.api}/votes/idea/i-01`, { method: 'PUT', headers, body: { on: true } });
    assert.equal(first.status, 200);
    const again = await call(`${t.api}/votes/idea/%69-01`, { method: 'PUT', headers, body: { on: true } });
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.json, first.json);
  });
});

describe('abuse: configuration is checked at start-up', () => {
  it('a malformed trusted proxy never widens trust: the server refuses to start and names the variable', () => {
    for (const entry of ['10.0.0.1/', '/33', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/-1', '10.0.0.0/8/8', 'proxy.internal', '10.0.0.0/ 8']) {
      assert.throws(() => configFromEnv({ CONFAB_AUTH: 'header', CONFAB_TRUSTED_PROXIES: entry }, '/'), /CONFAB_TRUSTED_PROXIES/, entry);
    }
    assert.deepEqual(configFromEnv({ CONFAB_AUTH: 'header', CONFAB_TRUSTED_PROXIES: '10.0.0.0/8, fd00::/8, 192.168.1.10' }, '/').config.trustedProxies,
      ['10.0.0.0/8', 'fd00::/8', '192.168.1.10']);
  });

  it('every other unusable value is refused with a message naming its variable', () => {
    const bad: Record<string, string>[] = [
      { PORT: '99999' }, { PORT: 'http' }, { CONFAB_RATE_LIMIT: '0' }, { CONFAB_RATE_LIMIT: 'lots' }, { CONFAB_RATE_WINDOW_MS: '-5' },
      { CONFAB_SEARCH_RATE_LIMIT: '1.5' }, { CONFAB_MAX_STREAMS_PER_USER: '0' }, { CONFAB_MAX_STREAMS_PER_ADDRESS: 'x' },
      { CONFAB_REQUEST_TIMEOUT: 'never' }, { CONFAB_IDLE_TIMEOUT: '5s' }, { CONFAB_ALLOWED_ORIGINS: 'https://intranet.example/' },
      { CONFAB_ALLOWED_ORIGINS: 'intranet.example' }, { CONFAB_ALLOWED_HOSTS: 'evil.example/path' }, { CONFAB_USER_HEADER: 'x user' },
      { CONFAB_LOG: 'yes' }, { CONFAB_EVENT_RETENTION: '1s' }, { CONFAB_AUTH: 'jwt', CONFAB_JWT_SECRET: 'short' },
      { CONFAB_AUTH: 'jwt', CONFAB_JWT_JWKS_URL: 'file:///etc/passwd' }, { CONFAB_DEV_ALLOW_REMOTE: 'true' },
    ];
    for (const env of bad) {
      const name = Object.keys(env).find((k) => k !== 'CONFAB_AUTH' || Object.keys(env).length === 1) as string;
      assert.throws(() => configFromEnv(env, '/'), new RegExp(name), JSON.stringify(env));
    }
  });

  it('main refuses to start with the message and exit code 2, not a stack trace', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', main], {
      env: { ...process.env, CONFAB_AUTH: 'header', CONFAB_TRUSTED_PROXIES: '10.0.0.1/', DATABASE_URL: ':memory:' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /^Confab server not started: CONFAB_TRUSTED_PROXIES: "10\.0\.0\.1\/" is not an IP address/m);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  });

  it('header auth trusts no proxy until one is configured, and says so at start-up', async () => {
    const { config, warnings } = configFromEnv({ CONFAB_AUTH: 'header' }, '/');
    assert.deepEqual(config.trustedProxies, []);
    assert.ok(warnings.some((w) => w.includes('CONFAB_TRUSTED_PROXIES')), 'a start-up warning names the setting');
    const t = await startServer({ auth: 'header' });
    try {
      assert.equal((await call(`${t.api}/me`, { headers: { 'x-confab-user': 'mod' } })).json, null, 'a local process cannot pose as a moderator');
    } finally {
      await t.destroy();
    }
  });

  it('dev auth refuses to listen beyond loopback unless CONFAB_DEV_ALLOW_REMOTE=1', () => {
    assert.throws(() => configFromEnv({ HOST: '0.0.0.0' }, '/'), /CONFAB_DEV_ALLOW_REMOTE/);
    assert.throws(() => configFromEnv({ HOST: '10.1.2.3', CONFAB_AUTH: 'dev' }, '/'), /CONFAB_DEV_ALLOW_REMOTE/);
    assert.equal(configFromEnv({ HOST: '0.0.0.0', CONFAB_DEV_ALLOW_REMOTE: '1' }, '/').host, '0.0.0.0');
    assert.equal(configFromEnv({ HOST: '::1' }, '/').host, '::1');
    assert.equal(configFromEnv({ HOST: '0.0.0.0', CONFAB_AUTH: 'jwt', CONFAB_JWT_SECRET: 'x'.repeat(32) }, '/').host, '0.0.0.0');
  });
});

/** A GET with a chosen Host header (fetch does not let us set it). */
function getWithHost(url: string, host: string): Promise<{ status: number; type: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('abuse: dev auth and DNS rebinding', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ allowedHosts: ['intranet.test'] }); });
  after(async () => { await t.destroy(); });

  it('answers only loopback host names and CONFAB_ALLOWED_HOSTS', async () => {
    const port = new URL(t.url).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `demo.localhost:${port}`, 'intranet.test', `intranet.test:${port}`]) {
      assert.equal((await getWithHost(`${t.api}/me`, host)).status, 200, host);
    }
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, `localhost.evil.example`]) {
      const r = await getWithHost(`${t.api}/me`, host);
      assert.equal(r.status, 403, host);
      assert.equal(r.type, PROBLEM);
    }
  });
});

describe('abuse: JWT claims of the wrong shape', () => {
  const secret = 'abuse-suite-secret-long-enough-for-hs256';
  let t: TestServer;
  before(async () => { t = await startServer({ auth: 'jwt', jwt: { secret } }); });
  after(async () => { await t.destroy(); });
  const token = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(new TextEncoder().encode(secret));

  it('are refused with 401, and nothing is written for them', async () => {
    const bad: Record<string, unknown>[] = [
      { sub: null }, { sub: 42 }, { sub: ['ben'] }, { sub: '' }, { sub: '   ' }, { sub: 'x'.repeat(201) }, { sub: 'ben\u0000' }, { sub: 'ben', name: 'Ben\u0000' }, { sub: { id: 'ben' } },
      { sub: 'ben', name: 7 }, { sub: 'ben', name: 'n'.repeat(201) }, { sub: 'ben', roles: 'admin' }, { sub: 'ben', roles: ['root'] }, { sub: 'ben', roles: [{}] },
    ];
    const people = async () => (await call<{ items: unknown[] }>(`${t.api}/people?limit=100`)).json.items.length;
    const before = await people();
    for (const claims of bad) {
      const headers = { authorization: `Bearer ${await token(claims)}` };
      const me = await call(`${t.api}/me`, { headers });
      assert.equal(me.status, 401, JSON.stringify(claims));
      assert.equal(me.headers.get('content-type'), PROBLEM);
      const vote = await call(`${t.api}/votes/idea/i-02`, { method: 'PUT', headers, body: { on: true } });
      assert.equal(vote.status, 401, JSON.stringify(claims));
    }
    assert.equal(await people(), before, 'no person created');
    assert.equal((await call(`${t.api}/ideas/i-02`)).json.votes, 0, 'no vote stored');
    const good = await call<{ id: string; roles: string[] }>(`${t.api}/me`, { headers: { authorization: `Bearer ${await token({ sub: 'ben', roles: ['moderator'] })}` } });
    assert.deepEqual([good.status, good.json.id, good.json.roles], [200, 'ben', ['member', 'moderator']], 'the claim\'s roles, member always kept');
  });
});

describe('abuse: limits on slow clients and expensive reads', () => {
  let t: TestServer;
  before(async () => {
    t = await startServer({ searchRateLimit: { max: 3, windowMs: 60_000 }, timeouts: { requestMs: 1000, headersMs: 500, idleMs: 20_000 } });
  });
  after(async () => { await t.destroy(); });

  it('a request whose headers never end is cut off', async () => {
    assert.ok(t.server.app.server.requestTimeout > 0, 'a request timeout is set');
    const { port } = new URL(t.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write('GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    let reply = '';
    socket.on('data', (d: Buffer) => { reply += d.toString(); });
    const closed = await Promise.race([new Promise((r) => socket.once('close', () => r(true))), pause(8000).then(() => false)]);
    socket.destroy();
    assert.ok(closed, 'the server closed the connection');
    assert.ok(reply === '' || reply.startsWith('HTTP/1.1 408'), reply);
  });

  it('people search, expert suggestions and similar questions are rate-limited per user, and per address when signed out', async () => {
    const paths = ['/people?query=kub', '/experts/suggest?text=kubernetes', '/questions/similar?text=vpn'];
    for (const path of paths) assert.equal((await call(`${t.api}${path}`, { headers: as('ana') })).status, 200, path);
    const over = await call(`${t.api}/ideas/similar?text=desk`, { headers: as('ana') });
    assert.equal(over.status, 429);
    assert.equal(over.headers.get('content-type'), PROBLEM);
    assert.ok(Number(over.headers.get('retry-after')) > 0);
    assert.equal((await call(`${t.api}/questions/q-vpn`, { headers: as('ana') })).status, 200, 'cheap reads are not limited');
    assert.equal((await call(`${t.api}/people?query=kub`, { headers: as('ben') })).status, 200, 'the limit is per user');
    for (let i = 0; i < 3; i++) assert.equal((await call(`${t.api}/experts/suggest?text=vpn`, { headers: as('anonymous') })).status, 200);
    assert.equal((await call(`${t.api}/experts/suggest?text=vpn`, { headers: as('anonymous') })).status, 429, 'signed out: per address');
  });
});

describe('abuse: response hygiene', () => {
  let t: TestServer;
  const lines: string[] = [];
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'confab-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Demo</title>');
    t = await startServer({ staticDirs: [{ prefix: '/', dir }], logStream: { write: (line: string) => { lines.push(line); } } });
  });
  after(async () => { await t.destroy(); });

  it('every response says nosniff and carries a request id; no shared cache keeps an API answer', async () => {
    for (const path of ['/api/v1/me', '/api/v1/questions?limit=1', '/api/v1/nope', '/healthz', '/index.html', '/missing.html']) {
      const r = await call(`${t.url}${path}`);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
      assert.match(r.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/, path);
      // Personal answers and problems: no-store. Lists: private, revalidated by ETag (caching.test.ts).
      if (path.startsWith('/api/')) assert.equal(r.headers.get('cache-control'), path.startsWith('/api/v1/questions') ? 'private, no-cache' : 'no-store', path);
    }
  });

  it('pages get a strict Content-Security-Policy: no inline script, no eval, no framing', async () => {
    const csp = (await call(`${t.url}/index.html`)).headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });

  it('malformed URLs get a problem, not Fastify\'s own error', async () => {
    for (const path of ['/api/v1/questions/%E0%A4%A', '/api/v1/questions/%', `/api/v1/questions/${'%FF'.repeat(10)}`]) {
      const r = await call(`${t.url}${path}`);
      assert.ok(r.status === 400 || r.status === 404, `${path} → ${r.status}`);
      assert.equal(r.headers.get('content-type'), PROBLEM, path);
    }
  });

  it('a 5xx is logged with the request id it returns', async () => {
    await t.server.context.store.close(); // the database goes away under the server
    const r = await call<{ requestId: string; detail: string }>(`${t.api}/questions?limit=1`);
    assert.equal(r.status, 500);
    assert.equal(r.json.requestId, r.headers.get('x-request-id'));
    assert.ok(r.json.detail.includes(r.json.requestId), 'the message asks to quote the id');
    await pause(50);
    const logged = lines.map((l) => JSON.parse(l) as { level: number; requestId?: string; reqId?: string }).find((l) => l.level >= 50 && l.requestId === r.json.requestId);
    assert.ok(logged, `the error is logged with its request id (${lines.length} lines)`);
  });
});

describe('abuse: our own attack, hostile text everywhere (on both databases)', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ rateLimit: { max: 1e6, windowMs: 1000 }, searchRateLimit: { max: 1e6, windowMs: 1000 } }); });
  after(async () => { await t.destroy(); });

  // Full-text operators of FTS5 and websearch_to_tsquery, SQL and LIKE metacharacters, NUL,
  // astral and bidi characters, compatibility forms, the longest allowed text.
  const TEXTS = ['"', '""', 'AND', 'OR OR', 'NEAR(a b)', '*', 'a*', '^a', 'col:x', '(', ')', '-', '- -', "'", '\\', '\u0000', '%', '_',
    '😀'.repeat(100), 'a'.repeat(200), '{}', 'NOT', 'a NOT', '"a" "b"', 'title:vpn', '::', '<script>', 'k8s', '١٢٣', 'Ǆ', 'ﬁ', '\u202e'];
  const READS = ['/questions?text=', '/questions/similar?text=', '/ideas/similar?text=', '/people?query=', '/people?skill=', '/experts/suggest?text=',
    '/experts/suggest?tag=', '/questions?tag=', '/questions?context=', '/ideas?campaign=', '/feedback/summary?subject=', '/people?ids=',
    '/questions?cursor=', '/ideas?cursor=', '/people?cursor=', '/feedback?cursor=', '/ideas/i-01/comments?cursor='];

  it('search syntax, control and bidi characters, odd numbers and odd headers never give a 5xx', async () => {
    let n = 0;
    const bad: string[] = [];
    const check = (what: string, r: { status: number; json: unknown }) => {
      n++;
      if (r.status >= 500) bad.push(`${what} → ${r.status} ${JSON.stringify(r.json).slice(0, 200)}`);
    };
    for (const x of TEXTS) {
      for (const path of READS) for (const user of ['mod', 'anonymous']) check(path, await call(`${t.api}${path}${encodeURIComponent(x)}`, { headers: as(user) }));
      const writes: [string, string, unknown][] = [
        ['POST', '/questions', { context: x || 'c', title: x || 't', body: x, tags: [x] }], ['POST', '/ideas', { title: x || 't', body: x, tags: [x] }],
        ['POST', '/feedback', { subject: x || 's', variant: 'stars', rating: 3, comment: x, reason: x }], ['PUT', `/people/ben/endorsements/${encodeURIComponent(x)}`, { on: true }],
        ['POST', '/questions/q-vpn/answers', { body: x }], ['POST', '/questions/similar', { text: x }], ['POST', '/experts/suggest', { text: x, tags: [x] }],
      ];
      for (const [method, path, body] of writes) check(`${method} ${path}`, await call(`${t.api}${path}`, { method, body, headers: as('ana') }));
    }
    for (const q of ['limit=0', 'limit=100000', 'limit=999999', 'limit=1e3', 'limit=01', 'sort=votes&limit=100', 'status=answered&sort=unanswered']) {
      check(q, await call(`${t.api}/questions?${q}`));
    }
    for (const rating of [0, 6, 2.5, -1, 1e308]) {
      const r = await call(`${t.api}/feedback`, { method: 'POST', body: { subject: 's', variant: 'stars', rating }, headers: as('ana') });
      check(`rating ${rating}`, r);
      assert.equal(r.status, 422, `rating ${rating} is refused`);
    }
    const odd: Record<string, string>[] = [{ 'x-confab-dev-user': 'x'.repeat(5000) }, as('nobody'), { cookie: 'confab_dev_user=%E0%A4%A' }, { cookie: 'confab_dev_user=%00' }, { 'idempotency-key': 'x'.repeat(300) },
      { accept: 'text/html' }, { 'content-type': 'application/json; charset=latin1' }];
    for (const headers of odd) {
      check(JSON.stringify(headers).slice(0, 60), await call(`${t.api}/votes/idea/i-01`, { method: 'PUT', body: { on: true }, headers }));
    }
    assert.deepEqual(bad, [], `${bad.length} of ${n} requests failed`);
    assert.ok(n > 1000, `${n} requests`);
  });
});
