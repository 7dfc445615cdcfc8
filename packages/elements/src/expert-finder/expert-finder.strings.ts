import { formatNumber, plural } from '../internal/format.js';
import { stringTables } from '../internal/localize.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** Every string `<confab-expert-finder>` shows; override any of them with the `strings` property. */
export interface ExpertFinderStrings {
  /** The search box's label; its accessible name must say "expert". */
  label: string;
  placeholder: string;
  search: string;
  /** Shown before the first search. */
  hint: string;
  searching: string;
  /** Announced with the results: how many experts are shown. */
  found: (n: number) => string;
  /** "No experts found for …". */
  empty: (query: string) => string;
  /** The search failed because the browser is offline. */
  offline: string;
  showMore: string;
  /** Announced after "Show more". */
  more: (n: number) => string;
  /** The heading of the result list, for screen-reader navigation. */
  results: string;
  /** Reasons a person ranks, one per matching skill. */
  endorsementsFor: (n: number, skill: string) => string;
  acceptedAnswersIn: (n: number, skill: string) => string;
  declared: (skill: string) => string;
  /** A person found by name, title, department or location only. */
  nameMatch: string;
}

/** The finder's strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const expertFinderStrings = stringTables<ExpertFinderStrings>('expert-finder', {
  en: {
    label: 'Find an expert',
    placeholder: 'Skill or topic, e.g. Kubernetes',
    search: 'Search',
    hint: 'Search by skill or topic. Experts are ranked by accepted answers and endorsements.',
    searching: 'Searching…',
    found: (n) => plural('en', n, { one: '1 expert found', other: `${N(n)} experts found` }),
    empty: (q) => `No experts found for “${q}”.`,
    offline: 'You are offline. Search again when you are back online.',
    showMore: 'Show more',
    more: (n) => plural('en', n, { one: '1 more expert shown', other: `${N(n)} more experts shown` }),
    results: 'Experts',
    endorsementsFor: (n, skill) => plural('en', n, { one: `1 endorsement for ${skill}`, other: `${N(n)} endorsements for ${skill}` }),
    acceptedAnswersIn: (n, skill) => plural('en', n, { one: `1 accepted answer in ${skill}`, other: `${N(n)} accepted answers in ${skill}` }),
    declared: (skill) => `Lists ${skill} as a skill`,
    nameMatch: 'Matches name, title, department or location',
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
