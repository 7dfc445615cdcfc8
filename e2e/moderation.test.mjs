// End-to-end: just enough structure (issue 13), with separate people in separate browsers, on the
// real server (temp SQLite, header auth). Members report an answer until it hides itself live for a
// reader and its author sees why; a moderator restores it from <confab-moderation-queue> and it is
// back everywhere, live; a new person's first question appears for others only after approval; an
// author edits a question and a moderator sees the earlier version.
// Run after building: `npm run build && node --test e2e/moderation.test.mjs`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eventually, launchBrowser, missingBuild, proxySite, startServer, tempDatabase, widgetPage } from './harness.mjs';

const RUN = Date.now().toString(36).slice(-5);
const CONTEXT = `e2e-moderation-${RUN}`;

/** The proxy's sign-in headers for each person: only the moderator's proxy sends a role. */
const PEOPLE = {
  mod: { 'x-confab-user': 'mo.reyes', 'x-confab-user-name': 'Mo Reyes', 'x-confab-user-roles': 'moderator' },
  ben: { 'x-confab-user': 'ben.okafor', 'x-confab-user-name': 'Ben Okafor' },
  cyd: { 'x-confab-user': 'cyd.lin', 'x-confab-user-name': 'Cyd Lin' },
  dee: { 'x-confab-user': 'dee.park', 'x-confab-user-name': 'Dee Park' },
  eve: { 'x-confab-user': 'eve.stone', 'x-confab-user-name': 'Eve Stone' },
  new: { 'x-confab-user': 'noor.new', 'x-confab-user-name': 'Noor Haddad' },
};

const PAGES = {
  'ask.html': widgetPage('Ask', `<confab-ask context="${CONTEXT}"></confab-ask>`),
  'queue.html': widgetPage('Moderation', '<confab-moderation-queue></confab-moderation-queue>'),
};

