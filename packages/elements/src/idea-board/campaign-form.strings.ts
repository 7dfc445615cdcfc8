import { stringTables } from '../internal/localize.js';
import { formatNumber, plural } from '../internal/format.js';
import { boardEn, campaignLocales, type CampaignStrings } from './campaign.strings.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** Every campaign string per language, for the admins' form (loaded when an admin opens it). */
export const campaignFormStrings = stringTables<CampaignStrings>('campaign.form', {
  en: {
    ...boardEn,
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
  },
  ...campaignLocales,
});
