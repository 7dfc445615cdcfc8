/** Sends one signed delivery over HTTP(S), connecting only to an address the SSRF guard allowed; redirects are not followed. */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { webhooks } from '@confab/core/domain';
import { guardedLookup, literalRefused } from './ssrf.js';
import { signedHeaders } from './sign.js';

/** What `send` needs. */
export interface Outgoing {
  id: string;
  url: string;
  secrets: string[];
  payload: string;
}

/** Posts the payload with its Standard Webhooks headers; resolves with the receiver's status, or the reason it never answered. */
export function send(out: Outgoing, options: { allowPrivate: boolean; timeoutMs: number; now: number }): Promise<webhooks.AttemptResult> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  let url: URL;
  try { url = new URL(out.url); } catch { return Promise.resolve({ responseStatus: null, durationMs: 0, error: 'The URL is malformed' }); }
  const refused = literalRefused(url, options.allowPrivate);
  if (refused) return Promise.resolve({ responseStatus: null, durationMs: 0, error: refused });
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Confab-Webhooks/1',
    ...signedHeaders(out.secrets, out.id, Math.floor(options.now / 1000), out.payload),
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let done = false;
    const finish = (result: webhooks.AttemptResult) => { if (!done) { done = true; resolve(result); } };
    const req = request(url, {
      method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(out.payload) }, timeout: options.timeoutMs,
      lookup: guardedLookup(options.allowPrivate) as never,
    }, (res) => {
      // The answer's body is not needed; read (and drop) at most 64 KiB of it.
      let size = 0;
      res.on('data', (chunk: Buffer) => { size += chunk.length; if (size > 65_536) res.destroy(); });
      const end = () => finish({ responseStatus: res.statusCode ?? null, durationMs: took(), error: null });
      res.on('end', end);
      res.on('close', end);
      res.on('error', end);
    });
    req.on('timeout', () => req.destroy(new Error(`No answer within ${options.timeoutMs} ms`)));
    req.on('error', (error) => finish({ responseStatus: null, durationMs: took(), error: error.message.slice(0, 300) }));
    req.end(out.payload);
  });
}
