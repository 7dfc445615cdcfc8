import { stringTables } from '../internal/localize.js';
import { formatNumber, plural } from '../internal/format.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/**
 * The strings of campaigns on `<confab-idea-board>`: the admins' buttons and form, and the
 * listing of open campaigns (`campaigns` attribute). Override any of them with `campaignStrings`.
 */
export interface CampaignStrings {
  /** Admins: opens the empty form. */
  newCampaign: string;
  /** Admins: opens the form with the board's campaign. */
  editCampaign: string;
  /** Admins: closes the board's campaign. */
  closeCampaign: string;
  /** Heading of the form when creating. */
  newHeading: string;
  /** Heading of the form when editing. */
  editHeading: string;
  /** What the form is for: the purpose is what makes people take part. */
  formIntro: string;
  titleLabel: string;
  purposeLabel: string;
  /** Under the purpose: why it is required and what to write. */
  purposeHint: string;
  descriptionLabel: string;
  descriptionHint: string;
  closesLabel: string;
  closesHint: string;
  ownersLabel: string;
  ownersHint: string;
  /** The owners chosen so far (a list's accessible name). */
  ownersChosen: string;
  noOwners: string;
  /** The remove button of a chosen owner. */
  removeOwner: (name: string) => string;
  /** Said when the people search finds some. */
  peopleFound: (n: number) => string;
  noPeopleFound: string;
  /** Without a people area, owners cannot be picked. */
  peopleUnavailable: string;
  /** Edit form of a closed campaign: a checkbox. */
  reopenLabel: string;
  createSubmit: string;
  saveSubmit: string;
  titleRequired: string;
  purposeRequired: string;
  closesInPast: string;
  created: (title: string) => string;
  saved: string;
  closedDone: string;
  /** Under the purpose: when it closes. */
  closesOn: (date: string) => string;
  closedOn: (date: string) => string;
  /** Who moderates the campaign's ideas. */
  ownersShown: (names: string) => string;
  /** Heading of the listing of open campaigns. */
  listHeading: string;
  /** The listing's introduction. */
  listIntro: string;
  listEmpty: string;
  /** The button that opens a campaign on this board (listing without `campaign-href`). */
  openCampaign: (title: string) => string;
  /** Said when a campaign was opened from the listing. */
  opened: (title: string) => string;
}

/** The campaign strings: English built in, every other language in its own module, loaded when used. */
export const campaignStrings = stringTables<CampaignStrings>('campaign', {
  en: {
    newCampaign: 'New campaign',
    editCampaign: 'Edit campaign',
    closeCampaign: 'Close campaign',
    newHeading: 'New campaign',
    editHeading: 'Edit campaign',
    formIntro: 'People give their time when they know why they are asked and what will happen to their ideas.',
    titleLabel: 'Campaign title',
    purposeLabel: 'Purpose',
    purposeHint: 'Required. Why do we ask, and what happens to the ideas: who reads them, when you decide, how you report back.',
    descriptionLabel: 'Description',
    descriptionHint: 'Optional. Background, rules, examples. Markdown works: **bold**, lists, links.',
    closesLabel: 'Closing date',
    closesHint: 'Optional. The campaign closes by itself at the end of this day.',
    ownersLabel: 'Owners',
    ownersHint: 'Owners moderate this campaign’s ideas. Type a name, then choose with the arrow keys and Enter.',
    ownersChosen: 'Chosen owners',
    noOwners: 'No owners yet: moderators review the ideas.',
    removeOwner: (name) => `Remove ${name}`,
    peopleFound: (n) => plural('en', n, { one: '1 person found.', other: `${N(n)} people found.` }),
    noPeopleFound: 'Nobody found.',
    peopleUnavailable: 'People search is not available on this backend.',
    reopenLabel: 'Reopen the campaign for new ideas',
    createSubmit: 'Create campaign',
    saveSubmit: 'Save campaign',
    titleRequired: 'Give the campaign a title.',
    purposeRequired: 'Say why you ask and what happens to the ideas.',
    closesInPast: 'Choose a closing date in the future.',
    created: (title) => `Campaign “${title}” created.`,
    saved: 'Campaign saved.',
    closedDone: 'Campaign closed. It takes no new ideas; you can reopen it with “Edit campaign”.',
    closesOn: (date) => `Open for ideas until ${date}`,
    closedOn: (date) => `Closed on ${date}`,
    ownersShown: (names) => `Ideas reviewed by ${names}`,
    listHeading: 'Campaigns',
    listIntro: 'Pick a campaign to read its ideas and add yours.',
    listEmpty: 'No campaign is open right now.',
    openCampaign: (title) => `Open ${title}`,
    opened: (title) => `Showing the campaign “${title}”.`,
  },
  de: () => import('./locales/campaign-de.js'),
  fr: () => import('./locales/campaign-fr.js'),
  es: () => import('./locales/campaign-es.js'),
  it: () => import('./locales/campaign-it.js'),
  nl: () => import('./locales/campaign-nl.js'),
  pl: () => import('./locales/campaign-pl.js'),
  pt: () => import('./locales/campaign-pt.js'),
  ja: () => import('./locales/campaign-ja.js'),
  ar: () => import('./locales/campaign-ar.js'),
  he: () => import('./locales/campaign-he.js'),
});
