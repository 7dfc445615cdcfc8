/**
 * E-mail (issue 15b) against a real SMTP receiver on loopback (e2e/smtp.mjs): immediate mail with
 * text, HTML and RFC 8058 unsubscribe headers; digests only when there is something to tell; the
 * signed unsubscribe link; SMTP down → retried later and delivered once; given up after the last
 * attempt; nothing queued when mail is off; the settings. The worker's clock is driven by hand.
 */
import assert from 'node:assert/strict';
import { createServer as createNetServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Seed } from '@confab/core';
import { contractSeed } from '@confab/core/test-kit';
import { startSmtpReceiver, type ReceivedMail, type SmtpReceiver } from '../../../e2e/smtp.mjs';
import { DEFAULTS, configFromEnv, mailConfigFrom, redactUrl, type MailConfig } from '../src/config.js';
import { immediateJob } from '../src/mail/outbox.js';
import { MAIL_LOCALES, pickLanguage } from '../src/mail/templates/index.js';
import { LEASE_MS } from '../src/mail/worker.js';
import { call, startServer, type TestServer } from './helpers.js';

const seed: Seed = {
  ...contractSeed,
  people: [
    ...contractSeed.people.map((p) => (p.id === 'mod' ? p : { ...p, email: `${p.id}@example.org` })),
    { id: 'adm', name: 'Ada Admin', roles: ['member', 'admin'], email: 'adm@example.org' },
  ],
};
const as = (user: string, extra: Record<string, string> = {}) => ({ 'x-confab-dev-user': user, ...extra });
const HOUR = 3600_000;

/** A server whose mail goes to `smtpUrl`, with a clock the test moves. */
async function mailServer(smtpUrl: string, mail: Partial<MailConfig> = {}, logs: string[] = []) {
  let now = Date.now();
  const clock = {
    now: () => new Date(now),
    advance(ms: number) { now += ms; },
  };
  const t = await startServer({
    seed,
    logStream: { write: (line: string) => { logs.push(line); } },
    mail: {
      smtpUrl, from: 'Confab <confab@example.org>', publicUrl: 'http://confab.test',
      intervalMs: 24 * HOUR, maxAttempts: 8, retryBaseMs: 60_000, now: () => new Date(now), ...mail,
    },
  });
  const worker = t.server.mail;
  assert.ok(worker, 'mail is on');
  return { t, worker, clock };
}

/** A link in a mail, pointed at the test server instead of CONFAB_PUBLIC_URL. */
const local = (t: TestServer, link: string) => link.replace('http://confab.test', t.url);
const unsubscribeLink = (mail: ReceivedMail) => /^<(.+)>$/.exec(mail.header('list-unsubscribe') ?? '')?.[1] ?? '';

