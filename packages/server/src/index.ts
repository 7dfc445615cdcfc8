/** `@confab/server`: `createServer(config)` for tests and embedding, and the configuration helpers. */
export { createServer, API, type ConfabServer } from './server.js';
export { configFromEnv, databasePathFrom, DEFAULTS, type AuthMode, type ServerConfig } from './config.js';
export type { Store } from './storage/repository.js';
export { openSqliteStore } from './storage/sqlite/store.js';
