#!/usr/bin/env node
// JavaScript bytes a page pays for the script-tag route, measured by really loading pages in
// Chromium: the reference server (built) serves the demo seed, a few bench pages and `dist/`, and
// every JavaScript response is gzipped (level 9, as bench/sizes.mjs does) and summed until every
// widget on the page can be used (defined, rendered, no "Loading…", a control to act on) and the
// network has then been quiet for a second: what the first render starts loading (the feedback's
// follow-up step, a widget in a shadow root) counts; what only a reader's action loads (Markdown
// of an opened thread or an expanded idea) does not.
// Budgets (issue 14): the loader alone ≤ 5 KB, a feedback page ≤ 12 KB, an ask page ≤ 30 KB,
// every widget ≤ 70 KB, read the strict way (1 KB = 1,000 bytes, not 1,024). Printed, never asserted.
//
//   node bench/bytes.mjs [dist-folder]      prints the table (dist/ by default)
//   import { run } from './bytes.mjs'; const rows = await run();
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEMO, ROOT, launchBrowser, startServer, tempDatabase } from '../e2e/harness.mjs';

/** The budgets' kilobyte: 1,000 bytes, the stricter of the two readings. */
const KB = 1000;
/** The canonical page the seeded questions and feedback belong to. */
const TRAVEL = 'http://localhost:8787/policies/travel.html';

/** The eight widgets a reader meets, on one page (issue 14's "every widget" page as this bench has always built it). */
const READER_WIDGETS = `<confab-feedback show-summary></confab-feedback>
      <confab-ask></confab-ask>
      <confab-idea-board campaign="c-net-zero-2027"></confab-idea-board>
      <confab-idea-card idea="i-coasting"></confab-idea-card>
      <confab-expert-badge person="kwame.mensah"></confab-expert-badge>
      <confab-expert-finder></confab-expert-finder>
      <confab-feedback-inbox subject="${TRAVEL}"></confab-feedback-inbox>
      <confab-provider endpoint="/api/v1"><confab-feedback variant="stars"></confab-feedback></confab-provider>`;

/**
 * The page scenarios: the widgets' markup, the budget (bytes, gzip) of issue 14, and who reads
 * (default `ingrid.solberg`, a moderator). "every widget" is read two ways: the eight reader
 * widgets, and every tag there is (the five for one's profile and for staff work added, read by
 * an admin, since only admins see the people and webhooks admins' controls).
 */
export const SCENARIOS = [
  { name: 'loader (no widget)', body: '<p>No widget here.</p>', budget: 5 * KB },
  { name: 'feedback page', body: '<confab-feedback></confab-feedback>', budget: 12 * KB },
  { name: 'ask page', body: '<confab-ask></confab-ask>', budget: 30 * KB },
  { name: 'board page', body: '<confab-idea-board campaign="c-net-zero-2027"></confab-idea-board>' },
  { name: 'every widget (8 reader tags)', body: READER_WIDGETS, budget: 70 * KB },
  {
    name: 'every widget (all 13 tags)',
    user: 'priya.raghunathan',
    body: `${READER_WIDGETS}
      <confab-profile person="priya.raghunathan"></confab-profile>
      <confab-notifications></confab-notifications>
      <confab-moderation-queue></confab-moderation-queue>
      <confab-people-admin></confab-people-admin>
      <confab-webhooks-admin></confab-webhooks-admin>`,
    budget: 70 * KB,
  },
];

