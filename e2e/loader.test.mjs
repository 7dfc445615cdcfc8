// The script-tag loader (dist/confab.js) in Chromium, against the built reference server: it
// defines only the tags a page uses, from their own chunks; tags added later and tags first
// rendered inside a Confab shadow root; Markdown only when shown; everything under a strict
// Content-Security-Policy; and the same from another origin under a CDN-like path.
// Behaviour only: sizes and speed are `npm run bench` (bench/bytes.mjs).
import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEMO, ROOT, eventually, freePort, launchBrowser, missingBuild, startServer, tempDatabase } from './harness.mjs';

const DIST = join(ROOT, 'dist');
const CDN_PATH = '/cdn/confab/1.0/';
const TRAVEL = 'http://localhost:8787/policies/travel.html';

/** A page under a strict CSP (no inline script, no eval, no inline style), loading the loader from `src`. */
const page = (src, body, cdn = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>loader test</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${cdn}; style-src 'self'; connect-src 'self'; img-src 'self' data:">
<link rel="canonical" href="${TRAVEL}">
<meta name="confab-endpoint" content="/api/v1">
<script type="module" src="${src}"></script>
</head><body><main>${body}</main></body></html>`;

/**
 * A small server on its own origin: `files` (name → body) at `/`, dist/ under CDN_PATH with CORS
 * (as a CDN serves it), and everything under `/api/` passed on to `api` (the reference server,
 * whose own pages carry a `script-src 'self'` policy that would refuse another origin's loader).
 */
async function startOrigin({ files = {}, api } = {}) {
  const port = await freePort();
  const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (api && path.startsWith('/api/')) {
      const target = new URL(req.url, api);
      const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    if (files[path.slice(1)]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(files[path.slice(1)]);
      return;
    }
    const file = normalize(join(DIST, path.slice(CDN_PATH.length)));
    if (!path.startsWith(CDN_PATH) || !file.startsWith(DIST) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

describe('the script-tag loader (dist/confab.js)', () => {
  const missing = missingBuild();
  if (missing) throw new Error(`end-to-end tests need the build: ${missing}`);
  const pages = mkdtempSync(join(tmpdir(), 'confab-loader-'));
  const db = tempDatabase();
  let server;
  let cdn;
  let site;
  let browser;

  before(async () => {
    cdn = await startOrigin();
    const files = {
      'feedback.html': page('/dist/confab.js', '<confab-feedback></confab-feedback><div id="later"></div>'),
      'ask.html': page('/dist/confab.js', '<confab-ask></confab-ask>'),
      'board.html': page('/dist/confab.js', '<confab-idea-board campaign="c-net-zero-2027"></confab-idea-board>'),
    };
    for (const [name, html] of Object.entries(files)) writeFileSync(join(pages, name), html);
    server = await startServer({ databasePath: db.path, env: { CONFAB_STATIC: `${DEMO},/dist=${DIST},/loader-test=${pages}` } });
    // A site on a third origin whose page loads the loader from the CDN origin.
    const cdnPage = page(`${cdn.origin}${CDN_PATH}confab.js`, '<confab-feedback></confab-feedback><confab-ask></confab-ask>', cdn.origin);
    site = await startOrigin({ files: { 'cdn.html': cdnPage }, api: server.url });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await cdn?.close();
    await site?.close();
    db.remove();
    rmSync(pages, { recursive: true, force: true });
  });

  /**
   * Opens a test page in a fresh context; `scripts` lists every JavaScript URL requested, in order,
   * `problems` every page error, console error and CSP violation.
   */
  async function open(name, base = server.url, path = `/loader-test/${name}`) {
    const context = await browser.newContext({ baseURL: base, locale: 'en-GB' });
    context.setDefaultTimeout(10_000);
    await context.addCookies([{ name: 'confab_dev_user', value: 'chen.jiahui', url: base }]);
    const tab = await context.newPage();
    const scripts = [];
    const problems = [];
    tab.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Failed requests show as console errors too: a 404 from the API is the widgets' business;
    // a script that fails to load is ours.
    tab.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`); });
    tab.on('response', (r) => { if (r.request().resourceType() === 'script' && r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });
    // Init scripts run outside the page's CSP; they record what the policy refused.
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP refused ${e.violatedDirective}: ${e.blockedURI || 'inline'}`));
    });
    await tab.goto(path);
    return { tab, scripts, problems, close: () => context.close() };
  }

  /** Resolves once `<tag>` is defined and rendered something (in the document or a Confab shadow root). */
  const rendered = (tab, selector) => tab.waitForFunction((s) => {
    const find = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(s) && customElements.get(el.localName) && el.shadowRoot?.childElementCount) return el;
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    return find(document) !== null;
  }, selector);

  const defined = (tab, tag) => tab.evaluate((t) => customElements.get(t) !== undefined, tag);
  const chunk = (tag) => new RegExp(`/chunks/${tag}-[\\w-]+\\.js$`);

  test('defines only the tags on the page, each from its own chunk', async () => {
    const { tab, scripts, problems, close } = await open('feedback.html');
    try {
      await rendered(tab, 'confab-feedback');
      await tab.getByRole('button', { name: 'Yes' }).waitFor();
      for (const tag of ['confab-ask', 'confab-idea-board', 'confab-idea-card', 'confab-expert-badge', 'confab-expert-finder', 'confab-feedback-inbox']) {
        assert.equal(await defined(tab, tag), false, `<${tag}> is not on the page and must not be defined`);
        assert.ok(!scripts.some((u) => chunk(tag).test(u)), `the ${tag} chunk must not be requested`);
      }
      assert.ok(scripts.some((u) => chunk('confab-feedback').test(u)), `the feedback chunk was requested: ${scripts.join(', ')}`);
      assert.ok(!scripts.some((u) => /markdown-renderer|marked|purify/.test(u)), 'no Markdown code on a page that shows none');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('defines a tag added to the page later, however deep in the added content', async () => {
    const { tab, scripts, problems, close } = await open('feedback.html');
    try {
      await rendered(tab, 'confab-feedback');
      assert.equal(await defined(tab, 'confab-ask'), false);
      await tab.evaluate(() => {
        const section = document.createElement('section');
        section.innerHTML = '<div><confab-ask limit="3"></confab-ask></div>';
        document.getElementById('later').append(section);
      });
      await rendered(tab, 'confab-ask');
      await tab.locator('confab-ask #ask-title').waitFor();
      assert.ok(scripts.some((u) => chunk('confab-ask').test(u)));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('defines a tag that first appears inside a Confab widget\'s shadow root', async () => {
    const { tab, scripts, problems, close } = await open('ask.html');
    try {
      await rendered(tab, 'confab-ask');
      assert.equal(await defined(tab, 'confab-expert-badge'), false, 'no badge on the page yet');
      // Typing a question makes <confab-ask> suggest experts, each shown with a <confab-expert-badge>.
      await tab.locator('confab-ask #ask-title').fill('Which expenses can I claim for travel booking?');
      await rendered(tab, 'confab-expert-badge');
      assert.ok(scripts.some((u) => chunk('confab-expert-badge').test(u)));
      const inAsk = await tab.evaluate(() => document.querySelector('confab-ask').shadowRoot.querySelector('confab-expert-badge')?.shadowRoot?.childElementCount ?? 0);
      assert.ok(inAsk > 0, 'the badge inside <confab-ask> rendered');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('works under a strict CSP and loads Markdown only when it is shown', async () => {
    const { tab, scripts, problems, close } = await open('board.html');
    try {
      await rendered(tab, 'confab-idea-card');
      assert.ok(!scripts.some((u) => /markdown-renderer|marked|purify/.test(u)), `no Markdown before an idea is expanded: ${scripts.join(', ')}`);
      const more = tab.locator('confab-idea-card').getByRole('button', { name: /read more/i }).first();
      await more.click();
      await eventually('the expanded idea to show sanitised Markdown', () => tab.evaluate(() => {
        const cards = document.querySelector('confab-idea-board').shadowRoot.querySelectorAll('confab-idea-card');
        return [...cards].some((c) => c.shadowRoot.querySelector('.markdown'));
      }));
      assert.ok(scripts.some((u) => /\/chunks\/markdown-renderer-/.test(u)), `marked and DOMPurify came in their own chunk: ${scripts.join(', ')}`);
      assert.deepEqual(problems, [], 'no CSP violation, page error or console error');
    } finally {
      await close();
    }
  });

  test('loads from another origin under a CDN path, resolving chunks against its own URL', async () => {
    const { tab, scripts, problems, close } = await open('cdn.html', site.origin, '/cdn.html');
    try {
      await Promise.all([rendered(tab, 'confab-feedback'), rendered(tab, 'confab-ask')]).catch((error) => {
        throw new Error(`widgets not rendered (${problems.join('; ') || 'no page error'}; scripts: ${scripts.join(', ')})`, { cause: error });
      });
      await tab.getByRole('button', { name: 'Yes' }).waitFor();
      const chunks = scripts.filter((u) => u.includes('/chunks/'));
      assert.ok(chunks.length > 1, `chunks were loaded: ${scripts.join(', ')}`);
      for (const url of scripts) assert.ok(url.startsWith(`${cdn.origin}${CDN_PATH}`), `${url} comes from the CDN path`);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
