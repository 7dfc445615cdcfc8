/**
 * `RestAdapter`: every area of the `Adapter` contract over the reference server's REST API
 * (`fetch`) and its Server-Sent Events stream (`EventSource`).
 *
 * - Errors: problem responses become the typed errors (see `errorFromResponse`); network failures
 *   and 5xx become `UnavailableError` (`offline` when `navigator.onLine` is false).
 * - Retries: reads and writes that fail on the network or with 5xx are retried (3 attempts,
 *   backoff from 250 ms) with the same `Idempotency-Key`; the signal aborts waiting at once.
 * - Offline outbox: a write that still fails as unavailable is kept in `storage` (localStorage by
 *   default) and sent once when the browser fires `online` (or `flushOutbox()` is called). The
 *   caller still gets the `UnavailableError` at once, so the widget can say "offline, will send";
 *   `onOutboxResult` reports each later delivery, and live events announce the change to everyone.
 *   A widget retrying the same write itself must reuse its idempotency key (then it takes effect once).
 * - Live: one `EventSource` per adapter for all subscriptions (see `LiveStream`).
 * - People: `getPerson` calls made in the same tick share one `GET /people?ids=…` request.
 * - Lazy areas: the code of each area but `identity`, `votes` and `feedback` (`./questions.ts`,
 *   `./people.ts`, …) and of the live stream loads with its first call, so a page pays only for what it uses.
 *
 * @example
 * ```ts
 * const adapter = new RestAdapter({ endpoint: '/api/v1' });
 * const page = await adapter.questions.listQuestions({ context: location.href });
 * ```
 */
import type {
  CompleteAdapter, FeedbackArea, IdeasArea, IdentityArea, LiveArea, ModerationArea, NotificationsArea, PeopleArea, QuestionsArea, RequestOptions, VotesArea, WebhooksArea, WriteOptions,
} from '../adapter.js';
import { isConfabError } from '../errors.js';
import { feedbackArea } from './feedback.js';
import { HttpClient, type HttpRequest } from './http.js';
import { lazyArea } from './lazy-area.js';
import type { LiveInit, LiveOptions, LiveStream } from './live.js';
import { Outbox, type OutboxEntry, type OutboxResult } from './outbox.js';
import { browserOffline } from './problem.js';
import { path, type RestTransport } from './transport.js';

/** How a `RestAdapter` reaches its server. */
export interface RestAdapterOptions {
  /** The API base, e.g. `/api/v1` or `http://localhost:8787/api/v1`. */
  endpoint: string;
  /** Extra headers on every request (e.g. `Authorization`); also sent on the event stream where the `EventSource` allows. */
  headers?: Record<string, string>;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
  /** The `EventSource` to use (default: the global one); without one, `live.subscribe` does nothing. */
  EventSource?: typeof EventSource;
  /** Where the offline outbox lives (default `localStorage` when present); null turns the outbox off. */
  storage?: Storage | null;
  /** `fetch` credentials (default `same-origin`; `include` for cross-origin cookie auth). */
  credentials?: RequestCredentials;
  /** Attempts per request, the first included (default 3). */
  attempts?: number;
  /** Called for each outbox entry sent later: its result, or the error that refused it. */
  onOutboxResult?: (result: OutboxResult) => void;
}

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null; // localStorage access throws in some sandboxed frames: no outbox then
  }
}

