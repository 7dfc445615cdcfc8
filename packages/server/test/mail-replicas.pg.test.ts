/**
 * Two servers (replicas) on one PostgreSQL database, both with a mail worker: each mail is
 * claimed by one of them (`FOR UPDATE SKIP LOCKED`) and arrives once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Seed } from '@confab/core';
import { contractSeed } from '@confab/core/test-kit';
import { startSmtpReceiver, type SmtpReceiver } from '../../../e2e/smtp.mjs';
import type { MailConfig } from '../src/config.js';
import { call, startServer, type TestServer } from './helpers.js';

const seed: Seed = { ...contractSeed, people: contractSeed.people.map((p) => ({ ...p, email: `${p.id}@example.org` })) };

describe('mail across replicas', () => {
  let smtp: SmtpReceiver;
  let a: TestServer;
  let b: TestServer;
  before(async () => {
    smtp = await startSmtpReceiver();
    const mail: MailConfig = { smtpUrl: smtp.url, from: 'confab@example.org', publicUrl: 'http://confab.test', intervalMs: 24 * 3600_000, maxAttempts: 8, retryBaseMs: 60_000 };
    a = await startServer({ seed, mail });
    b = await startServer({ seed, mail }, a.dbPath);
  });
  after(async () => {
    await b.close();
    await a.destroy();
    await smtp.close();
  });

  it('sends each mail once when both workers run at the same time', async () => {
    const n = 12;
    for (let i = 0; i < n; i++) {
      const r = await call(`${a.api}/questions`, { method: 'POST', headers: { 'x-confab-dev-user': 'ana' }, body: { context: 'page:/replicas', title: `Replica question ${i}`, notify: ['ben', 'cyd'] } });
      assert.equal(r.status, 201);
    }
    const [wa, wb] = [a.server.mail, b.server.mail];
    assert.ok(wa && wb);
    await Promise.all([wa.tick(), wb.tick()]);
    await Promise.all([wa.tick(), wb.tick()]);
    const subjects = smtp.messages.map((m) => `${m.envelopeTo.join()} ${m.subject}`).sort();
    assert.equal(subjects.length, 2 * n);
    assert.equal(new Set(subjects).size, 2 * n, 'no mail twice');
    assert.deepEqual(await a.server.context.store.mail.counts(), { sent: 2 * n });
  });
});
