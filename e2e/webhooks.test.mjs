// End-to-end: an admin connects another system on the demo's admin page with
// <confab-webhooks-admin>; a colleague's vote then reaches that system (a receiver on loopback),
// signed as Standard Webhooks says with the secret the widget showed once, and the endpoint's
// delivery log in the widget shows it delivered.
// Run after building: `npm run build && node --test e2e/webhooks.test.mjs`.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { demoSuite, eventually, openPage } from './harness.mjs';

const ADMIN = 'priya.raghunathan';
const VOTER = 'sam.patel';
const IDEA_TITLE = 'Use rainwater to wash trains at Derby Works'; // seeded with no votes

/** A webhook receiver on loopback that keeps every request it is sent and answers 204. */
function startReceiver() {
  const received = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    received,
    url: `http://127.0.0.1:${server.address().port}/hooks/confab`,
    close: () => new Promise((done) => server.close(done)),
  })));
}

/** Whether one of the `webhook-signature` header's signatures is `secret`'s over id.timestamp.body. */
function signedWith(secret, { headers, body }) {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = `v1,${createHmac('sha256', key).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest('base64')}`;
  return String(headers['webhook-signature']).split(' ').includes(expected);
}

describe('webhooks, from the admin widget to a receiving system', { timeout: 90_000 }, () => {
  const demo = demoSuite({ env: { CONFAB_WEBHOOK_ALLOW_PRIVATE: '1' } });
  let receiver;
  let secret;
  before(async () => { receiver = await startReceiver(); });
  after(async () => { await receiver?.close(); });

  test('an admin adds an endpoint for votes and is shown its secret once', async () => {
    const page = await openPage(await demo.as(ADMIN), '/admin.html');
    const admin = page.locator('confab-webhooks-admin');
    await admin.getByRole('button', { name: 'Add endpoint' }).click();
    await admin.getByRole('textbox', { name: 'Endpoint URL' }).fill(receiver.url);
    await admin.getByRole('textbox', { name: /^Description/ }).fill('Votes to the CRM');
    await admin.getByRole('checkbox', { name: 'Vote changed' }).check();
    await admin.getByRole('button', { name: 'Create endpoint' }).click();
    const field = admin.getByRole('textbox', { name: 'Signing secret' });
    await field.waitFor();
    secret = await field.inputValue();
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{32}$/);
    await admin.getByRole('heading', { name: receiver.url, exact: true }).waitFor();
    await admin.getByRole('button', { name: 'Hide secret' }).click();
    assert.equal(await admin.getByRole('textbox', { name: 'Signing secret' }).count(), 0, 'the secret left the page');
    await page.close();
  });

  test('a colleague\'s vote reaches the receiver, signed with that secret', async () => {
    const page = await openPage(await demo.as(VOTER), '/ideas.html');
    const vote = page.getByRole('button', { name: new RegExp(`Vote.*${IDEA_TITLE}`) });
    await vote.click();
    await eventually('a vote to show', async () => (await vote.getAttribute('aria-pressed')) === 'true');
    await page.close();

    const delivery = await eventually('the receiver to be sent the vote', () => receiver.received.find((r) => JSON.parse(r.body).type === 'vote.changed'), 15_000);
    assert.ok(signedWith(secret, delivery), 'the signature verifies with the secret shown once');
    assert.ok(Math.abs(Date.now() / 1000 - Number(delivery.headers['webhook-timestamp'])) < 60, 'a current timestamp');
    const payload = JSON.parse(delivery.body);
    assert.equal(payload.data.kind, 'idea');
    assert.equal(payload.data.votes, 1);
    assert.equal(receiver.received.filter((r) => r.headers['webhook-id'] === delivery.headers['webhook-id']).length, 1, 'sent once');
  });

  test('the endpoint\'s delivery log in the widget shows it delivered', async () => {
    const page = await openPage(await demo.as(ADMIN), '/admin.html');
    const admin = page.locator('confab-webhooks-admin');
    await admin.getByRole('button', { name: `Deliveries of ${receiver.url}` }).click();
    const log = admin.getByRole('region', { name: `Deliveries of ${receiver.url}, newest first` }).or(admin.locator('[part="deliveries"]'));
    await log.getByText('Delivered').first().waitFor();
    assert.match(await log.first().textContent(), /vote\.changed/);
    await page.close();
  });
});
