#!/usr/bin/env node
// Large lists in Chromium, from MemoryAdapter: the idea board with 1,000 and 10,000 ideas and the
// ask list with 1,000 and 10,000 questions. For each: time to first render (element created →
// first item rendered), split into the adapter's part (MemoryAdapter keeps the default orders as
// data changes, so its first page reads a page's worth of items) and the widget's own part; one
// live change by someone else (a vote on an idea, an answer to a question → the item updated);
// and the adapter calls made until the first item rendered, which must not grow with the items
// shown (no per-card request). Medians of `runs`.
// Goals (issue 14): first render at 10k ≤ 1.5 × the 1k figure; one live update < 10 ms.
// Garbage is collected before each timed step.
//
//   node bench/render.mjs            prints the table
//   import { run } from './render.mjs'; const rows = await run();
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** Bundles the page side (bench/render.fixture.ts) into one classic script. */
async function bundle() {
  const dir = await mkdtemp(join(tmpdir(), 'confab-bench-'));
  const outfile = join(dir, 'render.js');
  try {
    await build({
      entryPoints: [here('./render.fixture.ts')], bundle: true, format: 'iife', target: 'es2022', outfile,
      tsconfig: here('../tsconfig.json'), minify: true, logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' },
    });
    return await readFile(outfile, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const ms = (x) => `${x.toFixed(1)} ms`;

/** Renders the rows as a text table. */
export function format(rows) {
  const head = ['list', 'measure', '1,000', '10,000', 'ratio 10k/1k', 'goal'];
  const body = rows.map((r) => [r.widget, r.measure, r.show(r.at1k), r.show(r.at10k), r.ratio.toFixed(2), r.goal]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/**
 * Runs the benchmark and resolves with one row per widget and measure:
 * `{ widget, measure, at1k, at10k, ratio, goal, samples }` (milliseconds or counts, medians).
 */
export async function run({ runs = 5, print = true } = {}) {
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: code });
    const rows = [];
    for (const [widget, label] of [['board', 'idea board'], ['ask', 'ask list']]) {
      const measure = (n) => page.evaluate(([w, size, r]) => window.confabBench.measure(w, size, r), [widget, n, runs]);
      const small = await measure(1_000);
      const large = await measure(10_000);
      if (errors.length) throw errors[0];
      const row = (measure, key, goal, show = ms) => {
        const at1k = small.median[key];
        const at10k = large.median[key];
        rows.push({ widget: label, measure, at1k, at10k, ratio: at10k / at1k, show, goal: goal(at1k, at10k), samples: { at1k: small.samples.map((x) => x[key]), at10k: large.samples.map((x) => x[key]) } });
      };
      row('first render (element → first item)', 'render', (a, b) => (b <= 1.5 * a ? 'met (≤ 1.5×)' : 'MISSED (≤ 1.5×)'));
      row('  of which adapter (first page)', 'adapter', (a, b) => (b <= Math.max(1.5 * a, a + 2) ? 'flat (kept in order)' : 'grows'));
      row('  of which widget (page → first item)', 'widget', (a, b) => (b <= Math.max(1.5 * a, a + 2) ? 'met (flat)' : 'MISSED (grows)'));
      row('one live update (change → item updated)', 'live', (a, b) => (Math.max(a, b) < 10 ? 'met (< 10 ms)' : 'MISSED (< 10 ms)'));
      row('adapter calls until first item', 'calls', (a, b) => (b <= a ? 'met (no per-item call)' : 'MISSED (grows)'), String);
      row('items rendered', 'items', () => '', String);
    }
    if (print) console.log(format(rows));
    return rows.map(({ show, ...r }) => r);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
