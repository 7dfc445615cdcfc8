import { isConfabError } from '@confab/core';
import type { CommonStrings } from './common.strings.js';

/** A message a person can act on for any error an adapter throws. */
export function errorMessage(error: unknown, s: CommonStrings): string {
  if (!isConfabError(error)) return s.error;
  switch (error.code) {
    case 'not-found': return s.errorNotFound;
    case 'forbidden': return s.errorForbidden;
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

/** The per-field messages of a validation error, or an empty object. */
export function fieldErrors(error: unknown): Record<string, string> {
  return isConfabError(error) && error.code === 'validation' ? { ...(error as { fields?: Record<string, string> }).fields } : {};
}