const page = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="canonical" href="${TRAVEL}">
<meta name="confab-endpoint" content="/api/v1">
<script type="module" src="/dist/confab.js"></script>
</head><body><main>${body}</main></body></html>`;

/**
 * In the page: true once every Confab widget (in the document and in Confab shadow roots) is
 * defined and rendered, shows no "Loading…" and offers something to act on.
 */
function widgetsUsable() {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('confab-') && el.localName !== 'confab-provider') found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const waiting = found.filter((el) => {
    const root = el.shadowRoot;
    return !customElements.get(el.localName) || !root || root.childElementCount === 0 || root.textContent.includes('Loading…')
      || !root.querySelector('button, input, textarea, select, a[href], confab-idea-card');
  });
  window.confabBenchWaiting = waiting.map((el) => el.localName);
  return waiting.length === 0;
}

/** Loads one scenario in a fresh context (empty cache); JavaScript bytes until usable and after idle. */
async function measurePage(browser, baseURL, scenario) {
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  await context.addCookies([{ name: 'confab_dev_user', value: scenario.user ?? 'ingrid.solberg', url: baseURL }]);
  const page = await context.newPage();
  const scripts = [];
  const errors = [];
  let lastRequest = performance.now();
  page.on('request', () => { lastRequest = performance.now(); });
  page.on('requestfinished', () => { lastRequest = performance.now(); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    const entry = { url: request.url(), gzip: undefined };
    scripts.push(entry);
    entry.done = request.response().then((r) => r.body()).then((body) => { entry.gzip = gzipSync(body, { level: 9 }).length; });
  });
  try {
    const started = performance.now();
    await page.goto(`/bench-pages/${scenario.file}`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(widgetsUsable, null, { timeout: 15_000, polling: 20 });
    } catch (error) {
      const waiting = await page.evaluate(() => window.confabBenchWaiting).catch(() => '?');
      throw new Error(`${scenario.name}: widgets not usable within 15 s (waiting for ${waiting}; page errors: ${errors.join('; ') || 'none'})`, { cause: error });
    }
    const usableMs = Math.round(performance.now() - started);
    // Quiet: no request for a second (what the first render started loading has arrived).
    while (performance.now() - lastRequest < 1_000) await new Promise((r) => setTimeout(r, 100));
    await Promise.all(scripts.map((s) => s.done));
    return {
      name: scenario.name, budget: scenario.budget, usableMs,
      requests: scripts.length, gzip: scripts.reduce((n, s) => n + s.gzip, 0),
      files: scripts.map((s) => ({ file: new URL(s.url).pathname, gzip: s.gzip })),
      errors,
    };
  } finally {
    await context.close();
  }
}

/** The rows as a text table (kB: 1,000 bytes). */
export function format(rows) {
  const kb = (n) => (n / KB).toFixed(1);
  const head = ['page', 'JS gzip kB', 'JS requests', 'usable after', 'budget kB', 'verdict'];
  const body = rows.map((r) => [
    r.name, kb(r.gzip), String(r.requests), `${r.usableMs} ms`,
    r.budget ? kb(r.budget) : '-', r.budget ? (r.gzip <= r.budget ? 'met' : 'MISSED') : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** Runs every scenario against `dist` (the built `dist/` by default); resolves with the rows. */
export async function run({ dist = join(ROOT, 'dist'), print = true } = {}) {
  const pages = mkdtempSync(join(tmpdir(), 'confab-bytes-'));
  const db = tempDatabase();
  let server;
  let browser;
  try {
    const scenarios = SCENARIOS.map((s, i) => ({ ...s, file: `page-${i}.html` }));
    for (const s of scenarios) writeFileSync(join(pages, s.file), page(s.body));
    server = await startServer({ databasePath: db.path, env: { CONFAB_STATIC: `${DEMO},/dist=${dist},/bench-pages=${pages}` } });
    browser = await launchBrowser();
    const rows = [];
    for (const s of scenarios) rows.push(await measurePage(browser, server.url, s));
    if (print) {
      console.log(format(rows));
      for (const r of rows) if (r.errors.length) console.log(`  ${r.name}: page errors: ${r.errors.join('; ')}`);
    }
    return rows;
  } finally {
    await browser?.close();
    await server?.stop();
    db.remove();
    rmSync(pages, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ? resolve(process.argv[2]) : undefined;
  run({ dist }).then((rows) => {
    if (process.env.CONFAB_BYTES_FILES) for (const r of rows) console.log(r.name, r.files);
  }, (error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
