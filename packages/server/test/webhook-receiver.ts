/** Test support for webhooks: an independent Standard Webhooks verifier and a real loopback receiver. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Standard Webhooks verification, written from the specification (not from the server's code):
 * the signed content is `${webhook-id}.${webhook-timestamp}.${body}`, the key is the base64 part
 * of `whsec_…`, and `webhook-signature` holds space-separated `v1,<base64 HMAC-SHA256>` entries;
 * one matching entry is enough. The timestamp must be within five minutes of `nowSeconds`.
 */
export function verify(secret: string, headers: IncomingHttpHeaders, body: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',');
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export interface Received { headers: IncomingHttpHeaders; body: string; status: number }

/** A real HTTP receiver on loopback; `answer` chooses each response's status. */
export async function receiver(answer: (n: number) => number = () => 200) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => { body += c; });
    req.on('end', () => {
      const status = state.answer(received.length);
      received.push({ headers: req.headers, body, status });
      res.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  const state = { answer };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return {
    url, received, state,
    /** Requests answered 2xx, per webhook-id. */
    deliveredIds: () => received.filter((r) => r.status < 300).map((r) => r.headers['webhook-id'] as string),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