async function ask(t: TestServer, title: string, notify: string[], asker = 'ana') {
  const r = await call(`${t.api}/questions`, { method: 'POST', headers: as(asker), body: { context: 'page:/mail', title, body: 'Please help **soon**.', notify } });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  return r.json as { id: string };
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('mail: immediate mail, digests and unsubscribe', () => {
  let smtp: SmtpReceiver;
  let s: Awaited<ReturnType<typeof mailServer>>;
  before(async () => {
    smtp = await startSmtpReceiver();
    s = await mailServer(smtp.url);
  });
  after(async () => {
    await s.t.destroy();
    await smtp.close();
  });

  it('mails "You were asked" at once, in text and HTML with the user text escaped, with one-click unsubscribe headers', async () => {
    const title = 'Is <script>alert(1)</script> & "this" safe?';
    await ask(s.t, title, ['ben']);
    const result = await s.worker.tick();
    assert.equal(result.sent, 1);
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('ben@example.org'));
    assert.equal(mail.subject, `You were asked: ${title}`);
    assert.match(mail.from, /confab@example\.org/);
    assert.match(mail.text, /Hello Ben Okafor,/);
    assert.ok(mail.text.includes(title), 'the plain text carries the title as it is');
    assert.ok(mail.html.includes('Is &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;this&quot; safe?'), 'the HTML escapes it');
    assert.ok(!mail.html.includes('<script>'), 'no markup from the title');
    assert.match(unsubscribeLink(mail), /^http:\/\/confab\.test\/api\/v1\/mail\/unsubscribe\?token=[\w%.-]+$/);
    assert.equal(mail.header('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    assert.match(mail.messageId, /^<[0-9a-f]{32}@example\.org>$/);
    assert.equal(smtp.messages.filter((m) => m.envelopeTo.includes('ana@example.org')).length, 0, 'the asker is not told of their own question');
    assert.equal((await s.worker.tick()).sent, 0, 'a second tick sends nothing again');
  });

  it('writes the mail in the language of the recipient’s last sign-in', async () => {
    const me = await call(`${s.t.api}/me`, { headers: as('cyd', { 'accept-language': 'xx-YY, de-CH;q=0.9, en;q=0.5' }) });
    assert.equal(me.status, 200);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the language is stored beside the answer
    await ask(s.t, 'Farbpalette für das Intranet?', ['cyd']);
    await s.worker.tick();
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('cyd@example.org'));
    assert.equal(mail.subject, 'Sie wurden gefragt: Farbpalette für das Intranet?');
    assert.match(mail.text, /Hallo Cyd Lin,/);
    assert.match(mail.html, /<html lang="de" dir="ltr">/);
  });

  it('sends a digest only when one is due and there is something to tell', async () => {
    const q = await ask(s.t, 'Where are the meeting rooms?', [], 'ana');
    const answer = await call(`${s.t.api}/questions/${q.id}/answers`, { method: 'POST', headers: as('ben'), body: { body: 'On the *second* floor.' } });
    assert.equal(answer.status, 201);
    const before = smtp.messages.length;
    await s.worker.tick();
    assert.equal(smtp.messages.length, before, 'a daily digest waits a day');
    s.clock.advance(25 * HOUR);
    assert.equal((await s.worker.tick()).sent, 1);
    const digest = await smtp.waitFor((m) => m.subject === 'Your Confab digest' && m.envelopeTo.includes('ana@example.org'));
    assert.match(digest.text, /New answer to: Where are the meeting rooms\?/);
    assert.match(digest.text, /On the second floor\./);
    assert.match(digest.html, /New answer to: Where are the meeting rooms\?/);
    assert.equal(digest.header('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    s.clock.advance(25 * HOUR);
    const count = smtp.messages.length;
    assert.equal((await s.worker.tick()).sent, 0);
    assert.equal(smtp.messages.length, count, 'nothing to tell: no digest');
  });

  it('POST /mail/digests/run sends waiting digests now, for admins only', async () => {
    const q = await ask(s.t, 'Who orders the coffee?', [], 'ana');
    await call(`${s.t.api}/questions/${q.id}/answers`, { method: 'POST', headers: as('cyd'), body: { body: 'Facilities do.' } });
    const refused = await call(`${s.t.api}/mail/digests/run`, { method: 'POST', headers: as('ana'), body: {} });
    assert.equal(refused.status, 403);
    const run = await call(`${s.t.api}/mail/digests/run`, { method: 'POST', headers: as('adm'), body: {} });
    assert.equal(run.status, 200);
    assert.deepEqual(run.json, { queued: 1 });
    const digest = await smtp.waitFor((m) => m.subject === 'Your Confab digest' && m.text.includes('Who orders the coffee?'));
    assert.deepEqual(digest.envelopeTo, ['ana@example.org']);
  });

  it('the unsubscribe link asks to confirm on GET, refuses a forged token, and turns that mail off on POST', async () => {
    const mail = smtp.messages.find((m) => m.envelopeTo.includes('ben@example.org') && m.subject.startsWith('You were asked'));
    assert.ok(mail);
    const link = local(s.t, unsubscribeLink(mail));
    const page = await fetch(link);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Stop e-mails of this kind\?/);
    assert.match(html, /<form method="post"/);
    const prefs = async () => (await call<{ channels: Record<string, string> }>(`${s.t.api}/notifications/preferences`, { headers: as('ben') })).json.channels;
    assert.equal((await prefs())['question.routed'], 'immediate', 'GET changes nothing');

    const token = new URL(link).searchParams.get('token') ?? '';
    const [payload = ''] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ p: 'ana', s: 'all' })).toString('base64url')}.${token.split('.')[1]}`;
    for (const bad of [`${payload}.AAAA`, forged, 'nonsense']) {
      const r = await fetch(`${s.t.api}/mail/unsubscribe?token=${encodeURIComponent(bad)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
      assert.equal(r.status, 400);
      assert.match(await r.text(), /not valid/);
    }
    const anaPrefs = await call<{ channels: Record<string, string> }>(`${s.t.api}/notifications/preferences`, { headers: as('ana') });
    assert.equal(anaPrefs.json.channels['answer.created'], 'digest', 'a forged token changed nothing');

    const done = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    assert.equal(done.status, 200);
    assert.match(await done.text(), /no longer receive/);
    const after = await prefs();
    assert.equal(after['question.routed'], 'page', 'that type now stays in the page');
    assert.equal(after.mention, 'immediate', 'other types are unchanged');

    const sent = smtp.messages.length;
    await ask(s.t, 'Still asking you', ['ben']);
    await s.worker.tick();
    assert.equal(smtp.messages.length, sent, 'no more mail of that type');
    const bell = await call<{ items: { title: string }[] }>(`${s.t.api}/notifications`, { headers: as('ben') });
    assert.ok(bell.json.items.some((n) => n.title === 'Still asking you'), 'the notification is still in the page');
  });

  it('the digest’s and the footer’s links unsubscribe from the digest and from all mail', async () => {
    const digest = smtp.messages.find((m) => m.subject === 'Your Confab digest');
    assert.ok(digest);
    const r = await fetch(local(s.t, unsubscribeLink(digest)), { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n' });
    assert.equal(r.status, 200);
    const prefs = (await call<{ channels: Record<string, string> }>(`${s.t.api}/notifications/preferences`, { headers: as('ana') })).json.channels;
    assert.equal(prefs['answer.created'], 'page');
    assert.equal(prefs['question.routed'], 'immediate', 'the digest link leaves immediate mail');
    const all = /Stop all e-mail from Confab: (\S+)/.exec(digest.text)?.[1];
    assert.ok(all);
    assert.equal((await fetch(local(s.t, all), { method: 'POST' })).status, 200);
    const none = (await call<{ channels: Record<string, string> }>(`${s.t.api}/notifications/preferences`, { headers: as('ana') })).json.channels;
    assert.ok(Object.values(none).every((c) => c !== 'digest' && c !== 'immediate'), JSON.stringify(none));
  });
});