/** The reference server's adapter. */
export class RestAdapter implements CompleteAdapter {
  readonly #http: HttpClient;
  /** The live stream, loaded with the first `live.subscribe` (a page without live updates never pays for it). */
  #live?: Promise<LiveStream>;
  readonly #liveOptions: LiveOptions;
  readonly #outbox: Outbox;
  readonly #onOutboxResult: (result: OutboxResult) => void;
  /** What the lazily loaded areas send their requests through. */
  readonly #transport: RestTransport = {
    get: (p, query, options) => this.#get(p, query, options),
    read: (p, body, options) => this.#read(p, body, options),
    write: (method, p, body, options) => this.#write(method, p, body, options),
    // A JSON body, as every write sends one (the server's CSRF check).
    remove: (p, options) => this.#http.send({ method: 'DELETE', path: p, body: {}, idempotencyKey: options?.idempotencyKey ?? newKey(), signal: options?.signal }),
  };

  constructor(options: RestAdapterOptions) {
    const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
    const headers = options.headers ?? {};
    const credentials = options.credentials ?? 'same-origin';
    this.#http = new HttpClient({ endpoint: options.endpoint, headers, fetch: fetchFn, credentials, attempts: options.attempts ?? 3, backoffMs: 250 });
    const init: LiveInit = { withCredentials: credentials === 'include' };
    if (Object.keys(headers).length > 0) {
      init.fetch = (input, reqInit) => fetchFn(input, { ...reqInit, headers: { ...(reqInit?.headers as Record<string, string> | undefined), ...headers } });
    }
    this.#liveOptions = { endpoint: options.endpoint, EventSource: options.EventSource ?? globalThis.EventSource, init };
    this.#outbox = new Outbox(options.storage === undefined ? defaultStorage() : options.storage, `confab-outbox:${options.endpoint}`);
    this.#onOutboxResult = options.onOutboxResult ?? (() => {});
    if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
      window.addEventListener('online', this.#onOnline);
    }
    // Writes left from an earlier page load are sent once the page can reach the server.
    if (this.#outbox.entries().length > 0 && !browserOffline()) setTimeout(this.#onOnline, 0);
  }

  readonly #onOnline = (): void => {
    void this.flushOutbox(); // never rejects: each entry's outcome goes to `onOutboxResult`
  };

  /** Writes waiting in the offline outbox, oldest first. */
  pendingWrites(): OutboxEntry[] {
    return this.#outbox.entries();
  }

  /** Sends the offline outbox now (it is also sent on the browser's `online` event). */
  flushOutbox(): Promise<void> {
    return this.#outbox.flush(this.#http, this.#onOutboxResult);
  }

  /** Closes the live stream and stops listening for `online`. */
  close(): void {
    void this.#live?.then((stream) => stream.close());
    if (typeof window !== 'undefined' && typeof window.removeEventListener === 'function') window.removeEventListener('online', this.#onOnline);
  }

  #get<T>(p: string, query?: HttpRequest['query'], options?: RequestOptions): Promise<T> {
    return this.#http.send<T>({ method: 'GET', path: p, query, signal: options?.signal });
  }

  #read<T>(p: string, body: unknown, options?: RequestOptions): Promise<T> {
    return this.#http.send<T>({ method: 'POST', path: p, body, signal: options?.signal });
  }

  async #write<T>(method: 'POST' | 'PUT' | 'PATCH', p: string, body: unknown, options?: WriteOptions): Promise<T> {
    const idempotencyKey = options?.idempotencyKey ?? newKey();
    try {
      return await this.#http.send<T>({ method, path: p, body, idempotencyKey, signal: options?.signal });
    } catch (error) {
      if (isConfabError(error) && error.code === 'unavailable') this.#outbox.add({ method, path: p, body, idempotencyKey, at: new Date().toISOString() });
      throw error;
    }
  }

  /** Who is signed in. */
  readonly identity: IdentityArea = {
    currentUser: (options) => this.#get('/me', undefined, options),
  };

  /** Questions and answers: `/questions` (`./questions.ts`). */
  readonly questions: QuestionsArea = lazyArea<QuestionsArea>(() => import('./questions.js').then((m) => m.questionsArea(this.#transport)));

  /** Up-votes: `/votes/:kind/:id`. */
  readonly votes: VotesArea = {
    setVote: (target, on, options) => this.#write('PUT', path('votes', target.kind, target.id), { on }, options),
  };

  /** Campaigns, ideas and comments: `/campaigns`, `/ideas` (`./ideas.ts`). */
  readonly ideas: IdeasArea = lazyArea<IdeasArea>(() => import('./ideas.js').then((m) => m.ideasArea(this.#transport)));

  /** People and endorsements: `/people` (`./people.ts`); `getPerson` calls of one tick share one request. */
  readonly people: PeopleArea = lazyArea<PeopleArea>(() => import('./people.js').then((m) => m.peopleArea(this.#transport)));

  /** Feedback and the owner's side of it: `/feedback` (`./feedback.ts`; not lazy: the feedback prompt is on most pages). */
  readonly feedback: FeedbackArea = feedbackArea(this.#transport);

  /** Issue 15: notifications, preferences and following (`./notifications.ts`). */
  readonly notifications: NotificationsArea = lazyArea<NotificationsArea>(() => import('./notifications.js').then((m) => m.notificationsArea(this.#transport)));

  /** Issue 13: edit and delete, reports, the review queue, staff notes and the audit log (`./moderation.ts`). */
  readonly moderation: ModerationArea = lazyArea<ModerationArea>(() => import('./moderation.js').then((m) => m.moderationArea(this.#transport)));

  /** Issue 15: signed webhooks, for admins: `/webhooks` (`./webhooks.ts`). */
  readonly webhooks: WebhooksArea = lazyArea<WebhooksArea>(() => import('./webhooks.js').then((m) => m.webhooksArea(this.#transport)));

  /**
   * Live changes: every subscription shares this adapter's one event stream (see `LiveStream`).
   * The stream's code loads with the first subscription; the subscription counts from the call
   * (the first connection asks for the events since then), so nothing written meanwhile is missed.
   */
  readonly live: LiveArea = {
    subscribe: (scopes, listener, options) => {
      const since = Date.now();
      let off: (() => void) | undefined;
      let cancelled = false;
      this.#stream().then(
        (stream) => { if (!cancelled) off = stream.subscribe(scopes, listener, options, since); },
        (error: unknown) => console.warn('Confab RestAdapter: the live stream could not load; live updates are off.', error),
      );
      return () => {
        cancelled = true;
        off?.();
      };
    },
  };

  #stream(): Promise<LiveStream> {
    return (this.#live ??= import('./live.js').then(
      ({ LiveStream }) => new LiveStream(this.#liveOptions),
      (error: unknown) => {
        this.#live = undefined; // tried again with the next subscription
        throw error;
      },
    ));
  }
}
