import type { Feedback, FeedbackResponse, FeedbackVariant } from '@confab/core';

/** Detail of `confab-feedback-sent`: a reader's feedback reached the backend (also when delivered later, after being offline). */
export interface ConfabFeedbackSentDetail {
  subject: string;
  variant: FeedbackVariant;
  /** 1 (no) or 5 (yes) for `helpful`; 1–5 for `stars`. */
  rating: number;
  reason: string | null;
  comment: string | null;
  /** The stored feedback as the backend returned it. */
  feedback: Feedback;
}

/** Detail of `confab-feedback-responded`: an owner responded to a piece of feedback. */
export interface ConfabFeedbackRespondedDetail {
  /** The feedback with its new response. */
  feedback: Feedback;
  response: FeedbackResponse;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'confab-feedback-sent': CustomEvent<ConfabFeedbackSentDetail>;
    'confab-feedback-responded': CustomEvent<ConfabFeedbackRespondedDetail>;
  }
}
