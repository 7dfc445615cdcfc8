/**
 * Standard Webhooks signing (https://www.standardwebhooks.com/): `webhook-signature` is
 * `v1,` + base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`, keyed with the base64-decoded part
 * of a `whsec_` secret; during a rotation each secret signs and the signatures are space-separated.
 */
import { createHmac } from 'node:crypto';

/** The key of a `whsec_…` secret. */
export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}

/** One `v1,` signature. */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The three headers of a delivery: `timestamp` in seconds; one signature per secret. */
export function signedHeaders(secrets: string[], id: string, timestamp: number, body: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => sign(s, id, timestamp, body)).join(' '),
  };
}
