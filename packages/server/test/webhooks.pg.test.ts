/**
 * Webhook workers of two server processes on one PostgreSQL database: each claims due
 * deliveries with `FOR UPDATE SKIP LOCKED`, so ticking both at once sends every delivery once.
 * Runs only in the PostgreSQL pass.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contractSeed } from '@confab/core/test-kit';
import { DEFAULTS } from '../src/config.js';
import { call, newDatabase, startServer, type TestServer } from './helpers.js';
import { receiver, verify } from './webhook-receiver.js';

const seed = {
  ...contractSeed,
  people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member' as const, 'admin' as const], skills: [] }],
};
const as = (user: string) => ({ 'x-confab-dev-user': user });

describe('webhooks across replicas', () => {
  it('two workers ticking at once deliver each of 60 messages exactly once', async () => {
    const db = await newDatabase();
    const hook = await receiver();
    const webhooks = { ...DEFAULTS.webhooks, allowPrivate: true, intervalMs: 3_600_000 };
    const servers: TestServer[] = [];
    try {
      servers.push(await startServer({ seed, webhooks }, db.url));
      servers.push(await startServer({ seed, webhooks }, db.url));
      const [a, b] = servers as [TestServer, TestServer];
      const endpoint = await call<{ id: string; secret: string }>(`${a.api}/webhooks`, { method: 'POST', headers: as('adm'), body: { url: hook.url, events: ['question.created'] } });
      assert.equal(endpoint.status, 201);
      await Promise.all(Array.from({ length: 60 }, (_, i) => call(`${(i % 2 ? a : b).api}/questions`, {
        method: 'POST', headers: as('ana'), body: { title: `Replica question ${i + 1}`, body: 'Sent once.', context: 'page:/replicas' },
      })));
      await Promise.all([a.server.worker?.tick(), b.server.worker?.tick(), a.server.worker?.tick(), b.server.worker?.tick()]);
      const ids = hook.deliveredIds();
      assert.equal(ids.length, 60, 'every message arrived');
      assert.equal(new Set(ids).size, 60, 'none twice');
      assert.ok(hook.received.every((r) => verify(endpoint.json.secret, r.headers, r.body)));
    } finally {
      for (const s of servers) await s.close();
      await hook.close();
      await db.drop();
    }
  });
});
