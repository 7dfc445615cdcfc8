// End-to-end: reaching people away from the item (issue 15). Two people in two browsers on the
// demo's travel policy page, the bell in its header; mail goes to a real SMTP receiver on loopback.
// A asks a question and routes it to B → B's bell says "You were asked" live → B answers → A's
// bell shows the answer live → A's digest (run now by an admin) arrives at the receiver.
// Run after building: `npm run build && node --test e2e/notifications.test.mjs`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contextAs, launchBrowser, missingBuild, openPage, reportPageErrors, startServer, tempDatabase } from './harness.mjs';
import { startSmtpReceiver } from './smtp.mjs';

const TRAVEL = '/policies/travel.html';
const RUN = Date.now().toString(36).slice(-5);
const TITLE = `Which expenses can I claim for travel booking fees? (${RUN})`;
const ANSWER = `Booking fees are claimable under section 4, with the agency invoice (${RUN}).`;
const A = 'sam.patel'; // member, asks
const B = 'kwame.mensah'; // travel bookings expert, seeded with a declared skill
const B_NAME = 'Kwame Mensah';
const ADMIN = 'priya.raghunathan';

const missing = missingBuild();
if (missing) throw new Error(`end-to-end tests need the build: ${missing}`);

describe('notifications: the bell and the digest', { timeout: 120_000 }, () => {
  let smtp;
  let db;
  let server;
  let browser;
  const contexts = [];
  const open = async (user) => {
    const context = await contextAs(browser, server.url, user);
    contexts.push(context);
    return openPage(context, TRAVEL);
  };
  const bell = (page) => page.locator('header confab-notifications').getByRole('button', { name: /^Notifications, \d+ unread$/ });

  before(async () => {
    smtp = await startSmtpReceiver();
    db = tempDatabase();
    server = await startServer({
      databasePath: db.path,
      env: { CONFAB_SMTP_URL: smtp.url, CONFAB_MAIL_FROM: 'Confab <confab@northwindrail.example>', CONFAB_MAIL_INTERVAL: '200ms' },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    reportPageErrors(contexts);
    await browser?.close();
    await server?.stop();
    db?.remove();
    await smtp?.close();
  });

  test('asked → the expert\'s bell, answered → the asker\'s bell, both live; then the digest', async () => {
    const [a, b] = await Promise.all([open(A), open(B)]);
    await bell(a).waitFor();
    await bell(b).waitFor();
    // Nothing has happened to B yet.
    await b.getByRole('button', { name: 'Notifications, 0 unread' }).waitFor();

    // 1. A asks and routes the question to B, picked from "People who may know".
    await a.getByRole('textbox', { name: /question/i }).fill(TITLE);
    const notifyB = a.getByRole('checkbox', { name: `Notify ${B_NAME}` });
    await notifyB.waitFor({ timeout: 10_000 });
    await notifyB.check();
    await a.getByRole('button', { name: 'Ask', exact: true }).click();

    // 2. B's bell says so without a reload.
    await b.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 10_000 });
    await bell(b).click();
    const asked = b.locator('header confab-notifications').getByRole('link', { name: new RegExp(`You were asked: ${TITLE.replace(/[()?]/g, '\\$&')}`) });
    await asked.waitFor();
    await b.keyboard.press('Escape');

    // 3. B answers, in the thread on the page.
    await b.locator('confab-ask').getByRole('link', { name: TITLE }).click();
    await b.getByRole('textbox', { name: /answer/i }).fill(ANSWER);
    await b.getByRole('button', { name: 'Post answer' }).click();
    await b.getByText(ANSWER).waitFor();

    // 4. A's bell shows the answer, live.
    await a.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ }).waitFor({ timeout: 10_000 });
    await bell(a).click();
    await a.locator('header confab-notifications').getByText(`${B_NAME} answered: ${TITLE}`).first().waitFor();

    // The expert was mailed at once ("You were asked" goes by e-mail at once by default).
    const mail = await smtp.waitFor((m) => m.subject === `You were asked: ${TITLE}`);
    assert.deepEqual(mail.envelopeTo, [`${B}@northwindrail.example`]);

    // 5. A's digest arrives at the loopback SMTP receiver.
    const run = await fetch(`${server.url}/api/v1/mail/digests/run`, {
      method: 'POST', headers: { 'x-confab-dev-user': ADMIN, 'content-type': 'application/json' }, body: '{}',
    });
    assert.equal(run.status, 200);
    const digest = await smtp.waitFor((m) => m.subject === 'Your Confab digest' && m.envelopeTo.includes(`${A}@northwindrail.example`));
    assert.ok(digest.text.includes(TITLE), 'the digest tells of the answered question');
    await a.close();
    await b.close();
  });
});
