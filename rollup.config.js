// Rollup builds of Confab (run through scripts/build.mjs; `npx rollup -c` works too).
//
// 1. `dist/confab.js`: the script-tag route. One self-contained, minified ES module with every
//    widget, Lit and @confab/core inside, lazy imports (Markdown) inlined.
// 2. `packages/<pkg>/dist/`: the bundler route. One module per source module (preserveModules),
//    dependencies external, so `@confab/elements/<name>/define.js` registers one widget and
//    `@confab/elements/<name>/<name>.js` exports its class without side effects.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import esbuild, { minify as esbuildMinify } from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const TSCONFIG = join(ROOT, 'tsconfig.json');
export const ELEMENTS_SRC = join(ROOT, 'packages/elements/src');
export const CORE_SRC = join(ROOT, 'packages/core/src');
const EXTENSIONS = ['.ts', '.mjs', '.js', '.json'];

/** Widget folders: every `packages/elements/src/<name>/` holding a `define.ts` (not `internal/`), sorted. */
export function widgetNames() {
  return readdirSync(ELEMENTS_SRC, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'internal' && existsSync(join(ELEMENTS_SRC, d.name, 'define.ts')))
    .map((d) => d.name)
    .sort();
}

/**
 * The minifier of the bundles: terser by default (what we ship is ~3% smaller after gzip than
 * with esbuild's); `CONFAB_MINIFIER=esbuild` for a build several times faster while iterating.
 * Both keep the dependencies' license comments (esbuild gathers them at the end of the file).
 */
function minifier() {
  return process.env.CONFAB_MINIFIER === 'esbuild'
    ? esbuildMinify({ target: 'es2022', legalComments: 'eof', sourceMap: true })
    : terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: 'some' } });
}

/**
 * `@confab/core` from its sources, whatever its package.json `exports` say (they may point at
 * dist/, which this very build makes).
 */
function coreFromSource() {
  const map = {
    '@confab/core': join(CORE_SRC, 'index.ts'),
    '@confab/core/test-kit': join(CORE_SRC, 'test-kit/index.ts'),
    '@confab/core/internal': join(CORE_SRC, 'internal.ts'),
    '@confab/core/domain': join(CORE_SRC, 'domain/index.ts'),
  };
  return { name: 'confab-core-from-source', resolveId: (id) => map[id] ?? null };
}

/**
 * Collapses the white space in our `css` tagged templates (those without interpolations) before
 * minifying: the JavaScript minifiers leave template contents alone. Only white space around
 * `{ } ; ,` and `>` is removed, which never changes what a rule means (no `content:` strings here).
 * Lit's own `minify-html-literals` route pulls in an HTML and a CSS minifier for ~70 bytes.
 */
function minifyCss() {
  const literal = /\bcss`([^`$]*)`/g;
  const squeeze = (body) => body.replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').trim();
  return {
    name: 'confab-minify-css',
    transform(code, id) {
      if (!id.startsWith(ELEMENTS_SRC) || !code.includes('css`')) return null;
      return { code: code.replace(literal, (_, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/** Plugins that turn our TypeScript (legacy decorators, per tsconfig.json) into browser code. */
export function sourcePlugins({ minify = false } = {}) {
  return [
    coreFromSource(),
    ...(minify ? [minifyCss()] : []),
    nodeResolve({ browser: true, extensions: EXTENSIONS, exportConditions: ['browser', 'production'] }),
    esbuild({ tsconfig: TSCONFIG, target: 'es2022', sourceMap: true }),
    ...(minify ? [minifier()] : []),
  ];
}

/** Options for one self-contained minified bundle of `input` (used by the bench too). */
export function bundleInput(input, extraPlugins = []) {
  return {
    input,
    plugins: [...extraPlugins, ...sourcePlugins({ minify: true })],
    onwarn,
  };
}

function onwarn(warning, warn) {
  // Lit ships `this` at module top level in a UMD guard; nothing to act on.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`Unresolved import ${warning.exporter} in ${warning.id}`);
  warn(warning);
}

/** Bare imports (lit, @lit/*, @confab/core, dompurify, marked, …) stay imports in the package builds. */
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** `dist/confab.js`: every widget in one file. `input` may be replaced (partial builds). */
export function bundleConfig(input = join(ELEMENTS_SRC, 'index.ts'), extraPlugins = []) {
  return {
    ...bundleInput(input, extraPlugins),
    output: { file: join(ROOT, 'dist/confab.js'), format: 'es', inlineDynamicImports: true, sourcemap: true },
  };
}

/** The entries of `@confab/elements` for bundlers. */
export function elementsEntries({ withIndex = true } = {}) {
  const entries = {};
  if (withIndex) entries.index = join(ELEMENTS_SRC, 'index.ts');
  for (const name of widgetNames()) {
    entries[`${name}/define`] = join(ELEMENTS_SRC, name, 'define.ts');
    if (existsSync(join(ELEMENTS_SRC, name, `${name}.ts`))) entries[`${name}/${name}`] = join(ELEMENTS_SRC, name, `${name}.ts`);
  }
  return entries;
}

/** A package build: one output module per source module, dependencies external. */
export function packageConfig(input, src) {
  return {
    input,
    external: isBare,
    plugins: sourcePlugins(),
    onwarn,
    treeshake: { moduleSideEffects: true },
    output: {
      dir: join(src, '../dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: src,
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  };
}

export function coreConfig() {
  return packageConfig({ index: join(CORE_SRC, 'index.ts'), 'test-kit/index': join(CORE_SRC, 'test-kit/index.ts'), internal: join(CORE_SRC, 'internal.ts'), 'domain/index': join(CORE_SRC, 'domain/index.ts') }, CORE_SRC);
}

export function elementsConfig(options) {
  return packageConfig(elementsEntries(options), ELEMENTS_SRC);
}

/** For messages: a path relative to the repository root. */
export const rel = (path) => relative(ROOT, path);

export default [bundleConfig(), coreConfig(), elementsConfig()];
