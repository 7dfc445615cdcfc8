#!/usr/bin/env node
// `npm run bench` (after `npm run build`): bundle sizes against the floor, then the benchmarks
// when they exist, each exporting `async run()`, printing its own table and returning data for
// results.json: bench/bytes.mjs (JavaScript bytes per page through the script-tag loader, in
// Chromium), bench/render.mjs (the board and the ask list at 1,000 and 10,000 items) and
// bench/server.mjs (throughput against a bare handler, live fan-out) and bench/import.mjs (the
// directory import of a 50,000-row CSV: time and peak memory) and bench/notify.mjs (notifications
// fanned out per second when 1,000 people follow one idea) and bench/moderation-queue.mjs (the first page of a
// review queue of 10,000 reported items, as a ratio to a plain list read).
// Everything measured lands in bench/results.json.
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatSizes, measureSizes } from './sizes.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  sizes: undefined,
  benchmarks: {},
};
let failed = false;

console.log('== bundle size (bytes; min+gzip level 9, brotli quality 11) ==');
const t0 = performance.now();
results.sizes = await measureSizes();
console.log(formatSizes(results.sizes));
console.log(`(${((performance.now() - t0) / 1000).toFixed(1)}s)\n`);

for (const name of ['bytes', 'render', 'server', 'import', 'notify', 'moderation-queue']) {
  const file = here(`./${name}.mjs`);
  if (!existsSync(file)) {
    console.log(`== ${name}: skipped (bench/${name}.mjs does not exist yet) ==\n`);
    results.benchmarks[name] = { skipped: 'missing' };
    continue;
  }
  console.log(`== ${name} (bench/${name}.mjs) ==`);
  const started = performance.now();
  try {
    const mod = await import(pathToFileURL(file).href);
    if (typeof mod.run !== 'function') throw new Error(`bench/${name}.mjs must export \`async run()\` (and start nothing on import)`);
    const value = await mod.run();
    results.benchmarks[name] = { ms: Math.round(performance.now() - started), result: value ?? null };
  } catch (error) {
    failed = true;
    console.error(`${name} failed: ${error.stack ?? error}`);
    results.benchmarks[name] = { error: String(error.message ?? error) };
  }
  console.log('');
}

writeFileSync(here('./results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('written: bench/results.json');
if (failed) process.exitCode = 1;
