/**
 * Starts the Confab reference server from environment variables:
 * PORT (8787), HOST (127.0.0.1 in dev auth, else 0.0.0.0), DATABASE_URL (a SQLite file, default `.confab/confab.db` under the cwd, or a
 * `postgres://` URL; the standard PG* variables also work), CONFAB_PG_POOL_SIZE, CONFAB_PG_STATEMENT_TIMEOUT_MS, CONFAB_EVENT_RETENTION,
 * CONFAB_AUTH (dev | header | jwt), CONFAB_TRUSTED_PROXIES, CONFAB_USER_HEADER, CONFAB_ALLOWED_ORIGINS,
 * CONFAB_JWT_SECRET / CONFAB_JWT_PUBLIC_KEY / CONFAB_JWT_AUDIENCE / CONFAB_JWT_ISSUER,
 * CONFAB_SEED (a Seed JSON loaded into an empty database), CONFAB_STATIC (folders served as files: `demo,/dist=dist`),
 * CONFAB_RATE_LIMIT / CONFAB_RATE_WINDOW_MS, CONFAB_SEARCH_RATE_LIMIT / CONFAB_SEARCH_RATE_WINDOW_MS,
 * CONFAB_MAX_STREAMS_PER_USER / CONFAB_MAX_STREAMS_PER_ADDRESS, CONFAB_REQUEST_TIMEOUT, CONFAB_IDLE_TIMEOUT,
 * CONFAB_ALLOWED_HOSTS / CONFAB_DEV_ALLOW_REMOTE (dev auth), CONFAB_LOG=1,
 * CONFAB_SMTP_URL / CONFAB_MAIL_FROM / CONFAB_PUBLIC_URL / CONFAB_MAIL_INTERVAL (e-mail; off without CONFAB_SMTP_URL).
 * CONFAB_WEBHOOK_ALLOW_PRIVATE=1 (webhook endpoints on private addresses), CONFAB_ESCALATE_AFTER (routed questions, default 48h).
 * A value that cannot be used stops the server with a message naming the variable (exit code 2).
 * Flags override them: `--seed demo/seed.json --static demo --port 8787 --database file.db --auth dev`.
 * `confab-server import-people FILE [--prune] [--database URL] [--json]` imports the people directory instead (directory/cli.ts).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Seed } from '@confab/core';
import { configFromEnv, redactUrl } from './config.js';
import { createServer } from './server.js';

// Subcommands: `import-people FILE` loads the people directory (see directory/cli.ts) instead of serving.
if (process.argv[2] === 'import-people') {
  const { importPeopleCli } = await import('./directory/cli.js');
  process.exit(await importPeopleCli(process.argv.slice(3), process.env, process.cwd()));
}

// Flags (cross-platform in npm scripts) override the environment: --seed, --static, --port, --database, --auth.
const { values: flags } = parseArgs({
  options: { seed: { type: 'string' }, static: { type: 'string' }, port: { type: 'string' }, database: { type: 'string' }, auth: { type: 'string' } },
});
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...(flags.seed !== undefined ? { CONFAB_SEED: flags.seed } : {}),
  ...(flags.static !== undefined ? { CONFAB_STATIC: flags.static } : {}),
  ...(flags.port !== undefined ? { PORT: flags.port } : {}),
  ...(flags.database !== undefined ? { DATABASE_URL: flags.database } : {}),
  ...(flags.auth !== undefined ? { CONFAB_AUTH: flags.auth } : {}),
};
function readSeed(path: string): Seed {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Seed;
  } catch (error) {
    throw new Error(`CONFAB_SEED (${path}) cannot be read as JSON: ${(error as Error).message}`);
  }
}

let settings: ReturnType<typeof configFromEnv>;
try {
  settings = configFromEnv(env, process.cwd());
  if (settings.seedPath) settings.config.seed = readSeed(settings.seedPath);
} catch (error) {
  console.error(`Confab server not started: ${(error as Error).message}`);
  process.exit(2);
}
const { config, port, host, warnings } = settings;
for (const warning of warnings) console.warn(`Warning: ${warning}`);
const server = await createServer(config);
const address = await server.app.listen({ port, host });
console.log(`Confab server on ${address} (auth: ${config.auth}, database: ${redactUrl(config.database.url)})`);
console.log(config.mail
  ? `E-mail on: via ${redactUrl(config.mail.smtpUrl)} from ${config.mail.from}, links to ${config.mail.publicUrl}`
  : 'E-mail off: set CONFAB_SMTP_URL and CONFAB_MAIL_FROM to send digests and immediate mail');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(() => process.exit(0), (error: unknown) => { console.error(error); process.exit(1); });
  });
}
