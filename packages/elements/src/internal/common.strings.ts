import { formatDate, formatNumber } from './format.js';
import { stringTables } from './localize.js';
import { statusStrings } from './confab-element.js';
import { commonLocales } from './common.locales.js';

export { statusStrings, type StatusStrings } from './confab-element.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** Strings every widget shares: states, errors, and the no-adapter and missing-area messages. */
export interface CommonStrings {
  loading: string;
  retry: string;
  dismiss: string;
  cancel: string;
  offline: string;
  queued: string;
  noAdapter: string;
  /** A widget whose adapter area is missing; the English text says "not available on this backend". */
  areaMissing: string;
  error: string;
  errorNotFound: string;
  errorForbidden: string;
  /** A person a moderator restricted (issue 13); `until` is an ISO time. */
  errorRestricted: (until: string) => string;
  errorUnauthenticated: string;
  errorUnavailable: string;
  errorRateLimited: (seconds: number) => string;
  errorConflict: string;
  errorValidation: string;
  tooLong: (max: number, length: number) => string;
  charactersLeft: (n: number) => string;
  /** A view opened offline: nothing was written, it loads when the connection is back. */
  loadOffline: string;
  /** Beside a vote made offline, shown pressed: it is queued, not lost. */
  voteQueued: string;
  /** Announced when a vote made offline was delivered. */
  voteCounted: string;
  /** The shared Follow button (`follow-button.ts`), not followed yet: pressing follows. */
  follow: string;
  /** Followed (the button is pressed): pressing unfollows. */
  following: string;
  /** Announced after following. */
  followed: string;
  /** Announced after unfollowing. */
  unfollowed: string;
}

/** The shared strings: English built in, every other language in its own module under `locales/`. */
export const commonStrings = stringTables<CommonStrings>('common', {
  en: {
    ...statusStrings.en,
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    offline: 'You are offline. What you wrote is kept and will be sent when you are back online.',
    queued: 'Waiting to send',
    error: 'Something went wrong.',
    errorNotFound: 'This item no longer exists.',
    errorForbidden: 'You are not allowed to do this.',
    errorRestricted: (until) => `You can read but cannot post until ${formatDate('en', until)}.`,
    errorUnauthenticated: 'Please sign in to continue.',
    errorUnavailable: 'The service cannot be reached right now.',
    errorRateLimited: (s) => `Too many requests. Try again in ${N(s)} ${s === 1 ? 'second' : 'seconds'}.`,
    errorConflict: 'This changed in the meantime. Reload and try again.',
    errorValidation: 'Please check your input.',
    tooLong: (max, length) => `Too long: ${N(length)} of at most ${N(max)} characters.`,
    charactersLeft: (n) => (n === 1 ? '1 character left' : `${N(n)} characters left`),
    loadOffline: 'You are offline; this will load when you are back.',
    voteQueued: 'Will count when you are back online',
    voteCounted: 'Your vote was counted.',
    follow: 'Follow',
    following: 'Following',
    followed: 'You follow this now.',
    unfollowed: 'You no longer follow this.',
  },
  ...commonLocales,
});
