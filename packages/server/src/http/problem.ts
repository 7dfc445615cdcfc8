/**
 * RFC 9457 problem details: every error leaves the server as `application/problem+json`, with
 * `code` (the core `ConfabErrorCode`) and, for validation, `fields`.
 */
import { isConfabError, type ConfabErrorCode } from '@confab/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { NO_NUL } from './schemas.js';

/** The body of a problem response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ConfabErrorCode | 'bad-request' | 'internal';
  fields?: Record<string, string>;
  retryAfter?: number;
  /** Issue 13: a restricted person's 403: until when they can read but not post. */
  restrictedUntil?: string;
  /** The request's id, also in the `X-Request-Id` header and in the server log of a 5xx. */
  requestId?: string;
}

const STATUS: Record<ConfabErrorCode, number> = {
  'not-found': 404, unauthenticated: 401, forbidden: 403, conflict: 409, validation: 422, 'rate-limited': 429, unavailable: 503, 'not-supported': 501,
};
const TITLES: Record<number, string> = {
  400: 'Bad request', 401: 'Unauthenticated', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 406: 'Not acceptable',
  409: 'Conflict', 413: 'Payload too large', 415: 'Unsupported media type', 422: 'Unprocessable content', 429: 'Too many requests',
  500: 'Internal server error', 501: 'Not implemented', 503: 'Service unavailable',
};

/** Builds a problem. */
export function problem(status: number, code: Problem['code'], detail?: string, extra: Partial<Problem> = {}): Problem {
  return { type: `https://confab.dev/problems/${code}`, title: TITLES[status] ?? 'Error', status, code, ...(detail ? { detail } : {}), ...extra };
}

/** Sends a problem response. */
export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  if (p.retryAfter !== undefined) reply.header('retry-after', String(p.retryAfter));
  reply.header('x-request-id', reply.request.id).header('x-content-type-options', 'nosniff').header('cache-control', 'no-store');
  return reply.code(p.status).type('application/problem+json').send({ ...p, requestId: reply.request.id });
}

interface AjvError { instancePath?: string; keyword: string; params?: Record<string, unknown>; message?: string }

const label = (field: string) => field.charAt(0).toUpperCase() + field.slice(1);

/** Field messages from JSON-schema validation errors, phrased like core's `Validator`. */
export function fieldsFromValidation(errors: AjvError[], context: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const e of errors) {
    const path = (e.instancePath ?? '').split('/').filter(Boolean);
    let field = path[0] ?? '';
    if (e.keyword === 'required' && typeof e.params?.missingProperty === 'string' && path.length === 0) field = e.params.missingProperty;
    if (e.keyword === 'additionalProperties' && typeof e.params?.additionalProperty === 'string' && path.length === 0) field = e.params.additionalProperty;
    if (!field) field = context === 'body' ? 'body' : context;
    field = field.slice(0, 100);
    const name = label(field);
    let message: string;
    switch (e.keyword) {
      case 'required': message = `${name} is required`; break;
      case 'additionalProperties': message = `${JSON.stringify(field.slice(0, 100))} is not a known property`; break;
      case 'maxLength': message = `${name} must be at most ${String(e.params?.limit)} characters`; break;
      case 'maxItems': message = path.length ? `At most ${String(e.params?.limit)} ${field}` : `${name}: at most ${String(e.params?.limit)}`; break;
      case 'type': message = `${name} must be ${String(e.params?.type)}`; break;
      case 'pattern': message = e.params?.pattern === NO_NUL ? `${name} must not contain NUL characters` : `${name} is not in the expected form`; break;
      case 'enum': message = `Choose one of: ${(e.params?.allowedValues as unknown[] | undefined)?.join(', ') ?? ''}`; break;
      default: message = `${name} ${e.message ?? 'is invalid'}`;
    }
    if (path.length > 1 && path[0] === 'tags') message = `Each tag must be at most ${String(e.params?.limit)} characters`;
    fields[field] ??= message;
  }
  return fields;
}

/** Maps any thrown error to a problem: typed Confab errors, Fastify's 4xx errors, else 500. */
export function problemFromError(error: unknown, request: FastifyRequest): Problem {
  if (isConfabError(error)) {
    const extra: Partial<Problem> = {};
    if (error.code === 'validation') extra.fields = (error as { fields?: Record<string, string> }).fields ?? {};
    if (error.code === 'rate-limited') extra.retryAfter = (error as { retryAfter?: number }).retryAfter ?? 1;
    const until = (error as { restrictedUntil?: string }).restrictedUntil;
    if (error.code === 'forbidden' && until) extra.restrictedUntil = until;
    // A reused idempotency key is a client error in the request itself (422), not a state conflict.
    const status = error.name === 'IdempotencyConflictError' ? 422 : STATUS[error.code];
    return problem(status, error.code, error.message, extra);
  }
  const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (fe.validation) {
    const fields = fieldsFromValidation(fe.validation, fe.validationContext ?? 'body');
    return problem(422, 'validation', Object.values(fields).join(' '), { fields });
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = status === 404 ? 'not-found' : status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : status === 429 ? 'rate-limited' : 'bad-request';
    return problem(status, code, fe.message);
  }
  request.log.error({ err: error, requestId: request.id, method: request.method, url: request.url.slice(0, 500) }, 'request failed');
  return problem(500, 'internal', `Something went wrong on the server; quote request id ${request.id} when you report it`);
}
