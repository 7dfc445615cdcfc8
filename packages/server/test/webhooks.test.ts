/**
 * Signed webhooks over HTTP against a real loopback receiver: Standard Webhooks signatures
 * (verified here independently, from the specification), retries after a 500 with the same
 * `webhook-id`, `kill -9` of the server with deliveries pending, SSRF refusal, rotation,
 * disabling after persistent failure, and the admin-only, validated API.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { contractSeed } from '@confab/core/test-kit';
import { DEFAULTS, type ServerConfig } from '../src/config.js';
import { guardedLookup, isPrivateAddress } from '../src/webhooks/ssrf.js';
import { call, newDatabase, startServer, type TestServer } from './helpers.js';
import { receiver, verify, type Received } from './webhook-receiver.js';

const seed = {
  ...contractSeed,
  people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member' as const, 'admin' as const], skills: [] }],
};
const as = (user: string) => ({ 'x-confab-dev-user': user });

/** A clock the worker reads, moved by the test. */
function testClock() {
  let offset = 0;
  return { now: () => Date.now() + offset, advance(ms: number) { offset += ms; } };
}

function settings(clock: { now: () => number }, extra: Partial<ServerConfig['webhooks']> = {}): ServerConfig['webhooks'] {
  // The interval is long: every test drives the worker with `tick()`.
  return { ...DEFAULTS.webhooks, allowPrivate: true, intervalMs: 3_600_000, timeoutMs: 5000, now: clock.now, ...extra };
}

async function createEndpoint(t: TestServer, url: string, events: string[] = ['question.created']) {
  const r = await call<{ id: string; secret: string; enabled: boolean }>(`${t.api}/webhooks`, { method: 'POST', headers: as('adm'), body: { url, events, description: 'Test receiver' } });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  return r.json;
}

async function ask(t: TestServer, title: string) {
  const r = await call<{ id: string }>(`${t.api}/questions`, { method: 'POST', headers: as('ana'), body: { title, body: 'Details of the question.', context: 'page:/hooks' } });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  return r.json;
}

async function deliveries(t: TestServer, id: string) {
  const r = await call<{ items: { id: string; status: string; attempts: number; responseStatus: number | null; durationMs: number | null; nextAttemptAt: string | null }[] }>(
    `${t.api}/webhooks/${id}/deliveries`, { headers: as('adm') });
  assert.equal(r.status, 200);
  return r.json.items;
}

describe('webhooks: the admin API', () => {
  let t: TestServer;
  const clock = testClock();
  before(async () => { t = await startServer({ seed, webhooks: settings(clock) }); });
  after(async () => { await t.destroy(); });

  it('lets only admins manage endpoints (403 for members and moderators)', async () => {
    const body = { url: 'https://hooks.example/confab', events: ['question.created'] };
    assert.equal((await call(`${t.api}/webhooks`, { method: 'POST', headers: as('ana'), body })).status, 403);
    assert.equal((await call(`${t.api}/webhooks`, { headers: as('mod') })).status, 403, 'moderators are not admins');
    assert.equal((await call(`${t.api}/webhooks`, { headers: as('adm') })).json.length, 0, 'nothing was stored');
  });

  it('refuses bad input with 422 and field messages, and stores nothing', async () => {
    const bad = [
      { url: 'ftp://hooks.example/x', events: ['question.created'] },
      { url: 'not a url', events: ['question.created'] },
      { url: 'https://user:pw@hooks.example/x', events: ['question.created'] },
      { url: 'https://hooks.example/x', events: ['question.exploded'] },
      { url: 'https://hooks.example/x', events: [] },
      { url: 'https://hooks.example/x', events: ['notification.created'] },
      { url: 'https://hooks.example/x', events: ['question.created'], secret: 'mine' },
      { events: ['question.created'] },
    ];
    for (const body of bad) {
      const r = await call<{ code: string }>(`${t.api}/webhooks`, { method: 'POST', headers: as('adm'), body });
      assert.equal(r.status, 422, JSON.stringify(body));
      assert.equal(r.json.code, 'validation');
    }
    assert.deepEqual((await call(`${t.api}/webhooks`, { headers: as('adm') })).json, []);
  });

  it('creates, lists without the secret, changes, and deletes an endpoint (OpenAPI lists the routes)', async () => {
    const created = await createEndpoint(t, 'https://hooks.example/confab', ['question.created', 'idea.status-changed']);
    assert.match(created.secret, /^whsec_[A-Za-z0-9+/]{32}$/, 'a whsec_ secret with a 24-byte base64 key');
    const list = (await call<Record<string, unknown>[]>(`${t.api}/webhooks`, { headers: as('adm') })).json;
    assert.equal(list.length, 1);
    assert.equal(list[0]?.secret, undefined, 'the secret is shown only once');
    const patched = await call<{ events: string[]; enabled: boolean; disabledReason: string | null }>(`${t.api}/webhooks/${created.id}`, { method: 'PATCH', headers: as('adm'), body: { events: ['answer.created'], enabled: false } });
    assert.equal(patched.status, 200);
    assert.deepEqual(patched.json.events, ['answer.created']);
    assert.equal(patched.json.enabled, false);
    assert.equal((await call(`${t.api}/webhooks/${created.id}`, { method: 'PATCH', headers: as('adm'), body: { enabled: 'yes' } })).status, 422);
    assert.equal((await call(`${t.api}/webhooks/${created.id}`, { method: 'DELETE', headers: as('ana'), body: {} })).status, 403);
    assert.equal((await call(`${t.api}/webhooks/${created.id}`, { method: 'DELETE', headers: as('adm'), body: {} })).status, 200);
    assert.equal((await call(`${t.api}/webhooks/${created.id}`, { headers: as('adm') })).status, 404);
    const doc = (await call<{ paths: Record<string, Record<string, unknown>> }>(`${t.url}/api/v1/openapi.json`)).json;
    for (const path of ['/webhooks', '/webhooks/{id}', '/webhooks/{id}/rotate-secret', '/webhooks/{id}/deliveries']) assert.ok(doc.paths[path], path);
  });
});

