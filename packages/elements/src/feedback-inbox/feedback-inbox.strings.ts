import type { FeedbackState } from '@confab/core';
import { formatNumber, plural } from '../internal/format.js';
import { stringTables } from '../internal/localize.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** The state filter of the inbox: one state, or every state. */
export type InboxFilter = FeedbackState | 'all';

/** The strings of `<confab-feedback-inbox>`; override any of them per instance with the `strings` property. */
export interface FeedbackInboxStrings {
  title: string;
  /** Heading suffix naming the subject, e.g. "for https://intranet/travel". */
  forSubject: (subject: string) => string;
  notAllowed: string;
  signIn: string;
  empty: string;
  filterLabel: string;
  filters: Record<InboxFilter, string>;
  subjectLabel: string;
  subjectHint: string;
  summaryCount: string;
  summaryOpen: string;
  summaryHelpful: string;
  helpfulValue: (helpful: number, count: number) => string;
  summaryAverage: string;
  averageValue: (average: string, count: number) => string;
  yes: string;
  no: string;
  starsValue: (n: number) => string;
  anonymous: string;
  noComment: string;
  subject: string;
  responseFrom: (name: string) => string;
  /** The response box's label; it must contain the word for "response". */
  responseLabel: string;
  respond: string;
  markActioned: string;
  dismiss: string;
  reopen: string;
  showMore: string;
  responseRequired: string;
  responded: string;
  stateChanged: (state: string) => string;
  newFeedback: string;
  /** Names an item in its controls' names: "Respond, feedback from Kwame Mensah". */
  feedbackFrom: (name: string) => string;
  /** The button that opens an item's response box. */
  writeResponse: string;
  /** An item's heading: who and what they answered. */
  itemHeading: (name: string, rating: string) => string;
}

/** `<confab-feedback-inbox>` strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const feedbackInboxStrings = stringTables<FeedbackInboxStrings>('feedback-inbox', {
  en: {
    title: 'Feedback',
    forSubject: (s) => `Feedback for ${s}`,
    notAllowed: 'Only moderators and page owners can see this feedback.',
    signIn: 'Sign in as a moderator or page owner to see this feedback.',
    empty: 'No feedback here.',
    filterLabel: 'Show',
    filters: { open: 'Open', actioned: 'Actioned', dismissed: 'Dismissed', all: 'All' },
    subjectLabel: 'Subject',
    subjectHint: 'Leave empty for every subject.',
    summaryCount: 'Feedback',
    summaryOpen: 'Open',
    summaryHelpful: 'Found it helpful',
    helpfulValue: (h, n) => `${N(h)} of ${N(n)}`,
    summaryAverage: 'Average rating',
    averageValue: (avg, n) => plural('en', n, { one: `${avg} of 5 (1 rating)`, other: `${avg} of 5 (${N(n)} ratings)` }),
    yes: 'Helpful: yes',
    no: 'Helpful: no',
    starsValue: (n) => plural('en', n, { one: '1 of 5 stars', other: `${N(n)} of 5 stars` }),
    anonymous: 'Anonymous',
    noComment: 'No comment.',
    subject: 'On',
    responseFrom: (name) => `Response from ${name}`,
    responseLabel: 'Your response',
    respond: 'Respond',
    markActioned: 'Mark actioned',
    dismiss: 'Dismiss',
    reopen: 'Reopen',
    showMore: 'Show more',
    responseRequired: 'Write a response first.',
    responded: 'Response sent.',
    stateChanged: (state) => `Marked as ${state.toLowerCase()}.`,
    newFeedback: 'New feedback arrived.',
    feedbackFrom: (name) => `feedback from ${name}`,
    writeResponse: 'Write a response',
    itemHeading: (name, rating) => `${name}: ${rating}`,
  },
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
});
