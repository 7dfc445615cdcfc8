/**
 * `@confab/core`: the domain types, the `Adapter` contract, typed errors, limits,
 * the expert ranking rule and the bundled adapters.
 */
export * from './types.js';
export * from './errors.js';
export * from './adapter.js';
export * from './scopes.js';
export * from './limits.js';
export * from './ranking.js';
export * from './campaigns.js';
export * from './permissions.js';
export * from './skills.js';
export * from './moderation.js';
export type * from './seed.js';
export { MemoryAdapter } from './memory/memory-adapter.js';
export type { MemoryAdapterCall, MemoryAdapterOptions } from './memory/memory-adapter.js';
export { RestAdapter, type RestAdapterOptions } from './rest/rest-adapter.js';
