// End-to-end: a deployment that starts empty, with no seed file, behind a signing-in proxy
// (header auth). Only the widgets fill it: a person keeps their own profile and is then found as
// an expert, an admin makes them a moderator, the admin creates a campaign, and the new moderator
// reviews an idea in it. Each person has a browser context of their own; the proxy's headers are
// what the context sends with every request (page, API and event stream).
// Run after building: `npm run build && node --test e2e/self-service.test.mjs`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eventually, launchBrowser, missingBuild, proxySite, startServer, tempDatabase, widgetPage } from './harness.mjs';

const RUN = Date.now().toString(36).slice(-5);
const SKILL = 'Kubernetes';
const CAMPAIGN = `Fewer delays at Leeds depot (${RUN})`;
const PURPOSE = 'Delays cost us 4,000 hours a year. The depot team reads every idea weekly and reports back here.';
const IDEA = `Stage spare bogies next to road 4 (${RUN})`;
const NOTE = `The depot team is costing a second staging area (${RUN}).`;

/** The proxy's sign-in headers for each person: only the admin's proxy sends a role. */
const PEOPLE = {
  admin: { 'x-confab-user': 'alex.admin', 'x-confab-user-name': 'Alex Admin', 'x-confab-user-roles': 'admin' },
  pat: { 'x-confab-user': 'pat.lee', 'x-confab-user-name': 'Pat Lee', 'x-confab-user-title': 'Platform engineer' },
  cyd: { 'x-confab-user': 'cyd.ng', 'x-confab-user-name': 'Cyd Ng' },
};

/** The pages of this deployment: one widget each, as a CMS page would hold them. */
const PAGES = {
  'profile.html': widgetPage('My profile', '<confab-profile></confab-profile>'),
  'experts.html': widgetPage('Find an expert', '<confab-expert-finder></confab-expert-finder>'),
  'admin.html': widgetPage('Admin', '<confab-people-admin></confab-people-admin>'),
  'ideas.html': widgetPage('Ideas', '<confab-idea-board campaigns></confab-idea-board>'),
};

describe('an empty deployment, filled only through the widgets', { timeout: 120_000 }, () => {
  const missing = missingBuild();
  if (missing) throw new Error(`end-to-end tests need the build: ${missing}`);
  const db = tempDatabase();
  const site = proxySite('self-service', PAGES, PEOPLE, () => ({ browser, baseURL: server.url }));
  const { open, errors } = site;
  let server;
  let browser;
  before(async () => {
    server = await startServer({
      databasePath: db.path,
      env: site.env,
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    db.remove();
    site.remove();
    assert.deepEqual(errors, [], 'no page errors and no server errors');
  });

  test('the database starts empty: nobody is listed', async () => {
    const res = await fetch(`${server.url}/api/v1/people`, { headers: PEOPLE.cyd });
    assert.equal(res.status, 200);
    // Signing in (this request) is what creates Cyd; nobody else exists yet.
    assert.deepEqual((await res.json()).items.map((r) => r.person.id), ['cyd.ng']);
  });

  test('a person signs in through the proxy, fills in their profile and is found as an expert', async () => {
    const tab = await open('pat', 'profile.html');
    const profile = tab.locator('confab-profile');
    // Provisioned from the proxy's headers: name and title.
    await profile.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
    assert.equal(await profile.getByRole('textbox', { name: 'Title', exact: true }).inputValue(), 'Platform engineer');
    await profile.getByRole('textbox', { name: 'Department' }).fill('Infrastructure');
    await profile.getByRole('combobox', { name: 'Add skill' }).fill(SKILL);
    await profile.getByRole('combobox', { name: 'Add skill' }).press('Enter');
    await profile.getByRole('button', { name: `Remove ${SKILL}` }).waitFor();
    await profile.getByRole('combobox', { name: 'Availability' }).selectOption('available');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await profile.getByText('Profile saved.').first().waitFor();
    await tab.close();

    const finder = await open('cyd', 'experts.html');
    await finder.getByRole('searchbox', { name: /expert/i }).or(finder.getByRole('textbox', { name: /expert/i })).first().fill(SKILL);
    await finder.keyboard.press('Enter');
    await finder.locator('confab-expert-finder').getByText('Pat Lee').first().waitFor();
    await finder.close();
  });

  test('an admin makes that person a moderator', async () => {
    const tab = await open('admin', 'admin.html');
    const admin = tab.locator('confab-people-admin');
    await admin.getByRole('searchbox', { name: 'Search people' }).or(admin.getByRole('textbox', { name: 'Search people' })).first().fill('Pat');
    await admin.getByRole('button', { name: 'Search', exact: true }).click();
    const toggle = admin.getByRole('button', { name: 'Moderator, Pat Lee' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    await eventually('the moderator role to be granted', async () => (await toggle.getAttribute('aria-pressed')) === 'true');
    await admin.getByText('Moderator granted to Pat Lee.').first().waitFor();
    await tab.close();

    // Stored: Pat's next request (no role from the proxy) is a moderator's.
    const me = await (await fetch(`${server.url}/api/v1/me`, { headers: PEOPLE.pat })).json();
    assert.deepEqual([...me.roles].sort(), ['member', 'moderator']);
  });

  test('the admin creates a campaign with its purpose', async () => {
    const tab = await open('admin', 'ideas.html');
    const board = tab.locator('confab-idea-board');
    await board.getByRole('button', { name: 'New campaign' }).click();
    await board.getByRole('textbox', { name: 'Campaign title' }).fill(CAMPAIGN);
    await board.getByRole('textbox', { name: /^Purpose/ }).fill(PURPOSE);
    await board.getByRole('button', { name: 'Create campaign' }).click();
    await board.getByText(PURPOSE).first().waitFor();
    await tab.close();
  });

  test('a member proposes an idea in it, and the new moderator reviews it; the member sees the review live', async () => {
    const member = await open('cyd', 'ideas.html');
    const memberBoard = member.locator('confab-idea-board');
    await memberBoard.getByRole('button', { name: `Open ${CAMPAIGN}` }).click();
    await memberBoard.getByText(PURPOSE).first().waitFor();
    await memberBoard.getByRole('textbox', { name: 'Idea title' }).fill(IDEA);
    await memberBoard.getByRole('button', { name: 'Submit idea' }).click();
    await memberBoard.getByText('Your idea was submitted.').first().waitFor();

    const moderator = await open('pat', 'ideas.html');
    const modBoard = moderator.locator('confab-idea-board');
    await modBoard.getByRole('button', { name: `Open ${CAMPAIGN}` }).click();
    const card = modBoard.locator('confab-idea-card').filter({ hasText: IDEA });
    await card.getByRole('button', { name: 'Change status' }).click();
    await card.getByLabel('New status').selectOption('under-review');
    await card.getByRole('textbox', { name: /note/i }).fill(NOTE);
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await card.getByText(NOTE).waitFor();

    await memberBoard.locator('confab-idea-card').filter({ hasText: IDEA }).getByText(NOTE).waitFor({ timeout: 10_000 });
    await member.close();
    await moderator.close();
  });
});
