// End-to-end harness: starts the real reference server (already built) on a free port with a
// temporary SQLite file, the demo seed and the demo folder, and opens Chromium contexts that act
// as seeded people through the dev-auth cookie. It builds nothing: run `npm run build` first
// (it builds dist/confab.js, the loader, with its chunks, and packages/server/dist/main.js).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_MAIN = join(ROOT, 'packages/server/dist/main.js');
export const BUNDLE = join(ROOT, 'dist/confab.js');
export const SEED = join(ROOT, 'demo/seed.json');
export const DEMO = join(ROOT, 'demo');
/** `CONFAB_STATIC`: the demo at `/` and the built bundle at `/dist/`. */
export const STATIC = `${DEMO},/dist=${join(ROOT, 'dist')}`;

/** What is missing to run the end-to-end tests, or null when everything is built. */
export function missingBuild() {
  const missing = [[SERVER_MAIN, 'npm run build'], [BUNDLE, 'npm run build']]
    .filter(([file]) => !existsSync(file)).map(([file, how]) => `${file} (run \`${how}\`)`);
  return missing.length ? `not built: ${missing.join(', ')}` : null;
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A temporary folder for one run's database; `remove()` deletes it. */
export function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'confab-e2e-'));
  return { path: join(dir, 'confab.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `node packages/server/dist/main.js` and resolves once `/healthz` answers.
 * @param {{ databasePath: string, port?: number, timeoutMs?: number, env?: Record<string, string> }} options
 */
export async function startServer({ databasePath, port, timeoutMs = 15_000, env = {} }) {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databasePath,
      CONFAB_AUTH: 'dev', CONFAB_SEED: SEED, CONFAB_STATIC: STATIC, ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => { exited = { code, signal }; resolve(exited); }));

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`The server exited (${JSON.stringify(exited)}) before it was healthy:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server was not healthy within ${timeoutMs} ms:\n${output}`);
    }
    await sleep(100);
  }
  return {
    url, port, child,
    output: () => output,
    /** Stops the server (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
    async stop() {
      if (exited) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      const result = await exit;
      clearTimeout(timer);
      return result;
    },
  };
}

/** A page as a CMS would hold it: the script tag, the endpoint in a meta tag, and `body`. */
export function widgetPage(title, body) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="confab-endpoint" content="/api/v1">
<script type="module" src="/dist/confab.js"></script>
</head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

/**
 * Pages of a deployment behind a signing-in proxy: `pages` (file name → HTML) are written to a
 * temp folder, served at `/site/` by a server started with `env` (header auth trusting loopback,
 * no seed). `open(who, path)` opens one as `who`, in a browser context of their own whose every
 * request (page, API, event stream) carries `people[who]`, the proxy's headers; page errors and
 * 5xx responses are collected in `errors`. `target()` gives the browser and the server's URL.
 */
export function proxySite(name, pages, people, target) {
  const dir = mkdtempSync(join(tmpdir(), `confab-${name}-`));
  for (const [file, html] of Object.entries(pages)) writeFileSync(join(dir, file), html);
  const contexts = {};
  const errors = [];
  return {
    errors,
    env: { CONFAB_AUTH: 'header', CONFAB_TRUSTED_PROXIES: '127.0.0.1,::1', CONFAB_SEED: '', CONFAB_STATIC: `${STATIC},/site=${dir}` },
    async open(who, path) {
      const { browser, baseURL } = target();
      contexts[who] ??= await browser.newContext({ baseURL, locale: 'en-GB', extraHTTPHeaders: people[who] });
      contexts[who].setDefaultTimeout(10_000);
      const tab = await contexts[who].newPage();
      tab.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
      tab.on('response', (r) => { if (r.status() >= 500) errors.push(`${who}: HTTP ${r.status()} ${r.url()}`); });
      await tab.goto(`/site/${path}`);
      return tab;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Headless Chromium, as the rest of the repository drives it. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * A browser context acting as `userId` (the dev-auth cookie), with bounded timeouts and the
 * page's console errors collected in `context.errors`.
 */
export async function contextAs(browser, baseURL, userId, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-GB', colorScheme: 'light' });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  await context.addCookies([{ name: 'confab_dev_user', value: userId, url: baseURL }]);
  context.errors = [];
  context.on('page', (page) => {
    page.on('pageerror', (e) => context.errors.push(`${userId}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) context.errors.push(`${userId}: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() < 400) return;
      const { pathname, search } = new URL(r.url());
      const where = `${pathname}${search}`;
      context.errors.push(`HTTP ${r.status()} ${r.request().method()} ${where.length > 100 ? `${where.slice(0, 100)}…` : where}`);
    });
  });
  return context;
}

/** Opens `path` in a new page of `context` and waits for the page's Confab tags to be defined (the loader loads them). */
export async function openPage(context, path) {
  const page = await context.newPage();
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => [...document.querySelectorAll('*')]
    .every((el) => !el.localName.startsWith('confab-') || customElements.get(el.localName) !== undefined), null, { timeout: 10_000 });
  return page;
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes; then fails naming `what`. */
export async function eventually(what, check, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) { last = error; }
    if (Date.now() > deadline) assert.fail(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${last})`);
    await sleep(150);
  }
}

/** Prints, once each with a count, the page errors and failed requests the contexts saw. */
export function reportPageErrors(contexts) {
  const seen = new Map();
  for (const e of contexts.flatMap((c) => c.errors ?? [])) seen.set(e, (seen.get(e) ?? 0) + 1);
  if (seen.size) console.log(`# page errors and failed requests seen:\n${[...seen].map(([e, n]) => `#   ${n} × ${e}`).join('\n')}`);
}

/**
 * Registers, for the calling `describe`, the built server on a fresh database and one browser,
 * started before its tests and stopped (with page errors reported) after them. Throws at once
 * when the build is missing. `as(user)` is a browser context signed in as that person;
 * `restart()` stops the server and starts it again on the same database and port. `env` adds to
 * the server's environment.
 */
export function demoSuite({ env = {} } = {}) {
  const missing = missingBuild();
  if (missing) throw new Error(`end-to-end tests need the build: ${missing}`);
  const db = tempDatabase();
  const contexts = {};
  const suite = {
    server: undefined,
    browser: undefined,
    as: async (user) => (contexts[user] ??= await contextAs(suite.browser, suite.server.url, user)),
    restart: async () => {
      await suite.server.stop();
      suite.server = await startServer({ databasePath: db.path, port: suite.server.port, env });
    },
  };
  before(async () => {
    suite.server = await startServer({ databasePath: db.path, env });
    suite.browser = await launchBrowser();
  });
  after(async () => {
    reportPageErrors(Object.values(contexts));
    await suite.browser?.close();
    await suite.server?.stop();
    db.remove();
  });
  return suite;
}
