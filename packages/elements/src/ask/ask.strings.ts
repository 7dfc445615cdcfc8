import { formatNumber, plural } from '../internal/format.js';
import { stringTables, type Locales } from '../internal/localize.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** Every string `<confab-ask>` shows; override any of them per instance with the `strings` property. */
export interface AskStrings {
  /** Heading of the widget. */
  heading: string;
  composerHeading: string;
  /** Accessible name of the title field; must contain "question". */
  titleLabel: string;
  /** Accessible name of the details field; must contain "details". */
  detailsLabel: string;
  tagsLabel: string;
  tagsHint: string;
  /** The submit button; "Ask". */
  ask: string;
  titleRequired: string;
  similarHeading: string;
  expertsHeading: string;
  notify: (name: string) => string;
  listHeading: string;
  sortLabel: string;
  sortNew: string;
  sortVotes: string;
  sortUnanswered: string;
  empty: string;
  showMore: string;
  askedBy: (name: string) => string;
  answeredBy: (name: string) => string;
  votes: (n: number) => string;
  answers: (n: number) => string;
  answered: string;
  back: string;
  noAnswers: string;
  /** Accessible name of the answer field; must contain "answer". */
  answerLabel: string;
  postAnswer: string;
  answerRequired: string;
  accept: string;
  unaccept: string;
  acceptedMark: string;
  upvoteQuestion: string;
  voteFailed: string;
  questionQueued: string;
  answerQueued: string;
  questionPosted: string;
  answerPosted: string;
  liveQuestion: (title: string) => string;
  liveAnswer: (name: string) => string;
  liveAccepted: string;
  routedTo: (names: string) => string;
  pendingQuestions: string;
  /** Name of the Accept button, with whose answer it is: "Accept Kwame Mensah's answer". */
  acceptAnswer: (name: string) => string;
  unacceptAnswer: (name: string) => string;
  /** Start of an answer's vote name, "Upvote Kwame Mensah's answer"; the count follows. */
  upvoteAnswerOf: (name: string) => string;
  /** Why the reader cannot vote on an answer they wrote. */
  ownAnswer: string;
  /** Announced when "Already asked?" suggestions appear. */
  similarFound: (n: number) => string;
}


/** The keys only the question view uses: their English loads with it (`ask-thread.strings.ts`). */
export type AskThreadKey = 'accept' | 'acceptAnswer' | 'acceptedMark' | 'answerLabel' | 'answerPosted' | 'answerQueued' | 'answerRequired' | 'answeredBy' | 'noAnswers' | 'ownAnswer' | 'postAnswer' | 'routedTo' | 'unaccept' | 'unacceptAnswer' | 'upvoteAnswerOf' | 'upvoteQuestion' | 'voteFailed';

/** The strings of the list and the composer, the only ones loaded with the element. */
export type AskHomeStrings = Omit<AskStrings, AskThreadKey>;

/** English, the default, for the list and the composer. */
export const homeEn: AskHomeStrings = {
  heading: 'Questions and answers',
  composerHeading: 'Ask a question',
  titleLabel: 'Your question',
  detailsLabel: 'Details (optional, Markdown)',
  tagsLabel: 'Tags (optional)',
  tagsHint: 'Separate tags with commas.',
  ask: 'Ask',
  titleRequired: 'Please write your question.',
  similarHeading: 'Already asked?',
  expertsHeading: 'People who may know',
  notify: (name) => `Notify ${name}`,
  listHeading: 'Questions on this page',
  sortLabel: 'Sort by',
  sortNew: 'Newest',
  sortVotes: 'Most votes',
  sortUnanswered: 'Unanswered',
  empty: 'No questions yet. Be the first to ask.',
  showMore: 'Show more',
  askedBy: (name) => `asked by ${name}`,
  votes: (n) => plural('en', n, { one: '1 vote', other: `${N(n)} votes` }),
  answers: (n) => plural('en', n, { one: '1 answer', other: `${N(n)} answers` }),
  answered: 'Answered',
  back: 'Back to questions',
  questionQueued: 'Your question is kept and will be sent when the connection is back.',
  questionPosted: 'Your question was posted.',
  liveQuestion: (title) => `New question: ${title}`,
  liveAnswer: (name) => `${name} posted an answer.`,
  liveAccepted: 'An answer was accepted.',
  pendingQuestions: 'Waiting to send',
  similarFound: (n) => plural('en', n, { one: '1 similar question found', other: `${N(n)} similar questions found` }),
};

/** Every other language: the whole table (list, composer and question view), one module each under `locales/`. */
export const askLocales: Omit<Locales<AskStrings>, 'en'> = {
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
 * The `<confab-ask>` strings of the list and the composer: English built in, every other language
 * in its own module under `locales/`, loaded when used. The question view's are in
 * `ask-thread.strings.ts`; both share the tables of `askLocales`.
 */
export const askStrings = stringTables<AskHomeStrings>('ask', { en: homeEn, ...askLocales });
