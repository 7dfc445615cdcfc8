/**
 * The rules `MemoryAdapter` shares with the reference server (`@confab/server`), so that both
 * check input, page lists, compare drafts and fingerprint writes the same way. Exported as
 * `@confab/core/internal`: not public API, it may change in any release.
 *
 * @example
 * ```ts
 * import { checkIdea } from '@confab/core/internal';
 * const { title, body, tags } = checkIdea(input); // throws ValidationError
 * ```
 */
export * from './validation/inputs.js';
export { similarity } from './similarity.js';
export { paginate } from './paging.js';
export { fingerprint } from './domain/write.js';
