/**
 * The pieces of `@confab/core`'s reference semantics that the server reuses as they are, so that
 * the server and `MemoryAdapter` check input, compare drafts, page lists and fingerprint writes
 * the same way. Core exports them as `@confab/core/internal` (not public API); this is the one
 * place that reads it.
 */
export {
  checkAnswer, checkAsk, checkComment, checkDraft, checkExpertQuery, checkFeedback, checkFeedbackState, checkIdea,
  checkPeopleQuery, checkResponse, checkRoute, checkStatusChange, checkVote, fingerprint, paginate, similarity,
} from '@confab/core/internal';
