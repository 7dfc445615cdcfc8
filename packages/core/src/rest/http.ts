/**
 * The adapter's HTTP client: JSON in and out, typed errors from problem responses, and bounded
 * retries with backoff for network failures and 5xx responses (writes keep their idempotency key,
 * so a retried write takes effect once). Aborting the signal stops waiting and retrying at once.
 */
import { UnavailableError, isConfabError } from '../errors.js';
import { browserOffline, errorFromResponse, type ProblemBody } from './problem.js';

/** One request. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A path under the endpoint, e.g. `/questions`. */
  path: string;
  query?: Record<string, string | string[] | number | undefined | null>;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** How the client talks to the server. */
export interface HttpOptions {
  endpoint: string;
  headers: Record<string, string>;
  fetch: typeof fetch;
  credentials: RequestCredentials;
  /** Attempts in all, the first included (default 3). */
  attempts: number;
  /** The first backoff delay in ms; doubled each time, with jitter (default 250). */
  backoffMs: number;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Waits `ms`, or rejects with an `AbortError` when `signal` aborts. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const onAbort = () => { clearTimeout(timer); reject(abortError()); };
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The URL of `path` under `endpoint` with a query string (lists become repeated parameters). */
export function urlOf(endpoint: string, path: string, query?: HttpRequest['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const qs = params.toString();
  return `${endpoint.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
}

/** Sends requests for one adapter. */
export class HttpClient {
  constructor(private readonly options: HttpOptions) {}

  /** Sends once, without retrying; throws typed errors (network failures as `UnavailableError`). */
  async once<T>(req: HttpRequest): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...this.options.headers };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    if (req.idempotencyKey) headers['idempotency-key'] = req.idempotencyKey;
    let response: Response;
    try {
      response = await this.options.fetch(urlOf(this.options.endpoint, req.path, req.query), {
        method: req.method, headers, credentials: this.options.credentials, signal: req.signal,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
      });
    } catch (error) {
      if (req.signal?.aborted) throw abortError();
      throw new UnavailableError(browserOffline() ? 'You are offline' : 'The server cannot be reached', browserOffline(), { cause: error });
    }
    const text = await response.text();
    if (response.ok) return (text ? JSON.parse(text) : null) as T;
    let body: ProblemBody = {};
    try {
      body = text ? (JSON.parse(text) as ProblemBody) : {};
    } catch {
      body = { detail: text.slice(0, 200) };
    }
    throw errorFromResponse(response.status, response.headers.get('retry-after'), body);
  }

  /** Sends with retries: network failures and 5xx are tried again (bounded, with backoff). */
  async send<T>(req: HttpRequest): Promise<T> {
    let attempt = 0;
    for (;;) {
      try {
        return await this.once<T>(req);
      } catch (error) {
        attempt++;
        const retryable = isConfabError(error) && error.code === 'unavailable' && !browserOffline();
        if (!retryable || attempt >= this.options.attempts) throw error;
        const wait = this.options.backoffMs * 2 ** (attempt - 1);
        await delay(wait / 2 + Math.random() * wait / 2, req.signal);
      }
    }
  }
}
