import { stringTables, type Locales } from '../internal/localize.js';

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

/** The keys only the admins' campaign form uses: their English loads with it (`campaign-form.strings.ts`). */
export type CampaignFormKey = 'newHeading' | 'editHeading' | 'formIntro' | 'titleLabel' | 'purposeLabel' | 'purposeHint' | 'descriptionLabel' | 'descriptionHint' | 'closesLabel' | 'closesHint' | 'ownersLabel' | 'ownersHint' | 'ownersChosen' | 'noOwners' | 'removeOwner' | 'peopleFound' | 'noPeopleFound' | 'peopleUnavailable' | 'reopenLabel' | 'createSubmit' | 'saveSubmit' | 'titleRequired' | 'purposeRequired' | 'closesInPast';

/** The campaign strings the board shows itself (buttons, header, listing), loaded with it. */
export type CampaignBoardStrings = Omit<CampaignStrings, CampaignFormKey>;

/** English, the default, for the board. */
export const boardEn: CampaignBoardStrings = {
  newCampaign: 'New campaign',
  editCampaign: 'Edit campaign',
  closeCampaign: 'Close campaign',
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
};

/** Every other language: the whole table (board and form), one module each under `locales/`. */
export const campaignLocales: Omit<Locales<CampaignStrings>, 'en'> = {
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
};

/**
 * The campaign strings of the board: English built in, every other language in its own module,
 * loaded when used. The form's are in `campaign-form.strings.ts`; both share `campaignLocales`.
 */
export const campaignStrings = stringTables<CampaignBoardStrings>('campaign', { en: boardEn, ...campaignLocales });
