#!/usr/bin/env node
// Smoke test of the built Storybook: opens every story (and every docs page) of
// storybook-static/ in one headless Chromium, one page at a time, waits until it has rendered
// and its Lit elements have settled, and fails on any console error, uncaught exception,
// failed request, HTTP error status, Storybook error display or empty story. Every story is opened
// in each page variant of VARIANTS (as written, in a 375 px column, in Arabic and in Hebrew: the
// `lang` and `width` globals of stories/support/page.ts); in each, axe-core must find no WCAG 2.2 A/AA
// violation, and in a 375 px column nothing may be wider than the column.
//
// Usage: node scripts/storybook-smoke.mjs [dir=storybook-static] [--no-docs] [--no-variants] [--filter=<substring>] [--url=<storybook>]
// Needs `npm run build-storybook` first, or --url of a running Storybook (e.g. http://localhost:6006
// from `npm run storybook`). Browser: CHROME_PATH or a chromium on PATH.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'storybook-static');
const withDocs = !args.includes('--no-docs');
const withVariants = !args.includes('--no-variants');
const filter = args.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);
const url = args.find((a) => a.startsWith('--url='))?.slice('--url='.length).replace(/\/$/, '');
const LOAD_TIMEOUT = 30_000;
const RENDER_TIMEOUT = 20_000;
const SETTLE_TIMEOUT = 10_000;
const CONCURRENCY = Number(process.env.SMOKE_CONCURRENCY ?? 3);
/** The page variants every story is opened in, as Storybook globals (stories/support/page.ts). */
const VARIANTS = withVariants ? [{}, { width: '375' }, { lang: 'ar' }, { lang: 'he', width: '375' }] : [{}];
/** What axe checks: WCAG 2.0–2.2, levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon', '.map': 'application/json',
};

/** A static file server for `root` on a free loopback port. */
function serve(root) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) return res.writeHead(403).end();
    // Chromium asks for it on its own; iframe.html declares no icon.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = /\.(html|json)$/.test(file) ? 'no-cache' : 'max-age=600';
    res.writeHead(200, { 'content-type': type, 'cache-control': cache });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** In the page: awaits `updateComplete` of every element (shadow roots included) until nothing is pending. */
async function settle(timeout) {
  const deadline = Date.now() + timeout;
  const all = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  for (let round = 0; round < 5 && Date.now() < deadline; round++) {
    const pending = all(document).filter((el) => el.updateComplete && typeof el.updateComplete.then === 'function');
    const results = await Promise.race([
      Promise.all(pending.map((el) => el.updateComplete)),
      new Promise((r) => setTimeout(() => r('timeout'), Math.max(0, deadline - Date.now()))),
    ]);
    if (results === 'timeout') return 'elements did not finish updating';
    // Give tasks started by this round (adapter calls, timers of 0) a turn, then look again.
    await new Promise((r) => setTimeout(r, 50));
    if (results.every((done) => done === true)) return '';
  }
  return '';
}

/** In the page: axe over the story (shadow roots included); one line per violation and node. */
async function axeViolations(tags) {
  const root = document.querySelector('#storybook-root') ?? document.body;
  const { violations } = await window.axe.run(root, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return violations.flatMap((v) => v.nodes.map((n) => `axe ${v.id} (${v.impact}): ${n.target.join(' > ')} — ${v.help}`));
}

/** In the page: in a story given a width (`data-story-width`), what is wider than that column. */
function overflowing() {
  const column = document.querySelector('[data-story-width]');
  if (!column) return [];
  const out = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) out.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
  if (column.scrollWidth > column.clientWidth) out.push(`the ${column.dataset.storyWidth} px column overflows: ${column.scrollWidth} > ${column.clientWidth}`);
  return out;
}

/** `&globals=…` for a variant, e.g. `lang:he;width:375`. */
const globalsParam = (variant) => Object.entries(variant).map(([k, v]) => `${k}:${v}`).join(';');

