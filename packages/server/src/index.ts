/** `@confab/server`: `createServer(config)` for tests and embedding, and the configuration helpers. */
export { createServer, API, type ConfabServer } from './server.js';
export { configFromEnv, databaseUrlFrom, DEFAULTS, DATABASE_DEFAULTS, type AuthMode, type DatabaseConfig, type ServerConfig } from './config.js';
export type { ServerStore, EventLog } from './storage/store.js';
export { openStore } from './storage/sql/store.js';
