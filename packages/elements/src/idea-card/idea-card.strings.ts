import type { IdeaStatus } from '@confab/core';
import { stringTables } from '../internal/localize.js';
import { formatNumber, plural } from '../internal/format.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** Every string `<confab-idea-card>` shows; override any of them with the `strings` property. */
export interface IdeaCardStrings {
  /** Accessible name of the vote toggle. */
  voteFor: (title: string) => string;
  votes: (n: number) => string;
  readMore: string;
  readLess: string;
  proposedBy: string;
  tags: string;
  comments: (n: number) => string;
  noComments: string;
  moreComments: string;
  commentLabel: string;
  comment: string;
  commentRequired: string;
  commentPosted: string;
  commentQueued: string;
  commentsHeading: string;
  status: Record<IdeaStatus, string>;
  statusLabel: string;
  statusSetBy: string;
  changeStatus: string;
  newStatus: string;
  note: string;
  noteHint: string;
  noteRequired: string;
  save: string;
  statusChanged: (status: string) => string;
  voteRefused: (reason: string) => string;
  noIdea: string;
  /** Why the reader cannot vote on an idea they proposed. */
  ownIdea: string;
}

/** The idea card's strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const ideaCardStrings = stringTables<IdeaCardStrings>('idea-card', {
  en: {
    voteFor: (title) => `Vote for ${title}`,
    votes: (n) => plural('en', n, { one: '1 vote', other: `${N(n)} votes` }),
    readMore: 'Read more',
    readLess: 'Show less',
    proposedBy: 'Proposed by',
    tags: 'Tags',
    comments: (n) => plural('en', n, { one: '1 comment', other: `${N(n)} comments` }),
    noComments: 'No comments yet. Start the conversation.',
    moreComments: 'Show more comments',
    commentLabel: 'Your comment',
    comment: 'Comment',
    commentRequired: 'Write a comment first.',
    commentPosted: 'Your comment was posted.',
    commentQueued: 'You are offline. Your comment is kept and will be posted when you are back online.',
    commentsHeading: 'Comments',
    status: {
      new: 'New',
      'under-review': 'Under review',
      planned: 'Planned',
      'in-progress': 'In progress',
      implemented: 'Implemented',
      declined: 'Declined',
    },
    statusLabel: 'Status',
    statusSetBy: 'Set by',
    changeStatus: 'Change status',
    newStatus: 'New status',
    note: 'Note (required)',
    noteHint: 'Explain the decision: everyone who follows this idea will read it.',
    noteRequired: 'Write a note explaining the change; a status change needs one.',
    save: 'Save',
    statusChanged: (status) => `Status changed to ${status}.`,
    voteRefused: (reason) => `Your vote was not saved and has been undone. ${reason}`,
    noIdea: 'No idea to show: set the idea attribute to an idea id.',
    ownIdea: 'You cannot vote on your own idea.',
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
