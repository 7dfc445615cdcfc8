// The built reference server for benchmarks: started on a free-ish loopback port with a seed, dev
// auth and the rate limits lifted (one load generator plays every user), resolved once healthy.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let nextPort = 18787 + Math.floor(Math.random() * 2000);

/** A port for another process of this run (bare handlers and the like). */
export const takePort = () => nextPort++;

/** Resolves once `url` answers 200; rejects when `child` exits first or after `timeoutMs`. */
export function waitForHealth(url, child, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () => {
      if (child.exitCode !== null) return reject(new Error(`server exited with ${child.exitCode}`));
      http.get(url, (res) => { res.resume(); res.statusCode === 200 ? resolve() : setTimeout(poll, 100); })
        .on('error', () => (Date.now() > deadline ? reject(new Error('server did not start')) : setTimeout(poll, 100)));
    };
    poll();
  });
}

/**
 * Starts `packages/server/dist/main.js` on `databaseUrl` (a SQLite path or a PostgreSQL URL),
 * seeded with `seed` when empty (written to `dir`), with `env` on top; resolves with its origin
 * (`http://127.0.0.1:<port>`) and process.
 */
export async function startConfab(dir, databaseUrl, seed, env = {}) {
  const port = takePort();
  const seedPath = join(dir, 'seed.json');
  writeFileSync(seedPath, JSON.stringify(seed));
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/main.js')], {
    cwd: dir, stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, CONFAB_SEED: seedPath, CONFAB_AUTH: 'dev',
      CONFAB_RATE_LIMIT: '1000000000', CONFAB_SEARCH_RATE_LIMIT: '1000000000', ...env,
    },
  });
  await waitForHealth(`http://127.0.0.1:${port}/healthz`, child);
  return { base: `http://127.0.0.1:${port}`, child };
}