describe('webhooks: signed delivery, retries and rotation', () => {
  let t: TestServer;
  let hook: Awaited<ReturnType<typeof receiver>>;
  const clock = testClock();
  before(async () => {
    hook = await receiver();
    t = await startServer({ seed, webhooks: settings(clock, { retry: { backoffMs: () => 60_000, maxAgeMs: 3_600_000 } }) });
  });
  after(async () => { await t.destroy(); await hook.close(); });
  const tick = () => t.server.worker?.tick();

  it('delivers each change to the endpoints that want it, signed as Standard Webhooks specifies', async () => {
    const endpoint = await createEndpoint(t, hook.url, ['question.created']);
    const q = await ask(t, 'Where are the webhook docs?');
    await call(`${t.api}/questions/${q.id}/answers`, { method: 'POST', headers: as('ben'), body: { body: 'Not subscribed: not sent.' } });
    await tick();
    assert.equal(hook.received.length, 1, 'one delivery: the endpoint receives question.created only');
    const got = hook.received[0] as Received;
    assert.ok(verify(endpoint.secret, got.headers, got.body, Math.floor(clock.now() / 1000)), 'the signature verifies with the endpoint secret');
    assert.ok(!verify(`whsec_${Buffer.alloc(24, 1).toString('base64')}`, got.headers, got.body, Math.floor(clock.now() / 1000)), 'and not with another secret');
    assert.match(got.headers['webhook-id'] as string, /^msg_[0-9a-f]{32}$/);
    assert.equal(got.headers['content-type'], 'application/json');
    const payload = JSON.parse(got.body) as { type: string; timestamp: string; data: { id: string; title: string } };
    assert.equal(payload.type, 'question.created');
    assert.equal(payload.data.id, q.id);
    assert.equal(payload.data.title, 'Where are the webhook docs?');
    const log = await deliveries(t, endpoint.id);
    assert.equal(log.length, 1);
    assert.equal(log[0]?.status, 'delivered');
    assert.equal(log[0]?.attempts, 1);
    assert.equal(log[0]?.responseStatus, 200);
    assert.equal(typeof log[0]?.durationMs, 'number');
    await tick();
    assert.equal(hook.received.length, 1, 'a delivered message is not sent again');
    await call(`${t.api}/webhooks/${endpoint.id}`, { method: 'DELETE', headers: as('adm'), body: {} });
  });

  it('retries a delivery answered 500 later, with the same webhook-id, and delivers it once', async () => {
    const start = hook.received.length;
    hook.state.answer = (n) => (n === start ? 500 : 200);
    const endpoint = await createEndpoint(t, hook.url, ['question.created']);
    await ask(t, 'Will a failing receiver get it later?');
    await tick();
    assert.equal(hook.received.length, start + 1);
    let log = await deliveries(t, endpoint.id);
    assert.equal(log[0]?.status, 'pending');
    assert.equal(log[0]?.responseStatus, 500);
    assert.ok(log[0]?.nextAttemptAt && Date.parse(log[0].nextAttemptAt) > clock.now(), 'the retry is scheduled for later');
    await tick();
    assert.equal(hook.received.length, start + 1, 'not retried before its backoff ends');
    clock.advance(61_000);
    await tick();
    await tick();
    const attempts = hook.received.slice(start);
    assert.equal(attempts.length, 2, 'one failed attempt, one delivery');
    assert.equal(attempts[0]?.headers['webhook-id'], attempts[1]?.headers['webhook-id'], 'the retry carries the same webhook-id');
    assert.ok(verify(endpoint.secret, attempts[1]?.headers ?? {}, attempts[1]?.body ?? '', Math.floor(clock.now() / 1000)));
    log = await deliveries(t, endpoint.id);
    assert.deepEqual([log[0]?.status, log[0]?.attempts, log[0]?.responseStatus], ['delivered', 2, 200]);
    await call(`${t.api}/webhooks/${endpoint.id}`, { method: 'DELETE', headers: as('adm'), body: {} });
  });

  it('signs with the old and the new secret during a rotation, then with the new one only', async () => {
    hook.state.answer = () => 200;
    const endpoint = await createEndpoint(t, hook.url, ['question.created']);
    const rotated = await call<{ secret: string; previousSecretUntil: string }>(`${t.api}/webhooks/${endpoint.id}/rotate-secret`, { method: 'POST', headers: as('adm'), body: {} });
    assert.equal(rotated.status, 200);
    assert.notEqual(rotated.json.secret, endpoint.secret);
    assert.ok(Date.parse(rotated.json.previousSecretUntil) > Date.now(), 'the old secret keeps signing for a while');
    assert.equal((await call(`${t.api}/webhooks/${endpoint.id}/rotate-secret`, { method: 'POST', headers: as('ana'), body: {} })).status, 403);
    const start = hook.received.length;
    await ask(t, 'Signed twice during the rotation?');
    await tick();
    const during = hook.received[start] as Received;
    const now = Math.floor(clock.now() / 1000);
    assert.equal((during.headers['webhook-signature'] as string).split(' ').length, 2, 'two signatures, space-separated');
    assert.ok(verify(endpoint.secret, during.headers, during.body, now), 'a receiver with the old secret verifies');
    assert.ok(verify(rotated.json.secret, during.headers, during.body, now), 'a receiver with the new secret verifies');
    clock.advance(25 * 3600_000);
    await ask(t, 'Signed once after the grace period?');
    await tick();
    const later = hook.received[start + 1] as Received;
    const then = Math.floor(clock.now() / 1000);
    assert.equal((later.headers['webhook-signature'] as string).split(' ').length, 1);
    assert.ok(verify(rotated.json.secret, later.headers, later.body, then));
    assert.ok(!verify(endpoint.secret, later.headers, later.body, then), 'the old secret no longer signs');
    await call(`${t.api}/webhooks/${endpoint.id}`, { method: 'DELETE', headers: as('adm'), body: {} });
  });

  it('disables an endpoint whose deliveries fail for the whole retry period, and tells the admins', async () => {
    hook.state.answer = () => 500;
    const endpoint = await createEndpoint(t, hook.url, ['question.created']);
    await ask(t, 'Nobody will ever receive this?');
    await tick();
    clock.advance(3_600_000);
    await tick();
    const e = (await call<{ enabled: boolean; disabledReason: string }>(`${t.api}/webhooks/${endpoint.id}`, { headers: as('adm') })).json;
    assert.equal(e.enabled, false);
    assert.match(e.disabledReason, /failed/);
    assert.equal((await deliveries(t, endpoint.id))[0]?.status, 'failed');
    const inbox = await t.server.context.store.repos.notifications.list('adm', {});
    const told = inbox.items.find((n) => n.type === 'webhook.disabled');
    assert.ok(told, 'the admin has a webhook.disabled notification');
    assert.equal(told.item.id, endpoint.id);
    assert.equal(told.actor, null, 'sent by Confab itself');
    const start = hook.received.length;
    await ask(t, 'Not sent to a disabled endpoint');
    await tick();
    assert.equal(hook.received.length, start, 'a disabled endpoint receives nothing');
  });
});

