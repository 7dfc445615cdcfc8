// Bundle sizes: dist/confab.js (the loader), dist/confab.all.js (every widget in one file), and
// every widget's define module built on its own as a
// self-contained minified bundle (Lit and the parts of @confab/core it needs included), beside
// the floor, a trivial Lit element (bench/floor/floor.ts) built the same way. Code a widget loads
// lazily (dynamic import) is not counted in its size and is listed separately.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { ELEMENTS_SRC, bundleInput, widgetNames } from '../rollup.config.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Compressed sizes of one piece of code, as a server would send it. */
export function measure(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { min: 0, gzip: 0, brotli: 0 };

/** What a lazily loaded chunk is: the packages (or our folders) its modules come from. */
function describe(chunk) {
  const origins = new Set(
    Object.keys(chunk.modules).map((id) => {
      const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      return pkg ? pkg[1] : basename(id).replace(/\.[mc]?[jt]s$/, '');
    }),
  );
  return [...origins].join(' + ');
}

/**
 * Builds `input` as a browser would load it: the entry chunk and the chunks it imports
 * statically are the cost; chunks reached only through `import()` are listed as lazy.
 */
export async function bundleSize(input, cache) {
  const bundle = await rollup({ ...bundleInput(input), cache });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
    const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
    const eager = new Set();
    const visit = (name) => {
      if (eager.has(name)) return;
      eager.add(name);
      for (const dep of chunks.get(name).imports) visit(dep);
    };
    visit(entry.fileName);
    let size = ZERO;
    for (const name of eager) size = add(size, measure(chunks.get(name).code));
    const lazy = [...chunks.values()].filter((c) => !eager.has(c.fileName)).map((c) => ({ chunk: describe(c), ...measure(c.code) }));
    return { size, lazy, cache: bundle.cache };
  } finally {
    await bundle.close();
  }
}

/** Every row of the size table; `floor` first. Sizes in bytes. */
export async function measureSizes({ log = () => {} } = {}) {
  const rows = [];
  let cache;
  const floor = await bundleSize(join(ROOT, 'bench/floor/floor.ts'));
  cache = floor.cache;
  rows.push({ entry: 'floor (trivial Lit element)', ...floor.size, lazy: floor.lazy });
  log('floor');

  for (const [file, label] of [['dist/confab.js', 'dist/confab.js (the loader)'], ['dist/confab.all.js', 'dist/confab.all.js (every widget)']]) {
    const path = join(ROOT, file);
    if (existsSync(path)) rows.push({ entry: label, ...measure(readFileSync(path)), lazy: [] });
    else rows.push({ entry: file, missing: 'not built: run `npm run build` first' });
  }

  for (const name of widgetNames()) {
    const t0 = performance.now();
    const result = await bundleSize(join(ELEMENTS_SRC, name, 'define.ts'), cache);
    cache = result.cache;
    rows.push({ entry: `${name}/define.js`, ...result.size, lazy: result.lazy });
    log(`${name} (${Math.round(performance.now() - t0)} ms)`);
  }
  for (const row of rows) if (row.gzip) row.ratio = row.gzip / rows[0].gzip;
  return rows;
}

/** The table printed by `npm run bench`. */
export function formatSizes(rows) {
  const kb = (n) => (n / 1024).toFixed(1);
  const lines = [
    ['entry', 'min KiB', 'min+gzip B', 'brotli B', '× floor (gzip)', 'lazy, not counted (gzip B)'],
    ...rows.map((r) =>
      r.missing
        ? [r.entry, '-', '-', '-', '-', r.missing]
        : [
            r.entry,
            kb(r.min),
            String(r.gzip),
            String(r.brotli),
            r.ratio.toFixed(1),
            r.lazy.length ? r.lazy.map((l) => `${l.chunk} ${l.gzip}`).join('; ') : '',
          ],
    ),
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const fmt = (l) => l.map((cell, i) => (i === 0 || i === 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [fmt(lines[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(fmt)].join('\n');
}
