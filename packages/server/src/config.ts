/** Server configuration, and how it is read from the environment. */
import { resolve } from 'node:path';

/** How the acting user is known. */
export type AuthMode = 'dev' | 'header' | 'jwt';

/** Everything `createServer` needs. */
export interface ServerConfig {
  /** Where the data lives: a SQLite file path (or `:memory:`), or a `postgres://` URL. */
  database: DatabaseConfig;
  auth: AuthMode;
  /** Addresses (exact IPs or IPv4 CIDR ranges) whose user header is trusted in `header` mode. */
  trustedProxies: string[];
  /** The user id header in `header` mode (lower case). */
  userHeader: string;
  /** Origins allowed to call the API cross-origin (CORS) and to write with cookies (CSRF). */
  allowedOrigins: string[];
  /** JWT verification: HS256 secret and/or RS256 public key (SPKI PEM); audience and issuer checked when set. */
  jwt: { secret?: string; publicKey?: string; jwksUrl?: string; audience?: string; issuer?: string };
  /** A parsed seed loaded into an empty database on start. */
  seed?: import('@confab/core').Seed;
  /** Folders served as static files: `{ prefix: '/', dir }` for the demo, more for e.g. `/dist/`. */
  staticDirs: { prefix: string; dir: string }[];
  /** Writes per user per window before 429. */
  rateLimit: { max: number; windowMs: number };
  /** Largest accepted request body in bytes. */
  bodyLimit: number;
  /** Milliseconds between SSE heartbeats. */
  heartbeatMs: number;
  /** Fastify's logger on or off. */
  logger: boolean;
  /** Live events older than this are pruned; a stream resuming before them gets `reset`. */
  eventRetentionMs: number;
  /** How often the live feed looks at the events table when nothing woke it (ms). */
  feedPollMs: number;
}

/** The database: `url` is a SQLite path, `:memory:`, or a `postgres://` URL; the rest applies to PostgreSQL. */
export interface DatabaseConfig {
  url: string;
  /** Connections per server process. */
  poolSize: number;
  /** Longest a statement may run before PostgreSQL cancels it (ms). */
  statementTimeoutMs: number;
}

/** Defaults for everything but the database. */
export const DEFAULTS: Omit<ServerConfig, 'database'> = {
  auth: 'dev',
  trustedProxies: ['127.0.0.1', '::1', '::ffff:127.0.0.1'],
  userHeader: 'x-confab-user',
  allowedOrigins: [],
  jwt: {},
  staticDirs: [],
  rateLimit: { max: 60, windowMs: 10_000 },
  // Room for a 20 000-character body of 3-byte characters, JSON escapes and the other fields.
  bodyLimit: 256 * 1024,
  heartbeatMs: 15_000,
  logger: false,
  eventRetentionMs: 7 * 24 * 3600 * 1000,
  feedPollMs: 1000,
};

/** PostgreSQL defaults: pool size and statement timeout. */
export const DATABASE_DEFAULTS = { poolSize: 10, statementTimeoutMs: 15_000 } as const;

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Static folders from `CONFAB_STATIC`: comma-separated entries, each a folder served at `/` or
 * `/prefix=folder`, e.g. `demo,/dist=dist` (relative to `cwd`).
 */
export function staticDirsFrom(value: string | undefined, cwd: string): { prefix: string; dir: string }[] {
  return list(value).map((entry) => {
    const eq = entry.indexOf('=');
    const prefix = eq > 0 ? entry.slice(0, eq) : '/';
    const dir = eq > 0 ? entry.slice(eq + 1) : entry;
    return { prefix: prefix.endsWith('/') ? prefix : `${prefix}/`, dir: resolve(cwd, dir) };
  });
}

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * The database named by `DATABASE_URL`: a `postgres://` URL as it is; else a SQLite path
 * (`file:` URLs or plain paths, relative to `cwd`). Without `DATABASE_URL`, PostgreSQL when the
 * standard `PGHOST` or `PGDATABASE` variables are set (every `PG*` variable fills in what the
 * URL leaves out), else `.confab/confab.db` under `cwd`.
 */