describe('webhooks: private addresses (SSRF)', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ seed, webhooks: { ...settings(testClock()), allowPrivate: false } }); });
  after(async () => { await t.destroy(); });

  it('refuses loopback, private, link-local and ULA endpoints without CONFAB_WEBHOOK_ALLOW_PRIVATE=1', async () => {
    for (const url of ['http://127.0.0.1:9/x', 'http://localhost/x', 'http://10.1.2.3/x', 'http://192.168.1.1/x', 'http://169.254.169.254/latest', 'http://[::1]/x', 'http://[fd00::1]/x', 'http://[::ffff:127.0.0.1]/x']) {
      const r = await call<{ fields: { url: string } }>(`${t.api}/webhooks`, { method: 'POST', headers: as('adm'), body: { url, events: ['question.created'] } });
      assert.equal(r.status, 422, url);
      assert.match(r.json.fields.url, /CONFAB_WEBHOOK_ALLOW_PRIVATE/);
    }
    const ok = await call(`${t.api}/webhooks`, { method: 'POST', headers: as('adm'), body: { url: 'https://hooks.example/confab', events: ['question.created'] } });
    assert.equal(ok.status, 201, 'a public host name is accepted');
  });

  it('checks addresses again at delivery time, so a name resolving to loopback is refused (DNS rebinding)', async () => {
    const error = await new Promise<Error | null>((resolve) => guardedLookup(false)('localhost', {}, (e) => resolve(e)));
    assert.match(String(error?.message), /loopback or private/);
    const allowed = await new Promise<string>((resolve) => guardedLookup(true)('localhost', {}, (_e, address) => resolve(String(address))));
    assert.match(allowed, /^(127\.0\.0\.1|::1)$/);
    assert.deepEqual(['8.8.8.8', '2001:4860::8888', '100.64.0.1', '172.20.0.1', '::ffff:10.0.0.1', 'fe80::1'].map(isPrivateAddress), [false, false, true, true, true, true]);
  });
});

