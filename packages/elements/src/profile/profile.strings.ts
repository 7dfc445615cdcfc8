import { formatNumber, plural } from '../internal/format.js';
import { stringTables } from '../internal/localize.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** The availabilities the editor names (`unknown` is "not set"). */
export type ProfileAvailability = 'available' | 'busy' | 'away' | 'offline' | 'unknown';

/** Every string `<confab-profile>` shows; override any of them with the `strings` property. */
export interface ProfileStrings {
  /** The heading of your own profile. */
  title: string;
  /** The heading when an admin edits someone else's profile. */
  titleFor: (name: string) => string;
  signIn: string;
  /** Someone who is not an admin opened another person's profile. */
  notAllowed: string;
  notFound: string;
  name: string;
  /** Beside a name only an admin may change. */
  nameReadOnly: string;
  nameRequired: string;
  /** The job title field. */
  jobTitle: string;
  department: string;
  location: string;
  about: string;
  aboutHint: string;
  /** The heading of the rendered About. */
  preview: string;
  availability: string;
  availabilityOptions: Record<ProfileAvailability, string>;
  until: string;
  untilHint: string;
  skills: string;
  noSkills: string;
  /** The accessible name of the text box that adds a skill. */
  addSkill: string;
  addSkillHint: string;
  /** The button beside it. */
  add: string;
  /** The name of the list of suggested skills. */
  suggestions: string;
  /** A suggestion's other names: "also k8s, kube". */
  alsoKnownAs: (aliases: string) => string;
  /** How many people list a suggested skill. */
  listedBy: (n: number) => string;
  removeSkill: (skill: string) => string;
  moveUp: (skill: string) => string;
  moveDown: (skill: string) => string;
  skillAdded: (skill: string) => string;
  skillRemoved: (skill: string) => string;
  skillMoved: (skill: string, position: number, total: number) => string;
  skillExists: (skill: string) => string;
  skillTooLong: (max: number) => string;
  tooManySkills: (max: number) => string;
  save: string;
  saving: string;
  saved: string;
  /** A save was refused: the error's message, then what the widget did. */
  refused: (message: string) => string;
  restoreEdits: string;
  draftRestored: string;
  discard: string;
  discarded: string;
}

/** The profile's strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const profileStrings = stringTables<ProfileStrings>('profile', {
  en: {
    title: 'My profile',
    titleFor: (name) => `Profile of ${name}`,
    signIn: 'Sign in to edit your profile.',
    notAllowed: 'You can only edit your own profile. This profile is shown read-only.',
    notFound: 'This person does not exist.',
    name: 'Name',
    nameReadOnly: 'Only an admin can change a name.',
    nameRequired: 'Name is required.',
    jobTitle: 'Title',
    department: 'Department',
    location: 'Location',
    about: 'About',
    aboutHint: 'A few lines about you and how you can help. Markdown: **bold**, _italic_, lists and links.',
    preview: 'Preview',
    availability: 'Availability',
    availabilityOptions: { available: 'Available', busy: 'Busy', away: 'Away', offline: 'Offline', unknown: 'Not set' },
    until: 'Until (optional)',
    untilHint: 'Shown on your badge, e.g. "Away until 3 May".',
    skills: 'Skills',
    noSkills: 'No skills yet. Add what people can ask you about.',
    addSkill: 'Add skill',
    addSkillHint: 'Type to see the skills others list, and choose one, so that the same skill is not listed under two names.',
    add: 'Add',
    suggestions: 'Suggested skills',
    alsoKnownAs: (aliases) => `also ${aliases}`,
    listedBy: (n) => plural('en', n, { one: '1 person', other: `${N(n)} people` }),
    removeSkill: (skill) => `Remove ${skill}`,
    moveUp: (skill) => `Move ${skill} up`,
    moveDown: (skill) => `Move ${skill} down`,
    skillAdded: (skill) => `${skill} added.`,
    skillRemoved: (skill) => `${skill} removed.`,
    skillMoved: (skill, position, total) => `${skill} moved to position ${N(position)} of ${N(total)}.`,
    skillExists: (skill) => `${skill} is already listed.`,
    skillTooLong: (max) => `A skill has at most ${N(max)} characters.`,
    tooManySkills: (max) => `At most ${N(max)} skills.`,
    save: 'Save profile',
    saving: 'Saving…',
    saved: 'Profile saved.',
    refused: (message) => `Your changes were not saved: ${message} The saved profile is shown again.`,
    restoreEdits: 'Restore my changes',
    draftRestored: 'Your unsaved changes from earlier are shown.',
    discard: 'Discard changes',
    discarded: 'Changes discarded.',
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
