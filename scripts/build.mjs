#!/usr/bin/env node
// `npm run build`: every artifact of DESIGN.md "Delivery", in a few seconds.
//
//   dist/confab.js (+ .map)          the script-tag loader: defines each tag when it first appears
//   dist/chunks/, dist/preload.json  what the loader imports: per-widget and shared chunks, and per tag the list
//   dist/confab.all.js (+ .map)      one self-contained minified ES module, every widget
//   packages/core/dist/              ES modules (one per source module) + .d.ts
//   packages/elements/dist/          index.js, <name>/define.js, <name>/<name>.js, … + .d.ts
//   packages/elements/custom-elements.json
//   packages/server/…                whatever packages/server/build.mjs makes, when it exists
//
// Type declarations (tsc -b) and the manifest run in child processes beside rollup (2 cores).
//
// Usage: node scripts/build.mjs [--partial | --manifest]
//   --manifest only writes custom-elements.json (what Storybook needs), in about a second.
//   --partial  build while packages/elements/src/index.ts still imports widgets that do not exist
//              yet: dist/confab.all.js then holds the widgets that do, elements' index.js/.d.ts are
//              skipped. Without it, a missing import fails the build with the list of what is missing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { DIST, ELEMENTS_SRC, bundleConfig, chunksConfig, coreConfig, elementsConfig, loaderConfig, rel, widgetNames } from '../rollup.config.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const partial = process.argv.includes('--partial');
const manifestOnly = process.argv.includes('--manifest');
const started = performance.now();
const timings = [];

async function timed(label, fn) {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings.push([label, performance.now() - t0]);
  }
}