describe('mail: delivery when SMTP is down', () => {
  it('retries later with backoff and delivers once', async () => {
    const port = await freePort();
    const s = await mailServer(`smtp://confab:secret@127.0.0.1:${port}`);
    let smtp: SmtpReceiver | null = null;
    try {
      await ask(s.t, 'Down for maintenance?', ['ben']);
      assert.deepEqual(await s.worker.tick(), { queued: 1, sent: 0, retried: 1, failed: 0 });
      smtp = await startSmtpReceiver({ port });
      assert.equal((await s.worker.tick()).sent, 0, 'not before its retry time');
      s.clock.advance(61_000);
      assert.equal((await s.worker.tick()).sent, 1);
      s.clock.advance(3 * HOUR);
      await s.worker.tick();
      const mails = smtp.messages.filter((m) => m.subject === 'You were asked: Down for maintenance?');
      assert.equal(mails.length, 1, 'delivered once');
      assert.deepEqual(await s.t.server.context.store.mail.counts(), { sent: 1 });
    } finally {
      await s.t.destroy();
      await smtp?.close();
    }
  });

  it('a mail claimed by a worker that died is sent by the next one once its lease has run out, with the same Message-ID', async () => {
    const smtp = await startSmtpReceiver();
    const s = await mailServer(smtp.url);
    try {
      const store = s.t.server.context.store;
      await ask(s.t, 'Claimed, then the worker died', ['cyd']);
      // A worker queues the mail and claims it, then dies before sending.
      const now = s.clock.now();
      const links = { publicUrl: 'http://confab.test', secret: await store.mail.secret() };
      await store.mail.queueImmediate(now.toISOString(), 10, (n, r) => immediateJob(links, now, n, r));
      const claimed = await store.mail.claim(now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString());
      assert.ok(claimed);
      assert.equal((await s.worker.tick()).sent, 0, 'another worker leaves it while the lease holds');
      s.clock.advance(LEASE_MS + 1000);
      assert.equal((await s.worker.tick()).sent, 1, 'and sends it once the lease ran out');
      const mail = await smtp.waitFor((m) => m.subject === 'You were asked: Claimed, then the worker died');
      assert.equal(mail.messageId, `<${claimed.id}@example.org>`, 'the Message-ID is fixed when queued, the same on every attempt');
      s.clock.advance(LEASE_MS + 1000);
      await s.worker.tick();
      assert.equal(smtp.messages.length, 1, 'delivered once');
      assert.deepEqual(await store.mail.counts(), { sent: 1 });
    } finally {
      await s.t.destroy();
      await smtp.close();
    }
  });

  it('gives up after the last attempt and logs it', async () => {
    const smtp = await startSmtpReceiver();
    const logs: string[] = [];
    const s = await mailServer(smtp.url, { maxAttempts: 2 }, logs);
    try {
      smtp.refuse(10);
      await ask(s.t, 'Never arrives', ['ben']);
      assert.equal((await s.worker.tick()).retried, 1);
      s.clock.advance(61_000);
      assert.equal((await s.worker.tick()).failed, 1);
      s.clock.advance(24 * HOUR);
      await s.worker.tick();
      assert.equal(smtp.messages.length, 0);
      assert.deepEqual(await s.t.server.context.store.mail.counts(), { failed: 1 });
      assert.ok(logs.some((l) => /given up after 2 attempts/.test(l) && /451/.test(l)), logs.join('\n'));
      assert.ok(!logs.some((l) => l.includes('secret')), 'the SMTP password is never logged');
    } finally {
      await s.t.destroy();
      await smtp.close();
    }
  });
});

