/**
 * Server configuration, and how it is read from the environment. Every variable is checked at
 * start-up: a value that cannot be used stops the server with a message naming the variable.
 */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { DEFAULT_MODERATION_POLICY, type ModerationPolicy } from '@confab/core';

/** How the acting user is known. */
export type AuthMode = 'dev' | 'header' | 'jwt';

/** Everything `createServer` needs. */
export interface ServerConfig {
  /** Where the data lives: a SQLite file path (or `:memory:`), or a `postgres://` URL. */
  database: DatabaseConfig;
  auth: AuthMode;
  /** Addresses (exact IPs or CIDR ranges, IPv4 or IPv6) whose user header is trusted in `header` mode; none by default. */
  trustedProxies: string[];
  /** Host names accepted in dev auth besides loopback ones (`localhost`, `127.0.0.1`, `[::1]`, `*.localhost`). */
  allowedHosts: string[];
  /** The user id header in `header` mode (lower case). */
  userHeader: string;
  /** The roles header in `header` mode (lower case): roles a trusted proxy sends win over stored ones. */
  rolesHeader: string;
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
  /** Expensive reads (people search, expert suggestions, similar questions and ideas) per user or address per window before 429. */
  searchRateLimit: { max: number; windowMs: number };
  /** Concurrent live streams per signed-in user and per client address (per process) before 429. */
  streamLimits: { perUser: number; perAddress: number };
  /** Longest time to receive a whole request (ms), to receive its headers, and a connection's idle time (ms). */
  timeouts: { requestMs: number; headersMs: number; idleMs: number };
  /** Largest accepted request body in bytes. */
  bodyLimit: number;
  /** Milliseconds between SSE heartbeats. */
  heartbeatMs: number;
  /** Fastify's request log on (`CONFAB_LOG=1`); errors (every 5xx, with its request id) are logged either way. */
  logger: boolean;
  /** Where the log goes (standard output by default); for tests. */
  logStream?: { write(line: string): void };
  /** Live events older than this are pruned; a stream resuming before them gets `reset`. */
  eventRetentionMs: number;
  /** How often the live feed looks at the events table when nothing woke it (ms). */
  feedPollMs: number;
  /** Signed webhooks (issue 15c): private addresses allowed (`CONFAB_WEBHOOK_ALLOW_PRIVATE=1`), and the worker's timing. */
  webhooks: WebhookSettings;
  /** A routed question without an answer for this long is routed on to more experts (`CONFAB_ESCALATE_AFTER`, default 48 h). */
  escalateAfterMs: number;
  /** E-mail (issue 15): null when `CONFAB_SMTP_URL` is not set, and then no mail is sent or queued. */
  mail: MailConfig | null;
  /**
   * Issue 13: moderation — `CONFAB_AUTO_HIDE_SCORE`, `CONFAB_HOLD_FIRST_POSTS`, `CONFAB_NEW_PERSON_HOURS`,
   * `CONFAB_NEW_PERSON_POSTS_PER_HOUR`, `CONFAB_NEW_PERSON_LINKS` (defaults: `DEFAULT_MODERATION_POLICY`).
   */
  moderation: ModerationPolicy;
}

/** E-mail delivery: where to send (SMTP), from whom, the public address of links, and the worker's pace. */
export interface MailConfig {
  /** `smtp://user:pass@host:587` or `smtps://…` (`CONFAB_SMTP_URL`); never logged with its password (`redactUrl`). */
  smtpUrl: string;
  /** The From address (`CONFAB_MAIL_FROM`): `confab@example.org` or `Confab <confab@example.org>`. */
  from: string;
  /** Where this server is reached from a mail client (`CONFAB_PUBLIC_URL`), for unsubscribe links; no slash at the end. */
  publicUrl: string;
  /** How often the mail worker looks for mail to queue and send (`CONFAB_MAIL_INTERVAL`, ms). */
  intervalMs: number;
  /** Attempts to deliver one mail before it is given up and logged. */
  maxAttempts: number;
  /** The first retry's delay (ms); each further retry waits twice as long, up to 6 hours. */
  retryBaseMs: number;
  /** The mail worker's clock (default the real one); for tests. */
  now?: () => Date;
}

