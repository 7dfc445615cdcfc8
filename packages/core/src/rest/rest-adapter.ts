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
 *
 * @example
 * ```ts
 * const adapter = new RestAdapter({ endpoint: '/api/v1' });
 * const page = await adapter.questions.listQuestions({ context: location.href });
 * ```
 */
import type {
  CompleteAdapter, FeedbackArea, IdeasArea, IdentityArea, LiveArea, NotificationsArea, PeopleArea, QuestionsArea, RequestOptions, VotesArea, WriteOptions,
} from '../adapter.js';
import { isConfabError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { Person } from '../types.js';
import { HttpClient, type HttpRequest } from './http.js';
import { LiveStream, type LiveInit } from './live.js';
import { Outbox, type OutboxEntry, type OutboxResult } from './outbox.js';
import type { PeopleBatcher } from './people-batcher.js';
import { browserOffline } from './problem.js';
import { webhooksArea } from './webhooks.js';
import type { WebhooksArea } from '../adapter.js';
import { moderationArea } from './moderation.js';
import type { ModerationArea } from '../adapter.js';

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

const path = (...parts: string[]) => `/${parts.map(encodeURIComponent).join('/')}`;

/** The reference server's adapter. */
export class RestAdapter implements CompleteAdapter {
  readonly #http: HttpClient;
  readonly #live: LiveStream;
  readonly #outbox: Outbox;
  /** The `getPerson` batcher, loaded with the first `getPerson` (a page without people never pays for it). */
  #people?: Promise<PeopleBatcher>;
  readonly #onOutboxResult: (result: OutboxResult) => void;

  constructor(options: RestAdapterOptions) {
    const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
    const headers = options.headers ?? {};
    const credentials = options.credentials ?? 'same-origin';
    this.#http = new HttpClient({ endpoint: options.endpoint, headers, fetch: fetchFn, credentials, attempts: options.attempts ?? 3, backoffMs: 250 });
    const init: LiveInit = { withCredentials: credentials === 'include' };
    if (Object.keys(headers).length > 0) {
      init.fetch = (input, reqInit) => fetchFn(input, { ...reqInit, headers: { ...(reqInit?.headers as Record<string, string> | undefined), ...headers } });
    }
    this.#live = new LiveStream({ endpoint: options.endpoint, EventSource: options.EventSource ?? globalThis.EventSource, init });
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
    this.#live.close();
    if (typeof window !== 'undefined' && typeof window.removeEventListener === 'function') window.removeEventListener('online', this.#onOnline);
  }

  #batcher(): Promise<PeopleBatcher> {
    return (this.#people ??= import('./people-batcher.js').then(
      ({ PeopleBatcher }) => new PeopleBatcher((ids) => this.#get<Person[]>('/people', { ids: ids.join(',') })),
      (error: unknown) => {
        this.#people = undefined; // tried again with the next call
        throw error;
      },
    ));
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

  /** Questions and answers: `/questions`. */
  readonly questions: QuestionsArea = {
    listQuestions: ({ tags, ...rest }, options) => this.#get('/questions', { ...rest, tag: tags }, options),
    getQuestion: (id, options) => this.#get(path('questions', id), undefined, options),
    askQuestion: (input, options) => this.#write('POST', '/questions', input, options),
    answerQuestion: (id, input, options) => this.#write('POST', `${path('questions', id)}/answers`, input, options),
    acceptAnswer: (id, answerId, options) => this.#write('PUT', `${path('questions', id)}/accepted`, { answerId }, options),
    similarQuestions: (text, query, options) => this.#read('/questions/similar', { text, ...query }, options),
    routeQuestion: (id, personIds, options) => this.#write('POST', `${path('questions', id)}/routes`, { personIds }, options),
  };

  /** Up-votes: `/votes/:kind/:id`. */
  readonly votes: VotesArea = {
    setVote: (target, on, options) => this.#write('PUT', path('votes', target.kind, target.id), { on }, options),
  };

  /** Campaigns, ideas and comments: `/campaigns`, `/ideas`; a null campaign is sent as `campaign=none`. */
  readonly ideas: IdeasArea = {
    listCampaigns: (query, options) => this.#get('/campaigns', query?.status ? { status: query.status } : undefined, options),
    getCampaign: (id, options) => this.#get(path('campaigns', id), undefined, options),
    createCampaign: (input, options) => this.#write('POST', '/campaigns', input, options),
    updateCampaign: (id, input, options) => this.#write('PATCH', path('campaigns', id), input, options),
    closeCampaign: (id, options) => this.#write('POST', `${path('campaigns', id)}/close`, {}, options),
    listIdeas: (query, options) => this.#get('/ideas', { ...query, campaign: query.campaign === null ? 'none' : query.campaign }, options),
    similarIdeas: (text, query, options) => this.#read('/ideas/similar', { text, ...query }, options),
    submitIdea: (input, options) => this.#write('POST', '/ideas', input, options),
    getIdea: (id, options) => this.#get(path('ideas', id), undefined, options),
    listComments: (id, query, options) => this.#get(`${path('ideas', id)}/comments`, { ...query }, options),
    addComment: (id, input, options) => this.#write('POST', `${path('ideas', id)}/comments`, input, options),
    changeIdeaStatus: (id, input, options) => this.#write('PUT', `${path('ideas', id)}/status`, input, options),
  };

  /** People and endorsements: `/people`; `getPerson` calls of one tick share one request. */
  readonly people: PeopleArea = {
    getPerson: async (id, options) => (await this.#batcher()).get(id, options?.signal),
    getPeople: async (ids, options) => {
      const unique = [...new Set(ids)];
      const out: Person[] = [];
      for (let i = 0; i < unique.length; i += LIMITS.pageSize) {
        out.push(...await this.#get<Person[]>('/people', { ids: unique.slice(i, i + LIMITS.pageSize).join(',') }, options));
      }
      return out;
    },
    searchPeople: (query, options) => this.#get('/people', { ...query }, options),
    suggestExperts: (query, options) => this.#read('/experts/suggest', query, options),
    endorse: (id, skill, on, options) => this.#write('PUT', `${path('people', id)}/endorsements/${encodeURIComponent(skill)}`, { on }, options),
    // Self-service profiles and the skill vocabulary: `PATCH /people/:id`, `/skills`.
    updateProfile: (id, input, options) => this.#write('PATCH', path('people', id), input, options),
    listSkills: (query, options) => this.#get('/skills', { ...query }, options),
    mergeSkills: (from, into, options) => this.#write('POST', '/skills/merge', { from, into }, options),
    setRoles: (id, roles, options) => this.#write('PUT', `${path('people', id)}/roles`, { roles }, options),
  };

  /** Feedback and the owner's side of it: `/feedback`. */
  readonly feedback: FeedbackArea = {
    sendFeedback: (input, options) => this.#write('POST', '/feedback', input, options),
    myFeedback: (subject, options) => this.#get('/feedback/mine', { subject }, options),
    feedbackSummary: (subject, options) => this.#get('/feedback/summary', { subject }, options),
    listFeedback: (query, options) => this.#get('/feedback', { ...query }, options),
    respondToFeedback: (id, input, options) => this.#write('POST', `${path('feedback', id)}/response`, input, options),
    setFeedbackState: (id, state, options) => this.#write('PUT', `${path('feedback', id)}/state`, { state }, options),
  };

  /** Issue 15: notifications, preferences and following. */
  readonly notifications: NotificationsArea = {
    list: ({ unread, ...rest } = {}, options) => this.#get('/notifications', { ...rest, unread: unread === undefined ? undefined : String(unread) }, options),
    unreadCount: async (options) => (await this.#get<{ count: number }>('/notifications/unread', undefined, options)).count,
    markRead: async (ids, options) => (await this.#write<{ unread: number }>('POST', '/notifications/read', { ids }, options)).unread,
    preferences: (options) => this.#get('/notifications/preferences', undefined, options),
    setPreferences: (input, options) => this.#write('PUT', '/notifications/preferences', input, options),
    follow: async (target, on, options) => (await this.#write<{ following: boolean }>('PUT', path('follows', target.kind, target.id), { on }, options)).following,
    following: async (target, options) => (await this.#get<{ following: boolean }>(path('follows', target.kind, target.id), undefined, options)).following,
  };

  /** Issue 13: edit and delete, reports, the review queue, staff notes and the audit log (`./moderation.ts`). */
  readonly moderation: ModerationArea = moderationArea({
    get: (p, query, options) => this.#get(p, query, options),
    write: (method, p, body, options) => this.#write(method, p, body, options),
  });

  /** Issue 15: signed webhooks, for admins: `/webhooks` (`./webhooks.ts`). */
  readonly webhooks: WebhooksArea = webhooksArea({
    get: (p, query, options) => this.#get(p, query, options),
    write: (method, p, body, options) => this.#write(method, p, body, options),
    // A JSON body, as every write sends one (the server's CSRF check).
    remove: (p, options) => this.#http.send({ method: 'DELETE', path: p, body: {}, idempotencyKey: options?.idempotencyKey ?? newKey(), signal: options?.signal }),
  });

  /** Live changes: every subscription shares this adapter's one event stream (see `LiveStream`). */
  readonly live: LiveArea = {
    subscribe: (scopes, listener, options) => this.#live.subscribe(scopes, listener, options),
  };
}
