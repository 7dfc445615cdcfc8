import { isConfabError } from '@confab/core';
import type { CommonStrings } from './common.strings.js';

/** A message a person can act on for any error an adapter throws. */
export function errorMessage(error: unknown, s: CommonStrings): string {
  if (!isConfabError(error)) return s.error;
  switch (error.code) {
    case 'not-found': return s.errorNotFound;
    case 'forbidden': {
      const until = (error as { restrictedUntil?: string }).restrictedUntil;
      return until ? s.errorRestricted(until) : s.errorForbidden;
    }
    case 'unauthenticated': return s.errorUnauthenticated;
    case 'unavailable': return (error as { offline?: boolean }).offline ? s.offline : s.errorUnavailable;
    case 'rate-limited': return s.errorRateLimited(Math.max(1, Math.ceil((error as { retryAfter?: number }).retryAfter ?? 1)));
    case 'conflict': return s.errorConflict;
    case 'validation': {
      const fields = (error as { fields?: Record<string, string> }).fields ?? {};
      return Object.values(fields).join(' ') || s.errorValidation;
    }
    case 'not-supported': return s.areaMissing;
  }
}

/**
 * The message for a failed *load*: like `errorMessage`, but offline it says what is true for a
 * view that was only opened: "You are offline; this will load when you are back" (nothing was
 * written, so nothing "is kept").
 */
export function loadErrorMessage(error: unknown, s: CommonStrings): string {
  return isOffline(error) ? s.loadOffline : errorMessage(error, s);
}

/**
 * Why code a widget loads when first needed (a thread, a form, a card) did not arrive: the
 * browser is offline, or the server of the widget's files cannot be reached.
 */
export function codeLoadMessage(s: CommonStrings): string {
  return navigator.onLine === false ? s.loadOffline : s.errorUnavailable;
}

/** True for the error an adapter throws when the browser is offline. */
export function isOffline(error: unknown): boolean {
  return isConfabError(error) && error.code === 'unavailable' && !!(error as { offline?: boolean }).offline;
}

/** The per-field messages of a validation error, or an empty object. */
export function fieldErrors(error: unknown): Record<string, string> {
  return isConfabError(error) && error.code === 'validation' ? { ...(error as { fields?: Record<string, string> }).fields } : {};
}
