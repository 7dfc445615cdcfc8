/** Turns an HTTP error response (RFC 9457 problem details) into the typed Confab error. */
import {
  ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError, UnavailableError, ValidationError,
  type ConfabError,
} from '../errors.js';

/** The members of a problem response the adapter reads. */
export interface ProblemBody {
  title?: string;
  detail?: string;
  code?: string;
  fields?: Record<string, string>;
  retryAfter?: number;
  restrictedUntil?: string;
}

/** Whether the browser says it is offline (false where there is no `navigator`). */
export function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function retryAfterOf(header: string | null, body: ProblemBody): number {
  const seconds = Number(header);
  if (header && Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = header ? Date.parse(header) : NaN;
  if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  return typeof body.retryAfter === 'number' ? body.retryAfter : 1;
}

/**
 * The error for a non-2xx response: 404 not-found, 401 unauthenticated, 403 forbidden,
 * 409 (or a 422 with code `conflict`, an idempotency key reused) conflict, 400/413/415/422 validation
 * with `fields`, 429 rate-limited with `Retry-After`, 5xx unavailable.
 */
export function errorFromResponse(status: number, retryAfterHeader: string | null, body: ProblemBody): ConfabError {
  const message = body.detail ?? body.title ?? `HTTP ${status}`;
  if (status >= 500) return new UnavailableError(message, browserOffline());
  if (status === 404) return new NotFoundError(message);
  if (status === 401) return new UnauthenticatedError(message);
  if (status === 403) return new ForbiddenError(message, typeof body.restrictedUntil === 'string' ? { restrictedUntil: body.restrictedUntil } : undefined);
  if (status === 409 || body.code === 'conflict') return new ConflictError(message);
  if (status === 429) return new RateLimitedError(retryAfterOf(retryAfterHeader, body), message);
  return new ValidationError(body.fields && typeof body.fields === 'object' ? body.fields : {}, message);
}
