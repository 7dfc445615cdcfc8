import { plural } from '../internal/format.js';
import type { StringTables } from '../internal/localize.js';
import { loadAr, loadDe, questionEn, type FeedbackStrings } from './feedback.strings.js';

/** English, the default: the question and everything after it. */
const en: FeedbackStrings = {
  ...questionEn,
  starsValue: (n) => plural('en', n, { one: '1 of 5 stars', other: `${n} of 5 stars` }),
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
  summaryHelpful: (h, n) => `${h} of ${n} found this helpful`,
  summaryStars: (avg, n) => plural('en', n, { one: `Rated ${avg} of 5 (1 rating)`, other: `Rated ${avg} of 5 (${n} ratings)` }),
  summaryNone: 'No feedback yet.',
};

/** Every `<confab-feedback>` string per language, for the lazily loaded follow-up and results. */
export const feedbackFlowStrings: StringTables<FeedbackStrings> = { en, de: loadDe, ar: loadAr };