async function check(context, base, entry, variant = {}) {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const problems = [];
  const page = await context.newPage();
  page.on('console', (msg) => {
    // Chromium's own request for /favicon.ico is not the story's.
    if (msg.type() !== 'error' || msg.location()?.url?.endsWith('/favicon.ico')) return;
    const [first, ...rest] = msg.text().split('\n');
    problems.push(`console.error: ${first}${rest.length ? ' …' : ''}${msg.location()?.url ? ` (${msg.location().url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  try {
    const globals = globalsParam(variant);
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}${globals ? `&globals=${globals}` : ''}`, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const shown = await page.waitForFunction(
      (mode) => {
        const cls = document.body.classList;
        if (cls.contains('sb-show-errordisplay')) return 'error';
        if (cls.contains('sb-show-nopreview')) return 'nopreview';
        if (mode === 'docs') return document.querySelector('#storybook-docs .sbdocs-content') ? 'docs' : false;
        return cls.contains('sb-show-main') && !cls.contains('sb-show-preparing-story') ? 'main' : false;
      },
      viewMode,
      { timeout: RENDER_TIMEOUT },
    ).then((handle) => handle.jsonValue());
    if (shown === 'error') {
      const text = await page.locator('#error-message').textContent().catch(() => '');
      problems.push(`Storybook shows an error: ${text?.trim().split('\n')[0]}`);
    } else if (shown === 'nopreview') {
      problems.push('Storybook shows "no preview"');
    } else {
      const unsettled = await page.evaluate(settle, SETTLE_TIMEOUT);
      if (unsettled) problems.push(unsettled);
      if (viewMode === 'story') {
        const empty = await page.evaluate(() => {
          const root = document.querySelector('#storybook-root #root-inner') ?? document.querySelector('#storybook-root');
          return !root || (root.children.length === 0 && !root.textContent?.trim());
        });
        if (empty) problems.push('the story rendered nothing');
        problems.push(...(await page.evaluate(overflowing)));
        await page.addScriptTag({ content: AXE_SOURCE });
        problems.push(...(await page.evaluate(axeViolations, AXE_TAGS)));
      }
    }
  } catch (error) {
    problems.push(error.name === 'TimeoutError' ? `timed out: ${error.message.split('\n')[0]}` : String(error.message ?? error));
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  const indexFile = join(dir, 'index.json');
  if (!url && !existsSync(indexFile)) {
    console.error(`storybook-smoke: ${indexFile} not found; run \`npm run build-storybook\` first.`);
    process.exit(1);
  }
  const { entries } = url ? await (await fetch(`${url}/index.json`)).json() : JSON.parse(readFileSync(indexFile, 'utf8'));
  const all = Object.values(entries).filter((e) => e.type === 'story' || (withDocs && e.type === 'docs'));
  const selected = all.filter((e) => !filter || e.id.includes(filter));
  if (selected.length === 0) {
    console.error('storybook-smoke: no stories to check.');
    process.exit(1);
  }
  const started = performance.now();
  const server = url ? undefined : await serve(dir);
  const base = url ?? `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  // One context, so that Storybook's scripts come from the HTTP cache after the first story;
  // storage is emptied before every document, so that no story sees another's drafts.
  const context = await browser.newContext();
  await context.addInitScript(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  let passed = 0;
  let visits = 0;
  let axeCount = 0;
  const failed = [];
  try {
    // A few pages at a time: most of a story's time is waiting for Storybook's iframe to boot.
    // Docs pages once; stories once per page variant.
    const queue = selected.flatMap((entry) => (entry.type === 'docs' ? [{ entry, variant: {} }] : VARIANTS.map((variant) => ({ entry, variant }))));
    visits = queue.length;
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const { entry, variant } = item;
        const name = `${entry.id}${globalsParam(variant) ? ` [${globalsParam(variant)}]` : ''}`;
        const t0 = performance.now();
        const problems = await check(context, base, entry, variant);
        const ms = Math.round(performance.now() - t0);
        axeCount += problems.filter((p) => p.startsWith('axe ')).length;
        if (problems.length === 0) {
          passed++;
          console.log(`  ok    ${entry.type.padEnd(5)} ${name} (${ms} ms)`);
        } else {
          failed.push(name);
          console.log(`  FAIL  ${entry.type.padEnd(5)} ${name} (${ms} ms)\n${[...new Set(problems)].slice(0, 10).map((p) => `          ${p}`).join('\n')}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser.close();
    server?.close();
  }
  const stories = selected.filter((e) => e.type === 'story').length;
  console.log(`\nstorybook-smoke: ${passed} passed, ${failed.length} failed of ${visits} visits (${stories} stories × ${VARIANTS.length} page variants, ${selected.length - stories} docs pages), ${axeCount} axe violations, in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  if (failed.length) {
    console.log(`failed: ${failed.join(', ')}`);
    process.exit(1);
  }
}

await main();
