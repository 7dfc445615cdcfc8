// End-to-end: the built server mails through a real SMTP receiver on loopback (e2e/smtp.mjs).
// An expert gets "You were asked" at once; the asker's digest, run now by an admin
// (POST /api/v1/mail/digests/run), tells of the answer. Without SMTP the server says mail is off.
// Run after building: `npm run build && node --test e2e/mail.test.mjs`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { missingBuild, startServer, tempDatabase } from './harness.mjs';
import { startSmtpReceiver } from './smtp.mjs';

const RUN = Date.now().toString(36).slice(-5);
const TITLE = `Which torque for the bogie bolts? (${RUN})`;
const ASKER = 'sam.patel';
const EXPERT = 'kwame.mensah';
const ADMIN = 'priya.raghunathan';

const api = (server, path, user, body) => fetch(`${server.url}/api/v1${path}`, {
  method: body === undefined ? 'GET' : 'POST',
  headers: { 'x-confab-dev-user': user, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
  body: body === undefined ? undefined : JSON.stringify(body),
});

const missing = missingBuild();
if (missing) throw new Error(`end-to-end tests need the build: ${missing}`);

describe('e-mail through a loopback SMTP receiver', { timeout: 60_000 }, () => {
  let smtp;
  let db;
  let server;
  before(async () => {
    smtp = await startSmtpReceiver();
    db = tempDatabase();
    server = await startServer({
      databasePath: db.path,
      env: { CONFAB_SMTP_URL: smtp.url, CONFAB_MAIL_FROM: 'Confab <confab@northwindrail.example>', CONFAB_MAIL_INTERVAL: '200ms' },
    });
  });
  after(async () => {
    await server?.stop();
    db?.remove();
    await smtp?.close();
  });

  test('says at start-up that mail is on, without the password', () => {
    assert.match(server.output(), /E-mail on: via smtp:\/\/confab:\*\*\*@127\.0\.0\.1:\d+ from Confab <confab@northwindrail\.example>/);
    assert.ok(!server.output().includes('secret'), 'the SMTP password is not printed');
  });

  test('the routed expert is mailed at once, and the asker’s digest arrives with the answer', async () => {
    const asked = await api(server, '/questions', ASKER, { context: 'page:/depot', title: TITLE, body: 'For the **new** bogies.', notify: [EXPERT] });
    assert.equal(asked.status, 201);
    const question = await asked.json();
    const mail = await smtp.waitFor((m) => m.subject === `You were asked: ${TITLE}`);
    assert.deepEqual(mail.envelopeTo, [`${EXPERT}@northwindrail.example`]);
    assert.equal(mail.header('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');

    const answered = await api(server, `/questions/${question.id}/answers`, EXPERT, { body: '250 Nm, in two passes.' });
    assert.equal(answered.status, 201);
    const run = await api(server, '/mail/digests/run', ADMIN, {});
    assert.equal(run.status, 200);
    const digest = await smtp.waitFor((m) => m.subject === 'Your Confab digest' && m.text.includes(TITLE));
    assert.deepEqual(digest.envelopeTo, [`${ASKER}@northwindrail.example`]);
    assert.match(digest.text, /250 Nm, in two passes\./);
  });
});

describe('without CONFAB_SMTP_URL', { timeout: 60_000 }, () => {
  test('the server says at start-up that mail is off', async () => {
    const db = tempDatabase();
    const server = await startServer({ databasePath: db.path });
    try {
      assert.match(server.output(), /E-mail off: set CONFAB_SMTP_URL and CONFAB_MAIL_FROM/);
    } finally {
      await server.stop();
      db.remove();
    }
  });
});