describe('webhooks: a crash loses no delivery', () => {
  it('kill -9 of the server with deliveries pending: after a restart each arrives, once, with its webhook-id', async () => {
    const db = await newDatabase();
    const hook = await receiver(() => 503);
    const seedFile = `${db.url.startsWith('postgres') ? `/tmp/confab-seed-${process.pid}` : `${db.url}`}.seed.json`;
    writeFileSync(seedFile, JSON.stringify(seed));
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', main], {
      env: { ...process.env, DATABASE_URL: db.url, CONFAB_SEED: seedFile, CONFAB_WEBHOOK_ALLOW_PRIVATE: '1', PORT: '0', CONFAB_AUTH: 'dev' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let restarted: TestServer | undefined;
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => { out += d.toString(); const m = /Confab server on (http:\/\/\S+)/.exec(out); if (m?.[1]) resolve(m[1]); });
        child.on('exit', (code) => reject(new Error(`the server exited (${code})`)));
      });
      const api = `${address}/api/v1`;
      const created = await call<{ id: string; secret: string }>(`${api}/webhooks`, { method: 'POST', headers: as('adm'), body: { url: hook.url, events: ['question.created'] } });
      if (created.status !== 201) console.log(created.json);
      assert.equal(created.status, 201);
      for (const title of ['First pending question', 'Second pending question', 'Third pending question']) {
        assert.equal((await call(`${api}/questions`, { method: 'POST', headers: as('ana'), body: { title, body: 'Pending.', context: 'page:/hooks' } })).status, 201);
      }
      // The worker tries each once (answered 503: pending, retried after its backoff), then the process is killed.
      for (let i = 0; i < 100 && hook.received.length < 3; i++) await new Promise((r) => setTimeout(r, 100));
      assert.equal(hook.received.length, 3, 'each was attempted once before the crash');
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('close', resolve));
      const firstIds = hook.received.map((r) => r.headers['webhook-id'] as string);

      hook.state.answer = () => 200;
      const clock = testClock();
      clock.advance(10 * 60_000); // past the backoff (and any claim lease of a send cut short)
      restarted = await startServer({ seed, webhooks: settings(clock) }, db.url);
      await restarted.server.worker?.tick();
      await restarted.server.worker?.tick();
      const delivered = hook.deliveredIds();
      assert.equal(delivered.length, 3, 'all three arrive after the restart');
      assert.deepEqual([...delivered].sort(), [...firstIds].sort(), 'with the webhook-ids of the first attempts, each once');
      for (const r of hook.received.filter((x) => x.status === 200)) assert.ok(verify(created.json.secret, r.headers, r.body, Math.floor(clock.now() / 1000)));
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await restarted?.close();
      await hook.close();
      await db.drop();
      rmSync(seedFile, { force: true });
    }
  });
});
