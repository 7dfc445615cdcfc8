/**
 * Typed errors every adapter throws. Widgets branch on `code`, never on message text,
 * so that errors from another copy of the package (or another realm) are recognised too.
 */

/** Stable error codes, one per error class. */
export type ConfabErrorCode =
  | 'not-found'
  | 'unauthenticated'
  | 'forbidden'
  | 'conflict'
  | 'validation'
  | 'rate-limited'
  | 'unavailable'
  | 'not-supported';

/** The base of every adapter error. */
export class ConfabError extends Error {
  readonly code: ConfabErrorCode;
  constructor(code: ConfabErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.name = 'ConfabError';
  }
}

/** The item does not exist (or the user may not know that it does). */
export class NotFoundError extends ConfabError {
  constructor(message = 'Not found', options?: ErrorOptions) {
    super('not-found', message, options);
    this.name = 'NotFoundError';
  }
}

/** Nobody is signed in. */
export class UnauthenticatedError extends ConfabError {
  constructor(message = 'Sign in to continue', options?: ErrorOptions) {
    super('unauthenticated', message, options);
    this.name = 'UnauthenticatedError';
  }
}

/**
 * The signed-in user may not do this. `restrictedUntil` (issue 13): the person is restricted by a
 * moderator and can read but not post until then.
 */
export class ForbiddenError extends ConfabError {
  readonly restrictedUntil?: string;
  constructor(message = 'Not allowed', options?: ErrorOptions & { restrictedUntil?: string }) {
    super('forbidden', message, options);
    this.name = 'ForbiddenError';
    if (options?.restrictedUntil) this.restrictedUntil = options.restrictedUntil;
  }
}

/** The write clashes with the current state, e.g. an idempotency key reused with another body. */
export class ConflictError extends ConfabError {
  constructor(message = 'Conflict', options?: ErrorOptions) {
    super('conflict', message, options);
    this.name = 'ConflictError';
  }
}

/**
 * The input is invalid. `fields` maps an input field to a message a person can act on,
 * e.g. `{ comment: 'At most 1000 characters' }`.
 */
export class ValidationError extends ConfabError {
  readonly fields: Record<string, string>;
  constructor(fields: Record<string, string>, message?: string, options?: ErrorOptions) {
    super('validation', message ?? Object.values(fields).join(' ') ?? 'Invalid input', options);
    this.name = 'ValidationError';
    this.fields = fields;
  }
}

/** Too many writes; try again after `retryAfter` seconds. */
export class RateLimitedError extends ConfabError {
  readonly retryAfter: number;
  constructor(retryAfter: number, message = 'Too many requests', options?: ErrorOptions) {
    super('rate-limited', message, options);
    this.name = 'RateLimitedError';
    this.retryAfter = retryAfter;
  }
}

/**
 * The backend cannot be reached or is down. `offline` is true when the browser itself
 * is offline; a write that fails this way is kept and retried with the same idempotency key.
 */
export class UnavailableError extends ConfabError {
  readonly offline: boolean;
  constructor(message = 'Service unavailable', offline = false, options?: ErrorOptions) {
    super('unavailable', message, options);
    this.name = 'UnavailableError';
    this.offline = offline;
  }
}

/**
 * The adapter leaves out the area a widget needs (see `Adapter`): the widget says
 * "not available on this backend" instead of crashing. Not retryable.
 */
export class AreaUnavailableError extends ConfabError {
  /** The missing area, e.g. `ideas`. */
  readonly area: string;
  constructor(area: string, options?: ErrorOptions) {
    super('not-supported', `This backend does not offer "${area}"`, options);
    this.name = 'AreaUnavailableError';
    this.area = area;
  }
}

const CODES = new Set<ConfabErrorCode>(['not-found', 'unauthenticated', 'forbidden', 'conflict', 'validation', 'rate-limited', 'unavailable', 'not-supported']);

/** True for any Confab adapter error, from this copy of the package or another. */
export function isConfabError(error: unknown): error is ConfabError {
  return error instanceof Error && CODES.has((error as { code?: unknown }).code as ConfabErrorCode);
}

/** True when a write that failed with `error` should be kept and retried later. */
export function isRetryable(error: unknown): boolean {
  return isConfabError(error) && (error.code === 'unavailable' || error.code === 'rate-limited');
}

/** True when `error` is the abort of a request whose signal was aborted. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as Error).name === 'AbortError';
}