describe('mail: off without CONFAB_SMTP_URL', () => {
  it('queues nothing and refuses to run digests', async () => {
    const t = await startServer({ seed });
    try {
      assert.equal(t.server.mail, null);
      await ask(t, 'Nobody mails this', ['ben']);
      const run = await call(`${t.api}/mail/digests/run`, { method: 'POST', headers: as('adm'), body: {} });
      assert.equal(run.status, 409);
      assert.deepEqual(await t.server.context.store.mail.counts(), {}, 'nothing piles up');
      const doc = (await call<{ paths: Record<string, Record<string, unknown>> }>(`${t.api}/openapi.json`)).json;
      assert.deepEqual(Object.keys(doc.paths['/mail/unsubscribe'] ?? {}).sort(), ['get', 'post'], 'the unsubscribe routes are in the OpenAPI document');
      assert.ok(doc.paths['/mail/digests/run']?.post);
    } finally {
      await t.destroy();
    }
  });
});

describe('mail settings', () => {
  it('reads CONFAB_SMTP_URL, CONFAB_MAIL_FROM, CONFAB_PUBLIC_URL and CONFAB_MAIL_INTERVAL', () => {
    assert.equal(DEFAULTS.mail, null);
    assert.equal(configFromEnv({}, '/srv').config.mail, null, 'off by default');
    const { config } = configFromEnv({
      CONFAB_SMTP_URL: 'smtps://mailer:p%40ss@mail.example:465', CONFAB_MAIL_FROM: 'Confab <confab@example.org>',
      CONFAB_PUBLIC_URL: 'https://intranet.example/confab/', CONFAB_MAIL_INTERVAL: '10s',
    }, '/srv');
    assert.deepEqual(config.mail, {
      smtpUrl: 'smtps://mailer:p%40ss@mail.example:465', from: 'Confab <confab@example.org>', publicUrl: 'https://intranet.example/confab',
      intervalMs: 10_000, maxAttempts: 8, retryBaseMs: 60_000,
    });
    assert.equal(mailConfigFrom({ CONFAB_SMTP_URL: 'smtp://mail.example:587', CONFAB_MAIL_FROM: 'confab@example.org' }, 9000)?.publicUrl, 'http://localhost:9000');
  });

  it('refuses bad values, naming the variable and never the password', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ CONFAB_SMTP_URL: 'http://user:hunter2@mail.example', CONFAB_MAIL_FROM: 'a@b.example' }, /^CONFAB_SMTP_URL must be/],
      [{ CONFAB_SMTP_URL: 'not a url', CONFAB_MAIL_FROM: 'a@b.example' }, /^CONFAB_SMTP_URL must be/],
      [{ CONFAB_SMTP_URL: 'smtp://user:hunter2@mail.example/path', CONFAB_MAIL_FROM: 'a@b.example' }, /^CONFAB_SMTP_URL must be/],
      [{ CONFAB_SMTP_URL: 'smtp://user:hunter2@mail.example:587' }, /^CONFAB_MAIL_FROM must be set/],
      [{ CONFAB_SMTP_URL: 'smtp://user:hunter2@mail.example:587', CONFAB_MAIL_FROM: 'not an address' }, /^CONFAB_MAIL_FROM must be an address/],
      [{ CONFAB_SMTP_URL: 'smtp://user:hunter2@mail.example:587', CONFAB_MAIL_FROM: 'a@b.example\r\nBcc: x@y.example' }, /^CONFAB_MAIL_FROM must be an address/],
      [{ CONFAB_MAIL_FROM: 'a@b.example' }, /^CONFAB_MAIL_FROM is set but CONFAB_SMTP_URL is not/],
      [{ CONFAB_SMTP_URL: 'smtp://mail.example', CONFAB_MAIL_FROM: 'a@b.example', CONFAB_PUBLIC_URL: 'ftp://x.example' }, /^CONFAB_PUBLIC_URL must be/],
      [{ CONFAB_SMTP_URL: 'smtp://mail.example', CONFAB_MAIL_FROM: 'a@b.example', CONFAB_MAIL_INTERVAL: 'often' }, /^CONFAB_MAIL_INTERVAL must be/],
    ];
    for (const [env, message] of cases) {
      assert.throws(() => configFromEnv(env, '/srv'), (error: Error) => {
        assert.match(error.message, message);
        assert.ok(!error.message.includes('hunter2'), error.message);
        return true;
      });
    }
    assert.equal(redactUrl('smtp://user:hunter2@mail.example:587'), 'smtp://user:***@mail.example:587');
    assert.equal(redactUrl('smtps://user:hunter2@mail.example'), 'smtps://user:***@mail.example');
  });
});

