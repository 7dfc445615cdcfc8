/**
 * The pieces of `@confab/core`'s reference semantics that the server reuses as they are, so that
 * the server and `MemoryAdapter` check input, compare drafts, page lists and fingerprint writes
 * the same way. Core exports them as its `internal` namespace (not public API); this is the one
 * place that reads it.
 */
import { internal } from '@confab/core';

export const {
  checkAnswer, checkAsk, checkComment, checkDraft, checkExpertQuery, checkFeedback, checkFeedbackState, checkIdea,
  checkPeopleQuery, checkResponse, checkRoute, checkStatusChange, checkVote, fingerprint, paginate, similarity,
} = internal;
