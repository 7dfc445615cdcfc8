#!/usr/bin/env node
// The idea board at scale, in Chromium, from MemoryAdapter: time to first render of a board
// with 1,000 and with 10,000 ideas (element created → first card rendered), and the cost of one
// live vote by someone else (vote cast → the card's count updated). Medians of `runs` runs.
// The first render is split into the adapter's part (MemoryAdapter.listIdeas sorts every idea,
// so it grows with the data) and the board's own part (first page → first card), which must not.
// Goals (issue 5): first render under 100 ms at 1,000 ideas; the live-vote cost does not grow
// with ideas off screen (ratio 10k/1k ≈ 1). Garbage is collected before each timed step.
//
//   node bench/idea-board.mjs            prints the table
//   import { run } from './idea-board.mjs'; const rows = await run();
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** Bundles the page side (bench/idea-board.fixture.ts) into one classic script. */
async function bundle() {
  const dir = await mkdtemp(join(tmpdir(), 'confab-bench-'));
  const outfile = join(dir, 'idea-board.js');
  try {
    await build({
      entryPoints: [here('./idea-board.fixture.ts')], bundle: true, format: 'iife', target: 'es2022', outfile,
      tsconfig: here('../tsconfig.json'), minify: true, logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' },
    });
    return await readFile(outfile, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const fmt = (ms) => ms.toFixed(1);

/** Renders the rows as a text table. */
export function format(rows) {
  const head = ['measure', '1,000 ideas', '10,000 ideas', 'ratio 10k/1k', 'goal'];
  const body = rows.map((r) => [r.measure, `${fmt(r.at1k)} ms`, `${fmt(r.at10k)} ms`, r.ratio.toFixed(2), r.goal]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/**
 * Runs the benchmark and resolves with one row per measure:
 * `{ measure, at1k, at10k, ratio, goal, samples }` (milliseconds, medians).
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
    const measure = (n) => page.evaluate(([size, r]) => window.confabBench.measure(size, r), [n, runs]);
    const small = await measure(1_000);
    const large = await measure(10_000);
    if (errors.length) throw errors[0];
    const row = (measure, key, goal) => {
      const at1k = small.median[key];
      const at10k = large.median[key];
      return { measure, at1k, at10k, ratio: at10k / at1k, goal: goal(at1k, at10k), samples: { at1k: small.samples.map((x) => x[key]), at10k: large.samples.map((x) => x[key]) } };
    };
    const flat = (a, b) => (b < Math.max(a * 2, a + 5) ? 'met (flat)' : 'MISSED (grows)');
    const rows = [
      row('first render (element → first card)', 'render', (a) => (a < 100 ? 'met (<100 ms at 1k)' : 'MISSED (<100 ms at 1k)')),
      row('  of which adapter listIdeas', 'adapter', () => 'MemoryAdapter scans all ideas'),
      row('  of which board (page → first card)', 'board', flat),
      row('one live vote (cast → count updated)', 'vote', flat),
    ];
    if (print) console.log(format(rows));
    return rows;
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
