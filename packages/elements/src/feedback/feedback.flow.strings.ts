import { stringTables } from '../internal/localize.js';
import { feedbackLocales, questionEn, type FeedbackStrings } from './feedback.strings.js';

/** English, the default: the first view and everything after it. */
const en: FeedbackStrings = {
  ...questionEn,
  reasonsYes: ['Easy to understand', 'Solved my problem', 'Up to date'],
  reasonsNo: ['Outdated', 'Unclear', 'Missing information', 'Incorrect'],
  reasonLabel: 'What is the main reason?',
  commentLabel: 'Add a comment (optional)',
  send: 'Send',
  skip: 'Skip',
  sending: 'Sending…',
  sendNow: 'Send now',
  anonymousNote: 'Sent anonymously: the page owner will not see your name.',
  thanks: 'Thank you for your feedback!',
  answered: (when) => `You gave feedback ${when}.`,
  yourAnswer: 'Your answer',
  reason: 'Reason',
  comment: 'Comment',
  responseFrom: (name) => `Response from ${name}`,
  noResponse: 'The page owner has not responded yet.',
  again: 'Give new feedback',
};

/** Every `<confab-feedback>` string per language, for the lazily loaded follow-up and results. */
export const feedbackFlowStrings = stringTables<FeedbackStrings>('feedback', { en, ...feedbackLocales });