export function databaseUrlFrom(env: NodeJS.ProcessEnv, cwd: string): string {
  const url = env.DATABASE_URL;
  if (!url) return env.PGHOST || env.PGDATABASE ? 'postgres://' : resolve(cwd, '.confab', 'confab.db');
  if (url === ':memory:' || POSTGRES_URL.test(url)) return url;
  const path = url.startsWith('file://') ? new URL(url).pathname : url.startsWith('file:') ? url.slice('file:'.length) : url;
  return resolve(cwd, path);
}

/** Whether a database URL names PostgreSQL. */
export function isPostgresUrl(url: string): boolean {
  return POSTGRES_URL.test(url);
}

/** A URL without its password, for logs. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

/**
 * A duration: milliseconds, or a number with `s`, `m`, `h` or `d` (`7d`, `36h`). `name` is the
 * variable, for the error message.
 */
export function durationFrom(value: string, name: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!m) throw new Error(`${name} must be a duration such as 7d, 12h, 30m, 90s or a number of milliseconds, not "${value}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? 'ms'] ?? 1;
  return Math.round(Number(m[1]) * unit);
}

/** A whole number within limits, from variable `name`. */
function intFrom(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

/**
 * Reads the configuration from environment variables (see the server README for the list).
 * `CONFAB_SEED` is returned as a path for `main.ts` to read.
 */
export function configFromEnv(env: NodeJS.ProcessEnv, cwd: string): { config: ServerConfig; port: number; host: string; seedPath?: string } {
  const auth = (env.CONFAB_AUTH ?? 'dev') as AuthMode;
  if (!['dev', 'header', 'jwt'].includes(auth)) throw new Error(`CONFAB_AUTH must be dev, header or jwt, not "${auth}"`);
  const config: ServerConfig = {
    ...DEFAULTS,
    database: {
      url: databaseUrlFrom(env, cwd),
      poolSize: intFrom(env.CONFAB_PG_POOL_SIZE, 'CONFAB_PG_POOL_SIZE', DATABASE_DEFAULTS.poolSize, 1, 1000),
      statementTimeoutMs: intFrom(env.CONFAB_PG_STATEMENT_TIMEOUT_MS, 'CONFAB_PG_STATEMENT_TIMEOUT_MS', DATABASE_DEFAULTS.statementTimeoutMs, 0, 3_600_000),
    },
    auth,
    trustedProxies: env.CONFAB_TRUSTED_PROXIES !== undefined ? list(env.CONFAB_TRUSTED_PROXIES) : DEFAULTS.trustedProxies,
    userHeader: (env.CONFAB_USER_HEADER ?? DEFAULTS.userHeader).toLowerCase(),
    allowedOrigins: list(env.CONFAB_ALLOWED_ORIGINS),
    jwt: {
      secret: env.CONFAB_JWT_SECRET || undefined,
      publicKey: env.CONFAB_JWT_PUBLIC_KEY?.replaceAll('\\n', '\n') || undefined,
      jwksUrl: env.CONFAB_JWT_JWKS_URL || undefined,
      audience: env.CONFAB_JWT_AUDIENCE || undefined,
      issuer: env.CONFAB_JWT_ISSUER || undefined,
    },
    staticDirs: staticDirsFrom(env.CONFAB_STATIC, cwd),
    rateLimit: {
      max: Number(env.CONFAB_RATE_LIMIT ?? DEFAULTS.rateLimit.max),
      windowMs: Number(env.CONFAB_RATE_WINDOW_MS ?? DEFAULTS.rateLimit.windowMs),
    },
    logger: env.CONFAB_LOG === '1',
    eventRetentionMs: env.CONFAB_EVENT_RETENTION ? durationFrom(env.CONFAB_EVENT_RETENTION, 'CONFAB_EVENT_RETENTION') : DEFAULTS.eventRetentionMs,
  };
  if (auth === 'jwt' && !config.jwt.secret && !config.jwt.publicKey && !config.jwt.jwksUrl) {
    throw new Error('CONFAB_AUTH=jwt needs CONFAB_JWT_SECRET (HS256), CONFAB_JWT_PUBLIC_KEY (RS256) or CONFAB_JWT_JWKS_URL');
  }
  return {
    config,
    port: Number(env.PORT ?? 8787),
    // Dev auth lets anyone act as anyone: listen on loopback only unless HOST says otherwise.
    host: env.HOST ?? (auth === 'dev' ? '127.0.0.1' : '0.0.0.0'),
    seedPath: env.CONFAB_SEED ? resolve(cwd, env.CONFAB_SEED) : undefined,
  };
}
