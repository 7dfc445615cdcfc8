import type { Answer, Question } from '@confab/core';

/** Detail of `confab-question-asked`: a question was delivered to the backend (also after an offline wait). */
export interface ConfabQuestionAskedDetail {
  question: Question;
}

/** Detail of `confab-answer-posted`: an answer was delivered to the backend. */
export interface ConfabAnswerPostedDetail {
  question: Question;
  answer: Answer;
}

/** Detail of `confab-answer-accepted`: an answer was accepted (`answer` null when acceptance was withdrawn). */
export interface ConfabAnswerAcceptedDetail {
  question: Question;
  answer: Answer | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'confab-question-asked': CustomEvent<ConfabQuestionAskedDetail>;
    'confab-answer-posted': CustomEvent<ConfabAnswerPostedDetail>;
    'confab-answer-accepted': CustomEvent<ConfabAnswerAcceptedDetail>;
  }
}
