/**
 * The pieces of `@confab/core`'s reference semantics that the server reuses as they are, so that
 * the server and `MemoryAdapter` validate, compare drafts and fingerprint writes the same way.
 * They live in core's `memory/` folder (not a public entry point); this is the one place that reaches in.
 */
export { Validator } from '../../../core/src/memory/validate.js';
export { keywords, similarity } from '../../../core/src/memory/similarity.js';
export { fingerprint } from '../../../core/src/memory/idempotency.js';
export { paginate } from '../../../core/src/memory/paging.js';
