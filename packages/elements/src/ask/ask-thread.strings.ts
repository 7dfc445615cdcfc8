import { stringTables } from '../internal/localize.js';
import { askLocales, homeEn, type AskStrings } from './ask.strings.js';

/** Every `<confab-ask>` string per language, for the question view (loaded when a question is first opened). */
export const askThreadStrings = stringTables<AskStrings>('ask.thread', {
  en: {
    ...homeEn,
    answeredBy: (name) => `answered by ${name}`,
    noAnswers: 'No answers yet.',
    answerLabel: 'Your answer (Markdown)',
    postAnswer: 'Post answer',
    answerRequired: 'Please write an answer.',
    accept: 'Accept',
    unaccept: 'Withdraw acceptance',
    acceptedMark: 'Accepted answer',
    upvoteQuestion: 'Upvote question',
    voteFailed: 'Your vote could not be saved and was undone.',
    answerQueued: 'Your answer is kept and will be sent when the connection is back.',
    answerPosted: 'Your answer was posted.',
    routedTo: (names) => `Addressed to ${names}`,
    acceptAnswer: (name) => `Accept ${name}'s answer`,
    unacceptAnswer: (name) => `Withdraw acceptance of ${name}'s answer`,
    upvoteAnswerOf: (name) => `Upvote ${name}'s answer`,
    ownAnswer: 'You cannot vote on your own answer.',
  },
  ...askLocales,
});