/** How webhooks are delivered; everything but `allowPrivate` is for tests and tuning (not read from the environment). */
export interface WebhookSettings {
  /** Endpoints on loopback, private, link-local or ULA addresses are allowed (tests, demos). */
  allowPrivate: boolean;
  /** How often the background worker looks for due deliveries and runs the escalation sweep (ms). */
  intervalMs: number;
  /** Longest wait for a receiver's answer (ms). */
  timeoutMs: number;
  /** Replaces the default retry policy (exponential backoff for up to 24 h). */
  retry?: import('@confab/core/domain').webhooks.RetryPolicy;
  /** The worker's clock (ms), for tests. */
  now?: () => number;
  /** False: no background worker in this process. */
  worker: boolean;
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
  // Trust no proxy until one is configured: otherwise any local process could pose as anyone.
  trustedProxies: [],
  allowedHosts: [],
  userHeader: 'x-confab-user',
  rolesHeader: 'x-confab-user-roles',
  allowedOrigins: [],
  jwt: {},
  staticDirs: [],
  rateLimit: { max: 60, windowMs: 10_000 },
  searchRateLimit: { max: 60, windowMs: 10_000 },
  streamLimits: { perUser: 10, perAddress: 50 },
  timeouts: { requestMs: 30_000, headersMs: 10_000, idleMs: 75_000 },
  // Room for a 20 000-character body of 3-byte characters, JSON escapes and the other fields.
  bodyLimit: 256 * 1024,
  heartbeatMs: 15_000,
  logger: false,
  eventRetentionMs: 7 * 24 * 3600 * 1000,
  feedPollMs: 1000,
  webhooks: { allowPrivate: false, intervalMs: 1000, timeoutMs: 10_000, worker: true },
  escalateAfterMs: 48 * 3600_000,
  mail: null,
  moderation: { ...DEFAULT_MODERATION_POLICY },
};

/** Mail defaults besides the addresses. */
export const MAIL_DEFAULTS = { intervalMs: 30_000, maxAttempts: 8, retryBaseMs: 60_000 } as const;

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

