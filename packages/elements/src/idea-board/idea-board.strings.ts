import { stringTables } from '../internal/localize.js';
import { formatNumber, plural } from '../internal/format.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** Every string `<confab-idea-board>` shows; override any of them with the `strings` property. */
export interface IdeaBoardStrings {
  /** Heading of a board without a campaign. */
  defaultTitle: string;
  whyWeAsk: string;
  open: string;
  closed: string;
  closedMessage: string;
  formHeading: string;
  titleLabel: string;
  descriptionLabel: string;
  descriptionHint: string;
  tagsLabel: string;
  tagsHint: string;
  submit: string;
  titleRequired: string;
  tooManyTags: (max: number) => string;
  submitted: string;
  queued: string;
  pendingHeading: string;
  similarHeading: string;
  similarHint: string;
  similarFound: (n: number) => string;
  voteFor: (title: string) => string;
  votes: (n: number) => string;
  sortLabel: string;
  sortTop: string;
  sortNew: string;
  sortTrending: string;
  statusFilter: string;
  allStatuses: string;
  listHeading: string;
  empty: string;
  emptyFiltered: string;
  showMore: string;
  newIdeas: (n: number) => string;
  shown: (n: number) => string;
  voteRefused: (reason: string) => string;
  /** The link before the list of ideas that moves focus past it. */
  skipIdeas: string;
}

/** The idea board's strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const ideaBoardStrings = stringTables<IdeaBoardStrings>('idea-board', {
  en: {
    defaultTitle: 'Ideas',
    whyWeAsk: 'Why we ask',
    open: 'Open for ideas',
    closed: 'Closed',
    closedMessage: 'This campaign is closed and takes no new ideas. You can still read, vote and comment.',
    formHeading: 'Propose an idea',
    titleLabel: 'Idea title',
    descriptionLabel: 'Description',
    descriptionHint: 'Optional. Markdown works: **bold**, lists, links.',
    tagsLabel: 'Tags',
    tagsHint: 'Optional. Separate tags with commas.',
    submit: 'Submit idea',
    titleRequired: 'Give your idea a title.',
    tooManyTags: (max) => `At most ${N(max)} tags.`,
    submitted: 'Your idea was submitted.',
    queued: 'You are offline. Your idea is kept and will be submitted when you are back online.',
    pendingHeading: 'Waiting to be submitted',
    similarHeading: 'Similar ideas',
    similarHint: 'Is yours among them? Vote for it instead of posting it twice.',
    similarFound: (n) => plural('en', n, { one: '1 similar idea found.', other: `${N(n)} similar ideas found.` }),
    voteFor: (title) => `Vote for ${title}`,
    votes: (n) => plural('en', n, { one: '1 vote', other: `${N(n)} votes` }),
    sortLabel: 'Sort by',
    sortTop: 'Top',
    sortNew: 'Newest',
    sortTrending: 'Trending',
    statusFilter: 'Status',
    allStatuses: 'All statuses',
    listHeading: 'Ideas',
    empty: 'No ideas yet. Be the first to propose one.',
    emptyFiltered: 'No ideas with this status.',
    showMore: 'Show more ideas',
    newIdeas: (n) => plural('en', n, { one: '1 new idea — show', other: `${N(n)} new ideas — show` }),
    shown: (n) => plural('en', n, { one: 'Showing 1 idea', other: `Showing ${N(n)} ideas` }),
    voteRefused: (reason) => `Your vote was not saved and has been undone. ${reason}`,
    skipIdeas: 'Skip past the ideas',
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
