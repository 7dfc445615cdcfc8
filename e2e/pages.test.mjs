// End-to-end: every demo page on the real reference server: the "Acting as" switcher, a strict
// Content-Security-Policy (no inline script or style needed) and axe-core (WCAG 2.2 AA) with zero violations.
// Run after building: `npm run build && npm run test:e2e` (or `node --test e2e/`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { contextAs, demoSuite, eventually, openPage } from './harness.mjs';

const TRAVEL = '/policies/travel.html';
const IDEAS = '/ideas.html';
const OWNER = '/owner.html';
const ASKER = 'sam.patel';
const OWNER_ID = 'ingrid.solberg';

/** A strict Content-Security-Policy: the demo and the bundle must work without inline script or style. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
  + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Every demo page, with something that shows its widgets have loaded their data. */
const PAGES = [
  ['/index.html', (p) => p.getByRole('link', { name: /passenger assistance at unstaffed stations/ })],
  [TRAVEL, (p) => p.getByRole('link', { name: /first class for journeys over three hours/ })],
  [IDEAS, (p) => p.getByRole('button', { name: /Vote.*Solar panels on the roof/ })],
  ['/people.html', (p) => p.getByRole('button', { name: /Maximiliane Freifrau/ })],
  [OWNER, (p) => p.getByRole('listitem').filter({ hasText: 'old SharePoint site' })],
  ['/profile.html', (p) => p.getByRole('button', { name: 'Save profile' })],
];

describe('demo pages', { timeout: 150_000 }, () => {
  const demo = demoSuite();
  const { as } = demo;

  test('the demo pages load the bundle and the "Acting as" switcher', async () => {
    const ctx = await as(ASKER);
    const page = await openPage(ctx, TRAVEL);
    const acting = page.getByLabel('Acting as');
    await eventually('"Acting as" to list the seeded people', async () => (await acting.locator('option').count()) >= 30);
    assert.equal(await acting.inputValue(), ASKER);
    await page.getByRole('button', { name: /Ingrid Solberg/ }).first().waitFor();
    await page.close();

    // Switching sets the dev-auth cookie and reloads as the chosen person.
    const other = await contextAs(demo.browser, demo.server.url, 'noah.williams');
    const p2 = await openPage(other, '/index.html');
    const select = p2.getByLabel('Acting as');
    await eventually('"Acting as" to be ready', async () => (await select.inputValue()) === 'noah.williams');
    await Promise.all([p2.waitForEvent('load'), select.selectOption('ingrid.solberg')]);
    await eventually('the page to act as the chosen person', async () => (await p2.getByLabel('Acting as').inputValue()) === 'ingrid.solberg');
    const me = await p2.evaluate(() => fetch('/api/v1/me').then((r) => r.json()));
    assert.equal(me?.id, 'ingrid.solberg');
    await other.close();
  });

  test('every page works under a strict CSP and has no axe-core violations', async () => {
    const ctx = await contextAs(demo.browser, demo.server.url, OWNER_ID);
    await ctx.route(/\.html$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    });
    await ctx.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const problems = [];
    for (const [path, ready] of PAGES) {
      const page = await openPage(ctx, path);
      await ready(page).first().waitFor();
      await page.waitForTimeout(300);
      const csp = await page.evaluate(() => window.__cspViolations);
      if (csp.length) problems.push(`${path}: CSP violations: ${csp.join(', ')}`);
      await page.evaluate(AXE);
      const violations = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`)));
      problems.push(...violations.map((v) => `${path}: ${v}`));
      await page.close();
    }
    await ctx.close();
    assert.deepEqual(problems, []);
  });
});