/** A URL without its password, for logs (PostgreSQL and SMTP URLs). */
export function redactUrl(url: string): string {
  return url.replace(/^((?:postgres(?:ql)?|smtps?):\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

/** `CONFAB_MAIL_FROM`: an address, optionally with a display name (`Confab <confab@example.org>`). */
const MAIL_FROM = /^(?:[^<>\r\n"]{0,100}<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/**
 * The mail settings: null without `CONFAB_SMTP_URL`. A bad value throws naming the variable; the
 * error never repeats an SMTP password.
 */
export function mailConfigFrom(env: NodeJS.ProcessEnv, port: number): MailConfig | null {
  const raw = env.CONFAB_SMTP_URL?.trim();
  if (!raw) {
    if (env.CONFAB_MAIL_FROM) throw new Error('CONFAB_MAIL_FROM is set but CONFAB_SMTP_URL is not: set both to send e-mail, or neither');
    return null;
  }
  let url: URL | undefined;
  try { url = new URL(raw); } catch { /* refused below */ }
  if (!url || !/^smtps?:$/.test(url.protocol) || !url.hostname || (url.pathname !== '' && url.pathname !== '/') || url.search || url.hash) {
    // The value is shown only without its password (and not at all when it cannot be parsed).
    const shown = url ? ` not "${url.protocol}//${url.username ? `${url.username}${url.password ? ':***' : ''}@` : ''}${url.host}${url.pathname}"` : ' (the value given is not shown: it may hold a password)';
    throw new Error(`CONFAB_SMTP_URL must be a URL such as smtp://user:pass@host:587 or smtps://host:465,${shown}`);
  }
  const from = (env.CONFAB_MAIL_FROM ?? '').trim();
  if (!from) throw new Error('CONFAB_MAIL_FROM must be set with CONFAB_SMTP_URL, e.g. "Confab <confab@example.org>"');
  if (!MAIL_FROM.test(from)) throw new Error(`CONFAB_MAIL_FROM must be an address such as confab@example.org or "Confab <confab@example.org>", not "${from.slice(0, 200)}"`);
  const publicRaw = (env.CONFAB_PUBLIC_URL ?? '').trim() || `http://localhost:${port}`;
  let pub: URL | undefined;
  try { pub = new URL(publicRaw); } catch { /* refused below */ }
  if (!pub || !/^https?:$/.test(pub.protocol) || pub.search || pub.hash || pub.username) {
    throw new Error(`CONFAB_PUBLIC_URL must be an http(s) URL such as https://intranet.example/confab, not "${publicRaw.slice(0, 200)}"`);
  }
  return {
    smtpUrl: raw, from,
    publicUrl: pub.toString().replace(/\/+$/, ''),
    intervalMs: durationWithin(env.CONFAB_MAIL_INTERVAL, 'CONFAB_MAIL_INTERVAL', MAIL_DEFAULTS.intervalMs, 100, 86_400_000),
    maxAttempts: MAIL_DEFAULTS.maxAttempts,
    retryBaseMs: MAIL_DEFAULTS.retryBaseMs,
  };
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
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

/** A number greater than 0 and at most `max` (fractions allowed), from variable `name`. */
function positiveFrom(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !Number.isFinite(n) || n <= 0 || n > max) throw new Error(`${name} must be a number greater than 0 and at most ${max}, not "${value}"`);
  return n;
}

/**
 * The moderation settings (issue 13) from the environment; a bad value throws naming the variable.
 * Unset variables take `DEFAULT_MODERATION_POLICY`.
 */
export function moderationFrom(env: NodeJS.ProcessEnv): ModerationPolicy {
  const d = DEFAULT_MODERATION_POLICY;
  return {
    autoHideScore: positiveFrom(env.CONFAB_AUTO_HIDE_SCORE, 'CONFAB_AUTO_HIDE_SCORE', d.autoHideScore, 1000),
    holdFirstPosts: intFrom(env.CONFAB_HOLD_FIRST_POSTS, 'CONFAB_HOLD_FIRST_POSTS', d.holdFirstPosts, 0, 100),
    newPersonHours: intFrom(env.CONFAB_NEW_PERSON_HOURS, 'CONFAB_NEW_PERSON_HOURS', d.newPersonHours, 0, 8760),
    newPersonPostsPerHour: intFrom(env.CONFAB_NEW_PERSON_POSTS_PER_HOUR, 'CONFAB_NEW_PERSON_POSTS_PER_HOUR', d.newPersonPostsPerHour, 1, 10_000),
    newPersonLinks: intFrom(env.CONFAB_NEW_PERSON_LINKS, 'CONFAB_NEW_PERSON_LINKS', d.newPersonLinks, 0, 1000),
  };
}

/** A 1/0 switch from variable `name` (unset or empty: off). */
function flagFrom(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`${name} must be 1 (on) or 0 (off), not "${value}"`);
}

/** A duration within limits, from variable `name`. */
function durationWithin(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const ms = durationFrom(value, name);
  if (ms < min || ms > max) throw new Error(`${name} must be from ${min} ms to ${max} ms, not "${value}"`);
  return ms;
}

/**
 * A proxy entry: an IPv4 or IPv6 address, or a CIDR range with a prefix that fits it
 * (`10.0.0.0/8`, `fd00::/8`). Anything else is refused: a half-written range must never widen trust.
 */
export function checkProxyEntry(entry: string, name = 'CONFAB_TRUSTED_PROXIES'): string {
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address ?? '');
  const fail = () => new Error(`${name}: "${entry}" is not an IP address or a CIDR range such as 10.0.0.0/8 or fd00::/8`);
  if (!family || extra !== undefined) throw fail();
  if (bits !== undefined) {
    const max = family === 4 ? 32 : 128;
    if (!/^\d{1,3}$/.test(bits) || Number(bits) > max) throw fail();
  }
  return entry;
}

/** An origin (`https://intranet.example` or with a port), as browsers send it. */
function checkOrigin(entry: string): string {
  let url: URL | undefined;
  try { url = new URL(entry); } catch { /* refused below */ }
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry) {
    throw new Error(`CONFAB_ALLOWED_ORIGINS: "${entry}" is not an origin such as https://intranet.example (scheme, host and port only, no slash at the end)`);
  }
  return entry;
}

/** A host name or `host:port` for `CONFAB_ALLOWED_HOSTS`. */
function checkHost(entry: string): string {
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(entry)) throw new Error(`CONFAB_ALLOWED_HOSTS: "${entry}" is not a host name such as intranet.example`);
  return entry.toLowerCase();
}

/** Whether a `HOST` to listen on is a loopback address. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/**
 * Reads the configuration from environment variables (see the server README for the list) and
 * checks every value: one that cannot be used throws an error naming the variable.
 * `CONFAB_SEED` is returned as a path for `main.ts` to read.
 */
export function configFromEnv(env: NodeJS.ProcessEnv, cwd: string): { config: ServerConfig; port: number; host: string; seedPath?: string; warnings: string[] } {
  const auth = (env.CONFAB_AUTH ?? 'dev') as AuthMode;
  if (!['dev', 'header', 'jwt'].includes(auth)) throw new Error(`CONFAB_AUTH must be dev, header or jwt, not "${auth}"`);
  const userHeader = (env.CONFAB_USER_HEADER ?? DEFAULTS.userHeader).trim().toLowerCase();
  if (!HEADER_NAME.test(userHeader)) throw new Error(`CONFAB_USER_HEADER must be an HTTP header name such as x-confab-user, not "${env.CONFAB_USER_HEADER}"`);
  const rolesHeader = (env.CONFAB_ROLES_HEADER ?? DEFAULTS.rolesHeader).trim().toLowerCase();
  if (!HEADER_NAME.test(rolesHeader)) throw new Error(`CONFAB_ROLES_HEADER must be an HTTP header name such as x-confab-user-roles, not "${env.CONFAB_ROLES_HEADER}"`);
  if (rolesHeader === userHeader) throw new Error(`CONFAB_ROLES_HEADER must differ from CONFAB_USER_HEADER ("${userHeader}")`);
  if (env.CONFAB_LOG !== undefined && !['', '0', '1'].includes(env.CONFAB_LOG)) throw new Error(`CONFAB_LOG must be 1 (on) or 0 (off), not "${env.CONFAB_LOG}"`);
  if (env.CONFAB_DEV_ALLOW_REMOTE !== undefined && !['', '0', '1'].includes(env.CONFAB_DEV_ALLOW_REMOTE)) {
    throw new Error(`CONFAB_DEV_ALLOW_REMOTE must be 1 or 0, not "${env.CONFAB_DEV_ALLOW_REMOTE}"`);
  }
  const window = (name: string, fallback: number) => intFrom(env[name], name, fallback, 100, 86_400_000);
  const requestMs = durationWithin(env.CONFAB_REQUEST_TIMEOUT, 'CONFAB_REQUEST_TIMEOUT', DEFAULTS.timeouts.requestMs, 1000, 3_600_000);
  const config: ServerConfig = {
    ...DEFAULTS,
    database: {
      url: databaseUrlFrom(env, cwd),
      poolSize: intFrom(env.CONFAB_PG_POOL_SIZE, 'CONFAB_PG_POOL_SIZE', DATABASE_DEFAULTS.poolSize, 1, 1000),
      statementTimeoutMs: intFrom(env.CONFAB_PG_STATEMENT_TIMEOUT_MS, 'CONFAB_PG_STATEMENT_TIMEOUT_MS', DATABASE_DEFAULTS.statementTimeoutMs, 0, 3_600_000),
    },
    auth,
    trustedProxies: list(env.CONFAB_TRUSTED_PROXIES).map((p) => checkProxyEntry(p)),
    allowedHosts: list(env.CONFAB_ALLOWED_HOSTS).map(checkHost),
    userHeader,
    rolesHeader,
    allowedOrigins: list(env.CONFAB_ALLOWED_ORIGINS).map(checkOrigin),
    jwt: {
      secret: env.CONFAB_JWT_SECRET || undefined,
      publicKey: env.CONFAB_JWT_PUBLIC_KEY?.replaceAll('\\n', '\n') || undefined,
      jwksUrl: env.CONFAB_JWT_JWKS_URL || undefined,
      audience: env.CONFAB_JWT_AUDIENCE || undefined,
      issuer: env.CONFAB_JWT_ISSUER || undefined,
    },
    staticDirs: staticDirsFrom(env.CONFAB_STATIC, cwd),
    rateLimit: {
      max: intFrom(env.CONFAB_RATE_LIMIT, 'CONFAB_RATE_LIMIT', DEFAULTS.rateLimit.max, 1, 1_000_000_000),
      windowMs: window('CONFAB_RATE_WINDOW_MS', DEFAULTS.rateLimit.windowMs),
    },
    searchRateLimit: {
      max: intFrom(env.CONFAB_SEARCH_RATE_LIMIT, 'CONFAB_SEARCH_RATE_LIMIT', DEFAULTS.searchRateLimit.max, 1, 1_000_000_000),
      windowMs: window('CONFAB_SEARCH_RATE_WINDOW_MS', DEFAULTS.searchRateLimit.windowMs),
    },
    streamLimits: {
      perUser: intFrom(env.CONFAB_MAX_STREAMS_PER_USER, 'CONFAB_MAX_STREAMS_PER_USER', DEFAULTS.streamLimits.perUser, 1, 100_000),
      perAddress: intFrom(env.CONFAB_MAX_STREAMS_PER_ADDRESS, 'CONFAB_MAX_STREAMS_PER_ADDRESS', DEFAULTS.streamLimits.perAddress, 1, 100_000),
    },
    timeouts: {
      requestMs,
      headersMs: Math.min(DEFAULTS.timeouts.headersMs, requestMs),
      idleMs: durationWithin(env.CONFAB_IDLE_TIMEOUT, 'CONFAB_IDLE_TIMEOUT', DEFAULTS.timeouts.idleMs, 1000, 3_600_000),
    },
    logger: env.CONFAB_LOG === '1',
    eventRetentionMs: durationWithin(env.CONFAB_EVENT_RETENTION, 'CONFAB_EVENT_RETENTION', DEFAULTS.eventRetentionMs, 60_000, 3650 * 86_400_000),
    webhooks: { ...DEFAULTS.webhooks, allowPrivate: flagFrom(env.CONFAB_WEBHOOK_ALLOW_PRIVATE, 'CONFAB_WEBHOOK_ALLOW_PRIVATE') },
    escalateAfterMs: durationWithin(env.CONFAB_ESCALATE_AFTER, 'CONFAB_ESCALATE_AFTER', DEFAULTS.escalateAfterMs, 60_000, 365 * 86_400_000),
    moderation: moderationFrom(env),
  };
  if (config.timeouts.idleMs <= DEFAULTS.heartbeatMs) throw new Error(`CONFAB_IDLE_TIMEOUT must be longer than the ${DEFAULTS.heartbeatMs / 1000} s live-stream heartbeat`);
  if (config.jwt.jwksUrl) {
    let url: URL | undefined;
    try { url = new URL(config.jwt.jwksUrl); } catch { /* refused below */ }
    if (!url || !/^https?:$/.test(url.protocol)) throw new Error(`CONFAB_JWT_JWKS_URL must be an https:// URL, not "${config.jwt.jwksUrl}"`);
  }
  if (auth === 'jwt' && !config.jwt.secret && !config.jwt.publicKey && !config.jwt.jwksUrl) {
    throw new Error('CONFAB_AUTH=jwt needs CONFAB_JWT_SECRET (HS256), CONFAB_JWT_PUBLIC_KEY (RS256) or CONFAB_JWT_JWKS_URL');
  }
  if (auth === 'jwt' && config.jwt.secret && config.jwt.secret.length < 32) throw new Error('CONFAB_JWT_SECRET must be at least 32 characters');
  const port = intFrom(env.PORT, 'PORT', 8787, 0, 65_535);
  config.mail = mailConfigFrom(env, port);
  // Dev auth lets anyone act as anyone: it listens on loopback only unless told otherwise, twice.
  const host = env.HOST || (auth === 'dev' ? '127.0.0.1' : '0.0.0.0');
  if (auth === 'dev' && !isLoopbackHost(host) && env.CONFAB_DEV_ALLOW_REMOTE !== '1') {
    throw new Error(`HOST=${host}: dev auth lets anyone act as anyone, so it listens on loopback only; set CONFAB_DEV_ALLOW_REMOTE=1 to allow it elsewhere`);
  }
  const warnings: string[] = [];
  if (auth === 'header' && config.trustedProxies.length === 0) {
    warnings.push('CONFAB_AUTH=header trusts no proxy yet: nobody is signed in until CONFAB_TRUSTED_PROXIES names your proxy');
  }
  if (auth === 'dev') warnings.push(`dev auth: anyone who can reach ${host} may act as anyone; never use it with real data`);
  return { config, port, host, seedPath: env.CONFAB_SEED ? resolve(cwd, env.CONFAB_SEED) : undefined, warnings };
}
