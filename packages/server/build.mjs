// Bundles the server (src/main.ts) with esbuild into dist/main.js: platform node, ESM.
// Runtime dependencies stay external (installed by npm); @confab/core is bundled in from its
// sources (the `development` export condition), so the bundle never depends on a stale core dist.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => name !== '@confab/core').flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: [join(here, 'src/main.ts')],
  outfile: join(here, 'dist/main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  conditions: ['development'],
  // The shebang makes dist/main.js the `confab-server` bin (package.json).
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __confabRequire } from 'node:module'; const require = __confabRequire(import.meta.url);" },
  logLevel: 'warning',
});
// Executable, for the `confab-server` bin (npm links it to node_modules/.bin).
chmodSync(join(here, 'dist/main.js'), 0o755);
console.log('server bundled to packages/server/dist/main.js');
