/**
 * Signed unsubscribe tokens: `<payload>.<signature>`, both base64url, the signature an
 * HMAC-SHA256 of the payload with a secret kept in the database (so every replica agrees and a
 * restart keeps old links working). A token names a person and what to stop: one notification
 * type, the digest, or all mail.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_TYPES, type NotificationType } from '@confab/core';

/** What an unsubscribe link stops. */
export type UnsubscribeScope = NotificationType | 'digest' | 'all';

export interface UnsubscribeClaim {
  person: string;
  scope: UnsubscribeScope;
}

const isScope = (s: unknown): s is UnsubscribeScope =>
  s === 'digest' || s === 'all' || (typeof s === 'string' && (NOTIFICATION_TYPES as readonly string[]).includes(s));

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** A token for `claim`, signed with `secret`. */
export function signUnsubscribe(secret: string, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(JSON.stringify({ p: claim.person, s: claim.scope })).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The claim of a token signed with `secret`, or null when it is malformed or its signature does not match. */
export function verifyUnsubscribe(secret: string, token: string): UnsubscribeClaim | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { p?: unknown; s?: unknown };
    if (typeof data.p !== 'string' || !data.p || !isScope(data.s)) return null;
    return { person: data.p, scope: data.s };
  } catch {
    return null;
  }
}
