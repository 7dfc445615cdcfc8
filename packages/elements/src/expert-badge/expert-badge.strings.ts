import type { Availability } from '@confab/core';
import { formatNumber, plural } from '../internal/format.js';
import { stringTables } from '../internal/localize.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** Every string `<confab-expert-badge>` shows; override any of them with the `strings` property. */
export interface ExpertBadgeStrings {
  /** Shown instead of a person the backend does not know. */
  unknownPerson: string;
  /** The person could not be loaded (besides being unknown). */
  loadFailed: string;
  /** The person could not be loaded because the browser is offline. */
  loadOffline: string;
  /** Text alternatives of the availability dot. */
  availability: Record<Exclude<Availability, 'unknown'>, string>;
  /** The close button of the profile card. */
  close: string;
  /** The "ask" action, with the person's first name. */
  ask: (firstName: string) => string;
  /** The visible label of an endorse toggle. */
  endorse: string;
  /** The accessible name of an endorse toggle. */
  endorseSkill: (skill: string) => string;
  /** How many people endorsed a skill. */
  endorsements: (n: number) => string;
  skills: string;
  noSkills: string;
  evidence: string;
  /** "12 accepted answers in Travel". */
  evidenceAccepted: (n: number, skill: string) => string;
  /** "3 answers in Travel", when none was accepted yet. */
  evidenceAnswers: (n: number, skill: string) => string;
  /** Announced after an endorsement. */
  endorsed: (skill: string) => string;
  /** Announced after an endorsement was withdrawn. */
  unendorsed: (skill: string) => string;
  /** An endorsement failed because the browser is offline. */
  endorseOffline: string;
  /** Availability with the date it holds until: "Away until 3 May 2030". */
  availabilityUntil: (availability: string, date: string) => string;
  /** On your own card: the way to your profile editor. */
  editProfile: string;
}

/** The badge's strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const expertBadgeStrings = stringTables<ExpertBadgeStrings>('expert-badge', {
  en: {
    unknownPerson: 'Unknown person',
    loadFailed: 'This person could not be loaded.',
    loadOffline: 'You are offline; this person cannot be loaded.',
    availability: { available: 'Available', busy: 'Busy', away: 'Away', offline: 'Offline' },
    close: 'Close profile',
    ask: (first) => `Ask ${first}`,
    endorse: 'Endorse',
    endorseSkill: (skill) => `Endorse ${skill}`,
    endorsements: (n) => plural('en', n, { one: '1 endorsement', other: `${N(n)} endorsements` }),
    skills: 'Skills',
    noSkills: 'No skills listed yet.',
    evidence: 'Answers',
    evidenceAccepted: (n, skill) => plural('en', n, { one: `1 accepted answer in ${skill}`, other: `${N(n)} accepted answers in ${skill}` }),
    evidenceAnswers: (n, skill) => plural('en', n, { one: `1 answer in ${skill}`, other: `${N(n)} answers in ${skill}` }),
    endorsed: (skill) => `You endorsed ${skill}.`,
    unendorsed: (skill) => `You withdrew your endorsement of ${skill}.`,
    endorseOffline: 'You are offline. Try again when you are back online.',
    availabilityUntil: (availability, date) => `${availability} until ${date}`,
    editProfile: 'Edit profile',
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
