/** Configuration from the environment. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configFromEnv, databaseUrlFrom, durationFrom } from '../src/config.js';

const SECRET = 'a-shared-secret-of-at-least-32-chars';

describe('configFromEnv', () => {
  it('has the documented defaults', () => {
    const { config, port, host, seedPath } = configFromEnv({}, '/srv/app');
    assert.equal(port, 8787);
    assert.equal(host, '127.0.0.1', 'dev auth stays on loopback');
    assert.equal(config.auth, 'dev');
    assert.deepEqual(config.database, { url: '/srv/app/.confab/confab.db', poolSize: 10, statementTimeoutMs: 15000 });
    assert.equal(config.eventRetentionMs, 7 * 24 * 3600 * 1000);
    assert.deepEqual(config.trustedProxies, [], 'no proxy is trusted until one is named');
    assert.deepEqual(config.streamLimits, { perUser: 10, perAddress: 50 });
    assert.deepEqual(config.timeouts, { requestMs: 30_000, headersMs: 10_000, idleMs: 75_000 });
    assert.equal(seedPath, undefined);
  });

  it('reads every variable', () => {
    const { config, port, host, seedPath } = configFromEnv({
      PORT: '9000', DATABASE_URL: 'file:data/x.db', CONFAB_AUTH: 'jwt', CONFAB_JWT_SECRET: SECRET, CONFAB_JWT_AUDIENCE: 'confab',
      CONFAB_TRUSTED_PROXIES: '10.0.0.0/8, 10.1.1.1', CONFAB_ALLOWED_ORIGINS: 'https://a.example,https://b.example',
      CONFAB_SEED: 'seed.json', CONFAB_STATIC: 'demo', CONFAB_RATE_LIMIT: '5', CONFAB_RATE_WINDOW_MS: '1000', CONFAB_EVENT_RETENTION: '36h',
      CONFAB_SEARCH_RATE_LIMIT: '7', CONFAB_SEARCH_RATE_WINDOW_MS: '2000', CONFAB_MAX_STREAMS_PER_USER: '3', CONFAB_MAX_STREAMS_PER_ADDRESS: '9',
      CONFAB_REQUEST_TIMEOUT: '5s', CONFAB_IDLE_TIMEOUT: '2m', CONFAB_USER_HEADER: 'X-Remote-User',
    }, '/srv/app');
    assert.equal(port, 9000);
    assert.equal(host, '0.0.0.0');
    assert.equal(config.database.url, '/srv/app/data/x.db');
    assert.equal(config.eventRetentionMs, 36 * 3600 * 1000);
    assert.deepEqual(config.trustedProxies, ['10.0.0.0/8', '10.1.1.1']);
    assert.deepEqual(config.allowedOrigins, ['https://a.example', 'https://b.example']);
    assert.deepEqual(config.jwt, { secret: SECRET, publicKey: undefined, jwksUrl: undefined, audience: 'confab', issuer: undefined });
    assert.equal(seedPath, '/srv/app/seed.json');
    assert.deepEqual(config.staticDirs, [{ prefix: '/', dir: '/srv/app/demo' }]);
    assert.deepEqual(configFromEnv({ CONFAB_STATIC: 'demo,/dist=build/out' }, '/r').config.staticDirs,
      [{ prefix: '/', dir: '/r/demo' }, { prefix: '/dist/', dir: '/r/build/out' }]);
    assert.deepEqual(config.rateLimit, { max: 5, windowMs: 1000 });
    assert.deepEqual(config.searchRateLimit, { max: 7, windowMs: 2000 });
    assert.deepEqual(config.streamLimits, { perUser: 3, perAddress: 9 });
    assert.deepEqual(config.timeouts, { requestMs: 5000, headersMs: 5000, idleMs: 120_000 });
    assert.equal(config.userHeader, 'x-remote-user');
  });

  it('refuses unusable settings', () => {
    assert.throws(() => configFromEnv({ CONFAB_AUTH: 'magic' }, '/'), /CONFAB_AUTH/);
    assert.throws(() => configFromEnv({ CONFAB_AUTH: 'jwt' }, '/'), /CONFAB_JWT_SECRET/);
    assert.throws(() => configFromEnv({ CONFAB_PG_POOL_SIZE: '0' }, '/'), /CONFAB_PG_POOL_SIZE/);
    assert.throws(() => configFromEnv({ CONFAB_PG_STATEMENT_TIMEOUT_MS: 'soon' }, '/'), /CONFAB_PG_STATEMENT_TIMEOUT_MS/);
    assert.throws(() => configFromEnv({ CONFAB_EVENT_RETENTION: 'a week' }, '/'), /CONFAB_EVENT_RETENTION/);
  });

  it('names the database: SQLite paths, PostgreSQL URLs or the PG* variables', () => {
    assert.equal(databaseUrlFrom({ DATABASE_URL: 'file:///var/lib/confab.db' }, '/'), '/var/lib/confab.db');
    assert.equal(databaseUrlFrom({ DATABASE_URL: '/abs/x.db' }, '/cwd'), '/abs/x.db');
    assert.equal(databaseUrlFrom({ DATABASE_URL: 'postgres://u:p@db:5432/confab' }, '/'), 'postgres://u:p@db:5432/confab');
    assert.equal(databaseUrlFrom({ DATABASE_URL: 'postgresql://db/confab' }, '/'), 'postgresql://db/confab');
    assert.equal(databaseUrlFrom({ PGHOST: 'db', PGDATABASE: 'confab' }, '/'), 'postgres://');
    const { config } = configFromEnv({ DATABASE_URL: 'postgres://db/confab', CONFAB_PG_POOL_SIZE: '25', CONFAB_PG_STATEMENT_TIMEOUT_MS: '5000' }, '/');
    assert.deepEqual(config.database, { url: 'postgres://db/confab', poolSize: 25, statementTimeoutMs: 5000 });
    assert.equal(durationFrom('90s', 'X'), 90_000);
    assert.equal(durationFrom('1500', 'X'), 1500);
  });
});