describe('mail templates', () => {
  it('have every string, non-empty, in all 11 languages', () => {
    assert.deepEqual(Object.keys(MAIL_LOCALES).sort(), ['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'nl', 'pl', 'pt']);
    const en = MAIL_LOCALES.en;
    for (const [lang, table] of Object.entries(MAIL_LOCALES)) {
      assert.deepEqual(Object.keys(table).sort(), Object.keys(en).sort(), lang);
      assert.deepEqual(Object.keys(table.headline).sort(), Object.keys(en.headline).sort(), lang);
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string') assert.ok(value.trim(), `${lang}.${key}`);
      }
      for (const [type, headline] of Object.entries(table.headline)) assert.ok(headline('TITLE').includes('TITLE'), `${lang}.headline.${type} shows the title`);
      assert.ok(table.greeting('NAME').includes('NAME'), `${lang}.greeting`);
      if (lang !== 'en') assert.notEqual(table.digestSubject, en.digestSubject, `${lang} is translated`);
    }
  });

  it('pick the language from a stored locale or Accept-Language, else English', () => {
    assert.equal(pickLanguage('fr-CA,fr;q=0.9,en;q=0.8'), 'fr');
    assert.equal(pickLanguage('sv, ja;q=0.2'), 'ja');
    assert.equal(pickLanguage('en;q=0.1, he;q=0.8'), 'he');
    assert.equal(pickLanguage('sv'), 'en');
    assert.equal(pickLanguage('de;q=0'), 'en');
    assert.equal(pickLanguage(null), 'en');
  });
});
