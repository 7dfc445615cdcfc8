/**
 * `@confab/core/domain`: every rule of the contract, written once, over asynchronous
 * repositories. `MemoryAdapter` runs it on in-memory repositories and the reference server on
 * SQL ones; a third-party backend can run it on its own `Storage`.
 *
 * @example
 * ```ts
 * import { runWrite, questions } from '@confab/core/domain';
 * const { result } = await runWrite(storage, user, { operation: 'askQuestion', input: [input], idempotencyKey },
 *   (ctx) => questions.askQuestion(ctx, input));
 * ```
 */
export type * from './repositories.js';
export type { ProfilePatch } from '../validation/inputs.js';
export { isModerator, requireModerator, isAdmin, requireAdmin, isAuthorOrModerator, type ReadCtx, type WriteCtx } from './context.js';
export { receivesEvent, visibleEvent } from './visibility.js';
export { runWrite, fingerprint, IdempotencyConflictError, MAX_IDEMPOTENCY_KEY, type WriteOutcome, type WriteRequest } from './write.js';
export { trendingScore } from './ideas.js';
export * as questions from './questions.js';
export * as votes from './votes.js';
export * as ideas from './ideas.js';
export * as people from './people.js';
export * as skills from './skills.js';
export * as feedback from './feedback.js';
export * as roles from './roles.js';
export * as notifications from './notifications.js';
export { normaliseRoles, personFor } from './roles.js';
export * as webhooks from './webhooks.js';
export { signingSecrets } from './webhooks.js';
export * as escalation from './escalation.js';
export * as moderation from './moderation.js';
export { contentFor, listFilter, threadFilter } from './content.js';
export type { EscalationRepository } from './escalation.js';
export { runSystemWrite, SYSTEM_USER } from './system.js';
export type {
  WebhookEndpoint, WebhookEndpointWithSecret, WebhookDelivery, WebhookInput, WebhookRepository, StoredWebhookEndpoint, NewWebhookDelivery,
  ClaimedDelivery, SettledDelivery, RetryPolicy, AttemptResult,
} from './webhooks.js';