/** Runs a command to completion, output buffered (printed on failure, or always when `show`). */
function run(label, cmd, args, { cwd = ROOT, show = false } = {}) {
  return timed(label, () => new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (show || code !== 0) process.stdout.write(out.replace(/^(?=.)/gm, `  [${label}] `));
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (exit ${code}): ${cmd} ${args.join(' ')}`));
    });
  }));
}

/** Relative imports of packages/elements/src/index.ts whose source file does not exist. */
function missingIndexImports() {
  const index = join(ELEMENTS_SRC, 'index.ts');
  const source = readFileSync(index, 'utf8');
  const specifiers = [...source.matchAll(/(?:import|export)\s[^'"]*?['"](\.{1,2}\/[^'"]+)['"]|import\s+['"](\.{1,2}\/[^'"]+)['"]/g)]
    .map((m) => m[1] ?? m[2]);
  return specifiers.filter((s) => {
    const base = join(ELEMENTS_SRC, s).replace(/\.js$/, '');
    return !['.ts', '.js', '/index.ts'].some((ext) => existsSync(base + ext));
  });
}

/** A rollup entry holding the widgets that exist, for --partial. */
function partialEntry(names) {
  const id = '\0confab-partial-entry';
  const code = [
    `import ${JSON.stringify(join(ELEMENTS_SRC, 'internal/defaults.ts'))};`,
    ...names.map((n) => `import ${JSON.stringify(join(ELEMENTS_SRC, n, 'define.ts'))};`),
    `export { configure } from ${JSON.stringify(join(ELEMENTS_SRC, 'internal/defaults.ts'))};`,
    `export * from '@confab/core';`,
  ].join('\n');
  return { id, plugin: { name: 'confab-partial-entry', resolveId: (s) => (s === id ? id : null), load: (s) => (s === id ? code : null) } };
}

/** tsc -b project for elements without index.ts and unfinished widget folders (--partial), under node_modules/.cache. */
function partialTsconfig(widgets) {
  const dir = join(ROOT, 'node_modules/.cache/confab');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'tsconfig.elements-partial.json');
  const pkg = join(ROOT, 'packages/elements');
  writeFileSync(file, JSON.stringify({
    extends: join(pkg, 'tsconfig.build.json'),
    compilerOptions: { rootDir: join(pkg, 'src'), outDir: join(pkg, 'dist'), tsBuildInfoFile: join(dir, 'elements-partial.tsbuildinfo') },
    include: ['internal', 'events', ...widgets].map((d) => join(pkg, 'src', d, '**/*.ts')),
    exclude: [join(pkg, 'src/**/*.test.ts'), join(pkg, 'src/index.ts')],
    references: [{ path: join(ROOT, 'packages/core/tsconfig.build.json') }],
  }, null, 2));
  return file;
}

async function rollupBuild(label, config) {
  return timed(label, async () => {
    const bundle = await rollup(config);
    try {
      const { output } = await bundle.write(config.output);
      return output;
    } finally {
      await bundle.close();
    }
  });
}

/** Throws unless a build made one chunk importing no other (the loader's own `import()` of a URL aside). */
function selfContained(label, output) {
  const chunks = output.filter((o) => o.type === 'chunk');
  const leftovers = chunks.flatMap((c) => [...c.imports, ...c.dynamicImports]);
  if (chunks.length !== 1 || leftovers.length) throw new Error(`${label} is not self-contained: imports ${leftovers.join(', ')}`);
}

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(suffix)).map((f) => join(dir, String(f)));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const CEM = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const manifest = () => run('manifest', process.execPath, [CEM, 'analyze', '--config', '../../custom-elements-manifest.config.mjs', '--quiet'], { cwd: join(ROOT, 'packages/elements') });

async function main() {
  if (manifestOnly) {
    await manifest();
    console.log(`packages/elements/custom-elements.json written (${(timings[0][1] / 1000).toFixed(1)}s)`);
    return;
  }
  const widgets = widgetNames();
  const missing = missingIndexImports();
  if (missing.length && !partial) {
    console.error(`build: packages/elements/src/index.ts imports modules that do not exist:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
    console.error('Add them (or remove the imports). To build the widgets that exist meanwhile: node scripts/build.mjs --partial');
    process.exit(1);
  }
  if (partial && missing.length) console.log(`build --partial: skipping ${missing.length} missing import(s) of index.ts; widgets: ${widgets.join(', ')}`);
  const withIndex = !(partial && missing.length);

  // Package dists start empty (no module of a deleted source lingers); so do dist/chunks/ (no
  // stale hash lingers). dist/confab.js and confab.all.js are overwritten in place.
  for (const dir of ['packages/core/dist', 'packages/elements/dist', 'dist/chunks']) rmSync(join(ROOT, dir), { recursive: true, force: true });

  // Side jobs on the second core: declarations and the manifest.
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const elementsProject = withIndex ? 'packages/elements/tsconfig.build.json' : partialTsconfig(widgets);
  const side = Promise.allSettled([
    run('types', process.execPath, [tsc, '-b', elementsProject]),
    manifest(),
  ]);

  let failure;
  try {
    await rollupBuild('core modules', coreConfig());
    await rollupBuild('elements modules', elementsConfig({ withIndex }));
    await rollupBuild('dist/chunks', chunksConfig());
    selfContained('dist/confab.js', await rollupBuild('dist/confab.js', loaderConfig()));
    const entry = withIndex ? undefined : partialEntry(widgets);
    selfContained('dist/confab.all.js', await rollupBuild('dist/confab.all.js', entry ? bundleConfig(entry.id, [entry.plugin]) : bundleConfig()));
    if (existsSync(join(ROOT, 'packages/server/build.mjs'))) {
      await run('server', process.execPath, ['packages/server/build.mjs'], { show: true });
    }
  } catch (error) {
    failure = error;
  }
  for (const result of await side) if (result.status === 'rejected') failure ??= result.reason;
  if (failure) {
    console.error(`build failed: ${failure.message ?? failure}`);
    process.exit(1);
  }

  // Every widget folder must have produced its two public modules.
  const dist = join(ROOT, 'packages/elements/dist');
  const absent = widgets.flatMap((n) => [`${n}/define.js`, `${n}/${n}.js`]).filter((f) => !existsSync(join(dist, f)));
  if (withIndex && !existsSync(join(dist, 'index.js'))) absent.push('index.js');
  if (absent.length) {
    console.error(`build failed: packages/elements/dist lacks ${absent.join(', ')}`);
    process.exit(1);
  }

  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const chunkFiles = filesUnder(join(DIST, 'chunks'), '.js');
  const elementsManifest = JSON.parse(readFileSync(join(ROOT, 'packages/elements/custom-elements.json'), 'utf8'));
  const tags = elementsManifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
  console.log(`dist/confab.js  loader, ${kb(gz(join(DIST, 'confab.js')))} min+gzip; dist/chunks/  ${chunkFiles.length} chunks, ${kb(chunkFiles.reduce((n, f) => n + gz(f), 0))} min+gzip in all`);
  console.log(`dist/confab.all.js  ${kb(readFileSync(join(DIST, 'confab.all.js')).length)} min, ${kb(gz(join(DIST, 'confab.all.js')))} min+gzip`);
  for (const pkg of ['core', 'elements']) {
    const d = join(ROOT, 'packages', pkg, 'dist');
    console.log(`${rel(d)}/  ${filesUnder(d, '.js').length} modules, ${filesUnder(d, '.d.ts').length} .d.ts`);
  }
  console.log(`packages/elements/custom-elements.json  ${tags.length} element(s): ${tags.join(', ')}`);
  console.log(`widgets: ${widgets.join(', ')}`);
  console.log(`timings: ${timings.map(([l, ms]) => `${l} ${(ms / 1000).toFixed(1)}s`).join(', ')}; total ${((performance.now() - started) / 1000).toFixed(1)}s`);
}

await main();