describe('moderation: reports, auto-hide, the queue, held first posts, versions', { timeout: 180_000 }, () => {
  const missing = missingBuild();
  if (missing) throw new Error(`end-to-end tests need the build: ${missing}`);
  const db = tempDatabase();
  const site = proxySite('moderation', PAGES, PEOPLE, () => ({ browser, baseURL: server.url }));
  const { open, errors } = site;
  let server;
  let browser;
  /** A JSON request to the API as `who`. */
  async function api(who, method, path, body) {
    const res = await fetch(`${server.url}/api/v1${path}`, {
      method, headers: { ...PEOPLE[who], ...(body === undefined ? {} : { 'content-type': 'application/json' }), 'idempotency-key': crypto.randomUUID() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  before(async () => {
    server = await startServer({
      databasePath: db.path,
      timeoutMs: 60_000, // a busy machine starts slowly
      env: {
        ...site.env,
        CONFAB_AUTO_HIDE_SCORE: '2', CONFAB_HOLD_FIRST_POSTS: '1',
      },
    });
    browser = await launchBrowser();
    // Everyone signs in once; the moderator approves Ben's first post so that Ben is no longer held.
    for (const who of Object.keys(PEOPLE)) assert.equal((await api(who, 'GET', '/me')).status, 200);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    db.remove();
    site.remove();
    assert.deepEqual(errors, [], 'no page errors and no server errors');
  });

  let questionId;
  let answerId;
  const ANSWER = `Use form T7 and ask your line manager (${RUN}).`;
  const QUESTION = `Which form do I use for rail travel? (${RUN})`;

  test('members report an answer until it hides itself live for a reader, and its author sees why', async () => {
    const q = await api('ben', 'POST', '/questions', { context: CONTEXT, title: QUESTION, body: 'The intranet lists two forms.', tags: [] });
    assert.equal(q.status, 201);
    questionId = q.body.id;
    // Ben is new: his first post is held; the moderator approves it so that the rest of the story is visible.
    if (q.body.moderation?.state === 'held') assert.equal((await api('mod', 'POST', `/questions/${questionId}/approve`, {})).status, 200);
    const a = await api('ben', 'POST', `/questions/${questionId}/answers`, { body: ANSWER });
    assert.equal(a.status, 201);
    answerId = a.body.id;
    assert.equal(a.body.moderation?.state ?? 'visible', 'visible', 'an approved author is not held');

    const reader = await open('eve', `ask.html#confab-q=${encodeURIComponent(questionId)}`);
    const readerAsk = reader.locator('confab-ask');
    await readerAsk.getByText(ANSWER).waitFor();
    const author = await open('ben', `ask.html#confab-q=${encodeURIComponent(questionId)}`);
    await author.locator('confab-ask').getByText(ANSWER).waitFor();

    for (const who of ['cyd', 'dee']) {
      const tab = await open(who, `ask.html#confab-q=${encodeURIComponent(questionId)}`);
      const ask = tab.locator('confab-ask');
      await ask.getByRole('button', { name: 'Report answer' }).click();
      await ask.getByRole('radio', { name: 'Spam' }).check();
      await ask.getByRole('button', { name: 'Send report' }).click();
      await ask.getByText('Thank you. A moderator will look at it.').first().waitFor();
      await tab.close();
    }

    await eventually('the answer to disappear for the reader, live', async () => (await readerAsk.getByText(ANSWER).count()) === 0);
    const authorAsk = author.locator('confab-ask');
    await authorAsk.getByText('Hidden', { exact: true }).first().waitFor();
    await authorAsk.getByText(ANSWER).waitFor();
    await reader.close();
    await author.close();
  });

  test('a moderator restores it from the queue, and it is back everywhere, live', async () => {
    const reader = await open('eve', `ask.html#confab-q=${encodeURIComponent(questionId)}`);
    const readerAsk = reader.locator('confab-ask');
    await readerAsk.getByRole('heading', { name: QUESTION }).first().waitFor();
    assert.equal(await readerAsk.getByText(ANSWER).count(), 0);

    const tab = await open('mod', 'queue.html');
    const queue = tab.locator('confab-moderation-queue');
    await queue.getByRole('heading', { name: 'Moderation queue' }).waitFor();
    const entry = queue.locator('[part="entry"]', { hasText: ANSWER });
    await entry.waitFor();
    assert.match(await entry.innerText(), /2 reports/);
    assert.match(await entry.innerText(), /Spam, reported by Cyd Lin/);
    assert.match(await entry.innerText(), /History of Ben Okafor/);
    await entry.getByRole('textbox', { name: 'Note' }).fill('Not spam: a real answer.');
    await entry.getByRole('button', { name: 'Restore', exact: true }).click();
    await eventually('the entry to leave the queue', async () => (await queue.locator('[part="entry"]', { hasText: ANSWER }).count()) === 0);

    await readerAsk.getByText(ANSWER).waitFor();
    const thread = await api('cyd', 'GET', `/questions/${questionId}`);
    assert.equal(thread.status, 200);
    assert.ok(thread.body.answers.some((a) => a.id === answerId && (a.moderation?.state ?? 'visible') === 'visible'), 'visible to everyone again');
    await reader.close();
    await tab.close();
  });

  test('a new person\'s first question appears for others only after approval in the queue', async () => {
    const TITLE = `My first question here (${RUN})`;
    const reader = await open('eve', 'ask.html');
    const readerAsk = reader.locator('confab-ask');
    await readerAsk.getByText(QUESTION).first().waitFor();

    const posted = await api('new', 'POST', '/questions', { context: CONTEXT, title: TITLE, body: 'Hello, everyone!', tags: [] });
    assert.equal(posted.status, 201);
    assert.equal(posted.body.moderation?.state, 'held');
    const list = await api('eve', 'GET', `/questions?context=${encodeURIComponent(CONTEXT)}`);
    assert.ok(!list.body.items.some((q) => q.title === TITLE), 'others do not receive a held post');

    const tab = await open('mod', 'queue.html');
    const queue = tab.locator('confab-moderation-queue');
    await queue.getByRole('combobox', { name: 'Show' }).selectOption('held');
    const entry = queue.locator('[part="entry"]', { hasText: TITLE });
    await entry.waitFor();
    await entry.getByText('Waiting for review').first().waitFor();
    assert.equal(await readerAsk.getByText(TITLE).count(), 0, 'not shown before approval');
    await entry.getByRole('button', { name: 'Approve', exact: true }).click();
    await eventually('the entry to leave the queue', async () => (await queue.locator('[part="entry"]', { hasText: TITLE }).count()) === 0);
    await readerAsk.getByText(TITLE).first().waitFor();
    await reader.close();
    await tab.close();
  });

  test('an author edits a question, and a moderator sees the earlier version', async () => {
    const EDITED = `Which form do I use for rail and ferry travel? (${RUN})`;
    const edit = await api('ben', 'PATCH', `/questions/${questionId}`, { title: EDITED });
    assert.equal(edit.status, 200);
    const tab = await open('mod', `ask.html#confab-q=${encodeURIComponent(questionId)}`);
    const ask = tab.locator('confab-ask');
    await ask.getByRole('heading', { name: EDITED }).first().waitFor();
    await ask.getByRole('button', { name: 'Earlier versions' }).first().click();
    await ask.getByText(QUESTION).first().waitFor();
    const versions = await api('mod', 'GET', `/questions/${questionId}/versions`);
    assert.equal(versions.status, 200);
    assert.equal(versions.body[0].title, QUESTION);
    await tab.close();
  });
});
