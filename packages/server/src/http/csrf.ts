/**
 * CSRF protection for writes: a write must send `Content-Type: application/json` (a cross-site
 * form cannot), and a write carried by ambient credentials (cookies, proxy headers) must come from
 * the same origin or an allowed one (`Origin`, else `Sec-Fetch-Site`).
 */
import { ForbiddenError } from '@confab/core';
import type { FastifyRequest } from 'fastify';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Thrown for a write whose body is not JSON (415). */
export class UnsupportedMediaType extends Error {
  readonly statusCode = 415;
  constructor() {
    super('Writes must send Content-Type: application/json');
  }
}

/** Whether a request is a write. */
export function isWrite(request: FastifyRequest): boolean {
  return UNSAFE.has(request.method);
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Throws when a write must be refused; returns quietly otherwise. */
export function checkWrite(request: FastifyRequest, ambient: boolean, allowedOrigins: string[]): void {
  if (!isWrite(request)) return;
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new UnsupportedMediaType();
  if (!ambient) return;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (sameHost(origin, request.headers.host) || allowedOrigins.includes(origin)) return;
    throw new ForbiddenError('Cross-site writes are not allowed');
  }
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw new ForbiddenError('Cross-site writes are not allowed');
}
