// Rollup builds of Confab (run through scripts/build.mjs; `npx rollup -c` works too).
//
// 1. The script-tag route, in two builds, in this order:
//    a. `dist/chunks/`: one entry per widget (`confab-<name>-<hash>.js`: the confab-endpoint
//       default, then the widget's define module), the memory default, shared chunks and the lazy
//       ones (Markdown, locale tables); `dist/preload.json` lists, per tag, its entry chunk and
//       every chunk it imports (for `<link rel="modulepreload">` in page templates).
//    b. `dist/confab.js`: the loader (packages/elements/src/internal/loader/loader.ts), with the
//       entry chunks of preload.json written in; it shares no module with the chunks.
// 2. `dist/confab.all.js`: every widget in one self-contained, minified ES module (Lit and
//    @confab/core inside, lazy imports inlined), for those who want one file.
// 3. `packages/<pkg>/dist/`: the bundler route. One module per source module (preserveModules),
//    dependencies external, so `@confab/elements/<name>/define.js` registers one widget and
//    `@confab/elements/<name>/<name>.js` exports its class without side effects.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
 * Drops the comments and collapses the white space in our `css` tagged templates (interpolations
 * of one plain expression left as they are) before minifying: the JavaScript minifiers leave
 * template contents alone. Only white space around `{ } ; ,` and `>` is removed, which never
 * changes what a rule means (no `content:` strings here).
 * Lit's own `minify-html-literals` route pulls in an HTML and a CSS minifier for ~70 bytes.
 */
