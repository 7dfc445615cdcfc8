import type { StringTables } from './localize.js';
import { loadCommonAr, loadCommonDe, statusStrings } from './confab-element.js';

export { statusStrings, type StatusStrings } from './confab-element.js';

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
  errorUnauthenticated: string;
  errorUnavailable: string;
  errorRateLimited: (seconds: number) => string;
  errorConflict: string;
  errorValidation: string;
  tooLong: (max: number, length: number) => string;
  charactersLeft: (n: number) => string;
}

/** The shared strings: English built in, German and Arabic loaded on demand. */
export const commonStrings: StringTables<CommonStrings> = {
  en: {
    ...statusStrings.en,
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    offline: 'You are offline. What you wrote is kept and will be sent when you are back online.',
    queued: 'Waiting to send',
    error: 'Something went wrong.',
    errorNotFound: 'This item no longer exists.',
    errorForbidden: 'You are not allowed to do this.',
    errorUnauthenticated: 'Please sign in to continue.',
    errorUnavailable: 'The service cannot be reached right now.',
    errorRateLimited: (s) => `Too many requests. Try again in ${s} ${s === 1 ? 'second' : 'seconds'}.`,
    errorConflict: 'This changed in the meantime. Reload and try again.',
    errorValidation: 'Please check your input.',
    tooLong: (max, length) => `Too long: ${length} of at most ${max} characters.`,
    charactersLeft: (n) => (n === 1 ? '1 character left' : `${n} characters left`),
  },
  de: loadCommonDe,
  ar: loadCommonAr,
};
