/** Server configuration, and how it is read from the environment. */
import { resolve } from 'node:path';

/** How the acting user is known. */
export type AuthMode = 'dev' | 'header' | 'jwt';

/** Everything `createServer` needs. */
export interface ServerConfig {
  /** SQLite file path, or `:memory:`. */
  databasePath: string;
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
}

/** Defaults for everything but the database. */
export const DEFAULTS: Omit<ServerConfig, 'databasePath'> = {
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
};

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

/** The SQLite path named by `DATABASE_URL`: `file:` URLs or plain paths, relative to `cwd`. */
export function databasePathFrom(url: string | undefined, cwd: string): string {
  if (!url) return resolve(cwd, '.confab', 'confab.db');
  if (url === ':memory:') return url;
  if (/^postgres(ql)?:\/\//.test(url)) throw new Error('PostgreSQL is not implemented yet: use a SQLite file path in DATABASE_URL');
  const path = url.startsWith('file://') ? new URL(url).pathname : url.startsWith('file:') ? url.slice('file:'.length) : url;
  return resolve(cwd, path);
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
    databasePath: databasePathFrom(env.DATABASE_URL, cwd),
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
