import { formatNumber, plural } from '../internal/format-number.js';
import { stringTables, type Locales } from '../internal/localize.js';

/** The strings of `<confab-feedback>`; override any of them per instance with the `strings` property. */
export interface FeedbackStrings {
  /** The question of the `helpful` variant. */
  question: string;
  /** The question of the `stars` variant. */
  starsQuestion: string;
  yes: string;
  no: string;
  /** The accessible name of one star radio. */
  stars: (n: number) => string;
  /** A stars rating, e.g. "4 of 5 stars": shown beside the stars once chosen, and with what was sent. */
  starsValue: (n: number) => string;
  /** Default reason chips after a positive answer (yes, 4–5 stars). */
  reasonsYes: string[];
  /** Default reason chips after a negative answer (no, 1–3 stars). */
  reasonsNo: string[];
  reasonLabel: string;
  /** The comment box's label; it must contain the word for "comment". */
  commentLabel: string;
  send: string;
  skip: string;
  sending: string;
  sendNow: string;
  anonymousNote: string;
  thanks: string;
  /** Shown with earlier feedback; `when` is a relative time such as "2 days ago". */
  answered: (when: string) => string;
  yourAnswer: string;
  reason: string;
  comment: string;
  responseFrom: (name: string) => string;
  noResponse: string;
  again: string;
  summaryHelpful: (helpful: number, count: number) => string;
  summaryStars: (average: string, count: number) => string;
  summaryNone: string;
}

/** The strings of the first view (the question and the summary), the only ones loaded with the element. */
export type FeedbackQuestionStrings = Pick<FeedbackStrings, 'question' | 'starsQuestion' | 'yes' | 'no' | 'stars' | 'starsValue' | 'summaryHelpful' | 'summaryStars' | 'summaryNone'>;

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** English, the default, for the first view. */
export const questionEn: FeedbackQuestionStrings = {
  question: 'Was this page helpful?',
  starsQuestion: 'How would you rate this page?',
  yes: 'Yes',
  no: 'No',
  stars: (n) => (n === 1 ? '1 star' : `${n} stars`),
  starsValue: (n) => `${n} of 5 stars`,
  summaryHelpful: (h, n) => `${N(h)} of ${N(n)} found this helpful`,
  summaryStars: (avg, n) => plural('en', n, { one: `Rated ${avg} of 5 (1 rating)`, other: `Rated ${avg} of 5 (${N(n)} ratings)` }),
  summaryNone: 'No feedback yet.',
};

/** Every other language: the whole table (question and follow-up), one module each under `locales/`. */
export const feedbackLocales: Omit<Locales<FeedbackStrings>, 'en'> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
};

/**
 * `<confab-feedback>` first-view strings (question, summary) per language. The rest (follow-up, thanks) is in
 * `feedback.flow.strings.ts`, loaded with the follow-up; both share the tables of `feedbackLocales`.
 */
export const feedbackStrings = stringTables<FeedbackQuestionStrings>('feedback.question', { en: questionEn, ...feedbackLocales });