function minifyCss() {
  const literal = /\bcss`((?:[^`$]|\$(?!\{)|\$\{[^`{}]*\})*)`/g;
  const text = (part) => part.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}');
  // Text between interpolations keeps a space at its ends: `${a} ${b}` must not become `${a}${b}`.
  const squeeze = (body) => body.split(/(\$\{[^`{}]*\})/).map((part, i) => (i % 2 ? part : text(part))).join('').trim();
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
  // A cycle between the shared chunks breaks every widget at run time (a binding used before it
  // is initialised); usually a core module with a top-level side effect. Stop the build instead.
  if (warning.code === 'CIRCULAR_CHUNK' || /^Circular chunk/.test(warning.message)) throw new Error(`${warning.message} (see SHARED_CHUNKS in rollup.config.js)`);
  warn(warning);
}

/** Bare imports (lit, @lit/*, @confab/core, dompurify, marked, …) stay imports in the package builds. */
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** `dist/confab.all.js`: every widget in one file. `input` may be replaced (partial builds). */
export function bundleConfig(input = join(ELEMENTS_SRC, 'index.ts'), extraPlugins = []) {
  return {
    ...bundleInput(input, extraPlugins),
    output: { file: join(ROOT, 'dist/confab.all.js'), format: 'es', inlineDynamicImports: true, sourcemap: true },
  };
}

export const DIST = join(ROOT, 'dist');
export const LOADER_SRC = join(ELEMENTS_SRC, 'internal/loader/loader.ts');
const ENDPOINT_DEFAULT = join(ELEMENTS_SRC, 'internal/loader/endpoint-default.ts');
const MEMORY_DEFAULT = join(ELEMENTS_SRC, 'internal/loader/memory-default.ts');
/** Define modules the loader's entries use instead of `<name>/define.ts`. */
const LOADER_DEFINES = { provider: join(ELEMENTS_SRC, 'internal/loader/provider-define.ts') };
const loaderSideEffects = new Set([ENDPOINT_DEFAULT, MEMORY_DEFAULT, ...Object.values(LOADER_DEFINES)]);

/**
 * The loader's entry for one widget: the `<meta name="confab-endpoint">` default first (so that
 * it is in place before the tag is defined), then the widget's define module. Modules of the
 * loader are side effects: package.json `sideEffects` lists only `<name>/define.ts`.
 */
function widgetEntries() {
  const prefix = '\0confab-entry:';
  return {
    name: 'confab-widget-entries',
    resolveId: (id) => (id.startsWith(prefix) ? id : loaderSideEffects.has(id) ? { id, moduleSideEffects: true } : null),
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const name = id.slice(prefix.length);
      const define = LOADER_DEFINES[name] ?? join(ELEMENTS_SRC, name, 'define.ts');
      return `import ${JSON.stringify(ENDPOINT_DEFAULT)};\nimport ${JSON.stringify(define)};\n`;
    },
  };
}

/**
 * Writes `dist/preload.json`: for each tag, its entry chunk then every chunk it imports
 * statically (directly or not), paths relative to `dist/`; the same for the memory default.
 */
function preloadManifest() {
  return {
    name: 'confab-preload-manifest',
    generateBundle(_, bundle) {
      const chunks = new Map(Object.values(bundle).filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
      const closure = (file) => {
        const seen = new Set();
        const visit = (f) => {
          if (seen.has(f)) return;
          seen.add(f);
          for (const dep of chunks.get(f).imports) visit(dep);
        };
        visit(file);
        return [...seen];
      };
      const byName = new Map([...chunks.values()].filter((c) => c.isEntry).map((c) => [c.name, c.fileName]));
      const manifest = {
        about: 'Per Confab tag, the chunks it loads (entry first), relative to confab.js: for <link rel="modulepreload"> in page templates. "memory-default" is loaded first on pages with <meta name="confab-adapter" content="memory">.',
        loader: 'confab.js',
        'memory-default': closure(byName.get('memory-default')),
        widgets: Object.fromEntries(widgetNames().map((n) => [`confab-${n}`, closure(byName.get(`confab-${n}`))])),
      };
      this.emitFile({ type: 'asset', fileName: 'preload.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

/**
 * `@lit/context` as the widgets' base class and context module use it (`ContextConsumer`,
 * `createContext`), without the package index: the index would bring ContextProvider and
 * ContextRoot, which only <confab-provider> needs, into `base` with it.
 */
function litContextConsumer() {
  const id = '\0confab-lit-context-consumer';
  const lib = join(ROOT, 'node_modules/@lit/context/lib');
  const users = /elements\/src\/internal\/(confab-element|context)\.ts$/;
  return {
    name: 'confab-lit-context-consumer',
    resolveId: (source, importer) => (source === '@lit/context' && users.test(importer?.replaceAll('\\', '/') ?? '') ? id : null),
    load: (loading) => (loading === id
      ? `export { ContextConsumer } from ${JSON.stringify(join(lib, 'controllers/context-consumer.js'))};\nexport { createContext } from ${JSON.stringify(join(lib, 'create-context.js'))};\n`
      : null),
  };
}

/** Shared and lazy chunks by name; a locale table by widget and language (`locales/ask-de-….js`). */
function chunkFileName(chunk) {
  const locale = chunk.facadeModuleId?.match(/\/([\w-]+)\/locales\/([\w-]+)\.ts$/);
  return locale ? `chunks/locales/${locale[1]}-${locale[2]}-[hash].js` : 'chunks/[name]-[hash].js';
}

/**
 * Three shared chunks instead of a dozen small ones (each costs a request, its own gzip dictionary
 * and import lines): `base`, what every widget needs (Lit, the RestAdapter's core, the base class,
 * theme, strings, drafts, the live controller and the scopes it follows); `kit`, what the widgets
 * beyond the feedback prompt share (Task, directives, form styles, focus, the outbox, field
 * errors, core's small helpers); `memory`, the in-memory backend and the domain rules. Every module of core is in one of them: rollup pulls a module left
 * out into the chunk of the first manual chunk importing it (say, the memory backend into `base`).
 * Lazy parts (Markdown, the RestAdapter's areas and live stream, locale tables, the feedback
 * follow-up, the ask thread, the @mention completion, the board's campaign form) stay chunks of
 * their own.
 */
const SHARED_CHUNKS = [
  ['base', /node_modules\/(lit-html\/lit-html|@lit\/reactive-element\/(reactive-element|css-tag)|lit-element\/lit-element)\.js$|node_modules\/@lit\/context\/lib\/(create-context|context-request-event|controllers\/context-consumer)\.js$|core\/src\/(rest\/(rest-adapter|lazy-area|transport|feedback|http|outbox|problem)|errors|adapter|scopes)\.ts$|elements\/src\/internal\/(define|context|confab-element|theme\.styles|format-number|localize|common\.locales|defaults|storage|draft-controller|page-key|live-controller|loader\/endpoint-default)\.ts$/],
  // The in-memory backend and the domain rules it runs: only pages on the memory adapter load them.
  ['memory', /core\/src\/((memory|domain|validation|test-kit)\/.*|index|internal|seed|paging|ranking|similarity)\.ts$/],
  // The content lifecycle under items (state line, actions row, their strings and styles): loaded
  // together wherever items are shown to a signed-in reader.
  ['content', /elements\/src\/internal\/(content\.styles|content-status|content-actions|content-item|content\.strings)\.ts$/],
  // The contract's vocabularies (roles, idea statuses, notification types…): the widgets that list
  // them load this small chunk; an ask page does not.
  ['vocabulary', /core\/src\/types\.ts$/],
  // Every other module of core's top level (small helpers such as campaigns.ts) goes with the kit,
  // and so do the RestAdapter's live stream and notifications area, which most widgets use (the
  // adapter in `base` loads them, and its other areas, with their first call), and its questions
  // area: only the ask widget calls it, but as a chunk of its own it cost the ask page a request
  // and ~0.16 kB more than here (the board page, which loads the kit too, pays ~0.17 kB for it).
  ['kit', /node_modules\/(@lit\/reactive-element\/decorators\/|@lit\/task\/|lit-html\/(static|directive|directive-helpers|directives\/(if-defined|repeat))\.js$)|core\/src\/((?!types\.ts)[\w.-]+|rest\/(live|notifications|questions))\.ts$|elements\/src\/internal\/(widget\.styles|form\.styles|lazy-module|late-styles|focus-controller|heading|common\.strings|error-message|retry-online-controller|format|busy|outbox-controller|show-more|field-errors|safe-url|follow-button|mention-completion)\.ts$/],
];

function sharedChunk(id) {
  const path = id.replaceAll('\\', '/');
  return SHARED_CHUNKS.find(([, pattern]) => pattern.test(path))?.[0];
}

/** Build 1a: the chunks of the loader, and `dist/preload.json`. */
export function chunksConfig() {
  const input = Object.fromEntries(widgetNames().map((n) => [`confab-${n}`, `\0confab-entry:${n}`]));
  input['memory-default'] = MEMORY_DEFAULT;
  return {
    ...bundleInput(input, [widgetEntries(), litContextConsumer(), preloadManifest()]),
    output: {
      dir: DIST, format: 'es', sourcemap: true,
      entryFileNames: 'chunks/[name]-[hash].js', chunkFileNames: chunkFileName, manualChunks: sharedChunk,
    },
  };
}

/** Writes the entry chunks of `dist/preload.json` into the loader (its `CONFAB_CHUNKS`). */
function chunkTable() {
  return {
    name: 'confab-chunk-table',
    // After esbuild (`order: 'post'`), when `declare const CONFAB_CHUNKS` is gone.
    transform: {
      order: 'post',
      handler(code, id) {
        if (id !== LOADER_SRC) return null;
        const manifest = JSON.parse(readFileSync(join(DIST, 'preload.json'), 'utf8'));
        const entry = (list) => `./${list[0]}`;
        const table = { widgets: Object.fromEntries(Object.entries(manifest.widgets).map(([tag, list]) => [tag, entry(list)])), memory: entry(manifest['memory-default']) };
        return { code: code.replace(/\bCONFAB_CHUNKS\b/g, JSON.stringify(table)), map: null };
      },
    },
  };
}

/** Build 1b: `dist/confab.js`, the loader (after `chunksConfig()`). */
export function loaderConfig() {
  return {
    ...bundleInput(LOADER_SRC, [chunkTable()]),
    output: { file: join(DIST, 'confab.js'), format: 'es', sourcemap: true },
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

export default [chunksConfig(), loaderConfig(), bundleConfig(), coreConfig(), elementsConfig()];
