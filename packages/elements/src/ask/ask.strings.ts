import { formatNumber, plural } from '../internal/format.js';
import { stringTables } from '../internal/localize.js';

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


/** The `<confab-ask>` strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const askStrings = stringTables<AskStrings>('ask', {
  en: {
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
    answeredBy: (name) => `answered by ${name}`,
    votes: (n) => plural('en', n, { one: '1 vote', other: `${N(n)} votes` }),
    answers: (n) => plural('en', n, { one: '1 answer', other: `${N(n)} answers` }),
    answered: 'Answered',
    back: 'Back to questions',
    noAnswers: 'No answers yet.',
    answerLabel: 'Your answer (Markdown)',
    postAnswer: 'Post answer',
    answerRequired: 'Please write an answer.',
    accept: 'Accept',
    unaccept: 'Withdraw acceptance',
    acceptedMark: 'Accepted answer',
    upvoteQuestion: 'Upvote question',
    voteFailed: 'Your vote could not be saved and was undone.',
    questionQueued: 'Your question is kept and will be sent when the connection is back.',
    answerQueued: 'Your answer is kept and will be sent when the connection is back.',
    questionPosted: 'Your question was posted.',
    answerPosted: 'Your answer was posted.',
    liveQuestion: (title) => `New question: ${title}`,
    liveAnswer: (name) => `${name} posted an answer.`,
    liveAccepted: 'An answer was accepted.',
    routedTo: (names) => `Addressed to ${names}`,
    pendingQuestions: 'Waiting to send',
    acceptAnswer: (name) => `Accept ${name}'s answer`,
    unacceptAnswer: (name) => `Withdraw acceptance of ${name}'s answer`,
    upvoteAnswerOf: (name) => `Upvote ${name}'s answer`,
    ownAnswer: 'You cannot vote on your own answer.',
    similarFound: (n) => plural('en', n, { one: '1 similar question found', other: `${N(n)} similar questions found` }),
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
