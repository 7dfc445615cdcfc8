/**
 * `RestAdapter`: the `Adapter` contract over the reference server's REST API (`fetch`) and its
 * Server-Sent Events stream (`EventSource`).
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
 * const page = await adapter.listQuestions({ context: location.href });
 * ```
 */
import type {
  Adapter, AskInput, ChangeListener, ExpertQuery, FeedbackInput, FeedbackQuery, IdeaInput, IdeaQuery, PageQuery,
  PeopleQuery, QuestionQuery, RequestOptions, SimilarQuery, WriteOptions,
} from '../adapter.js';
import { isConfabError } from '../errors.js';
import type {
  Answer, Campaign, Comment, Feedback, FeedbackState, FeedbackSummary, Id, Idea, IdeaStatus, Page, Person, Question,
  QuestionThread, RankedPerson, User, VoteState, VoteTarget,
} from '../types.js';
import { HttpClient, type HttpRequest } from './http.js';
import { LiveStream, type LiveInit } from './live.js';
import { Outbox, type OutboxEntry, type OutboxResult } from './outbox.js';
import { PeopleBatcher } from './people-batcher.js';
import { browserOffline } from './problem.js';

/** How a `RestAdapter` reaches its server. */
export interface RestAdapterOptions {
  /** The API base, e.g. `/api/v1` or `http://localhost:8787/api/v1`. */
  endpoint: string;
  /** Extra headers on every request (e.g. `Authorization`); also sent on the event stream where the `EventSource` allows. */
  headers?: Record<string, string>;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
  /** The `EventSource` to use (default: the global one); without one, `subscribe` does nothing. */
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
export class RestAdapter implements Adapter {
  readonly #http: HttpClient;
  readonly #live: LiveStream;
  readonly #outbox: Outbox;
  readonly #people: PeopleBatcher;
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
    this.#people = new PeopleBatcher((ids) => this.#get<Person[]>('/people', { ids: ids.join(',') }));
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

  #get<T>(p: string, query?: HttpRequest['query'], options?: RequestOptions): Promise<T> {
    return this.#http.send<T>({ method: 'GET', path: p, query, signal: options?.signal });
  }

  #read<T>(p: string, body: unknown, options?: RequestOptions): Promise<T> {
    return this.#http.send<T>({ method: 'POST', path: p, body, signal: options?.signal });
  }

  async #write<T>(method: 'POST' | 'PUT', p: string, body: unknown, options?: WriteOptions): Promise<T> {
    const idempotencyKey = options?.idempotencyKey ?? newKey();
    try {
      return await this.#http.send<T>({ method, path: p, body, idempotencyKey, signal: options?.signal });
    } catch (error) {
      if (isConfabError(error) && error.code === 'unavailable') this.#outbox.add({ method, path: p, body, idempotencyKey, at: new Date().toISOString() });
      throw error;
    }
  }

  /** See `Adapter.currentUser`. */
  currentUser(options?: RequestOptions): Promise<User | null> {
    return this.#get('/me', undefined, options);
  }

  /** See `Adapter.listQuestions`. */
  listQuestions(query: QuestionQuery, options?: RequestOptions): Promise<Page<Question>> {
    const { tags, ...rest } = query;
    return this.#get('/questions', { ...rest, tag: tags }, options);
  }

  /** See `Adapter.getQuestion`. */
  getQuestion(id: Id, options?: RequestOptions): Promise<QuestionThread> {
    return this.#get(path('questions', id), undefined, options);
  }

  /** See `Adapter.askQuestion`. */
  askQuestion(input: AskInput, options?: WriteOptions): Promise<Question> {
    return this.#write('POST', '/questions', input, options);
  }

  /** See `Adapter.answerQuestion`. */
  answerQuestion(questionId: Id, input: { body: string }, options?: WriteOptions): Promise<Answer> {
    return this.#write('POST', `${path('questions', questionId)}/answers`, input, options);
  }

  /** See `Adapter.acceptAnswer`. */
  acceptAnswer(questionId: Id, answerId: Id | null, options?: WriteOptions): Promise<QuestionThread> {
    return this.#write('PUT', `${path('questions', questionId)}/accepted`, { answerId }, options);
  }

  /** See `Adapter.similarQuestions`. */
  similarQuestions(text: string, query?: SimilarQuery, options?: RequestOptions): Promise<Question[]> {
    return this.#read('/questions/similar', { text, ...query }, options);
  }

  /** See `Adapter.routeQuestion`. */
  routeQuestion(questionId: Id, personIds: Id[], options?: WriteOptions): Promise<Question> {
    return this.#write('POST', `${path('questions', questionId)}/routes`, { personIds }, options);
  }

  /** See `Adapter.setVote`. */
  setVote(target: VoteTarget, on: boolean, options?: WriteOptions): Promise<VoteState> {
    return this.#write('PUT', path('votes', target.kind, target.id), { on }, options);
  }

  /** See `Adapter.listCampaigns`. */
  listCampaigns(options?: RequestOptions): Promise<Campaign[]> {
    return this.#get('/campaigns', undefined, options);
  }

  /** See `Adapter.getCampaign`. */
  getCampaign(id: Id, options?: RequestOptions): Promise<Campaign> {
    return this.#get(path('campaigns', id), undefined, options);
  }

  /** See `Adapter.listIdeas`; a null campaign is sent as `campaign=none`. */
  listIdeas(query: IdeaQuery, options?: RequestOptions): Promise<Page<Idea>> {
    return this.#get('/ideas', { ...query, campaign: query.campaign === null ? 'none' : query.campaign }, options);
  }

  /** See `Adapter.similarIdeas`. */
  similarIdeas(text: string, query?: { campaign?: Id | null; limit?: number }, options?: RequestOptions): Promise<Idea[]> {
    return this.#read('/ideas/similar', { text, ...query }, options);
  }

  /** See `Adapter.submitIdea`. */
  submitIdea(input: IdeaInput, options?: WriteOptions): Promise<Idea> {
    return this.#write('POST', '/ideas', input, options);
  }

  /** See `Adapter.getIdea`. */
  getIdea(id: Id, options?: RequestOptions): Promise<Idea> {
    return this.#get(path('ideas', id), undefined, options);
  }

  /** See `Adapter.listComments`. */
  listComments(ideaId: Id, query?: PageQuery, options?: RequestOptions): Promise<Page<Comment>> {
    return this.#get(`${path('ideas', ideaId)}/comments`, { ...query }, options);
  }

  /** See `Adapter.addComment`. */
  addComment(ideaId: Id, input: { body: string }, options?: WriteOptions): Promise<Comment> {
    return this.#write('POST', `${path('ideas', ideaId)}/comments`, input, options);
  }

  /** See `Adapter.changeIdeaStatus`. */
  changeIdeaStatus(ideaId: Id, input: { status: IdeaStatus; note: string }, options?: WriteOptions): Promise<Idea> {
    return this.#write('PUT', `${path('ideas', ideaId)}/status`, input, options);
  }

  /** See `Adapter.getPerson`; batched with the other look-ups of this tick. */
  getPerson(id: Id, options?: RequestOptions): Promise<Person> {
    return this.#people.get(id, options?.signal);
  }

  /** See `Adapter.getPeople`. */
  async getPeople(ids: Id[], options?: RequestOptions): Promise<Person[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const out: Person[] = [];
    for (let i = 0; i < unique.length; i += 100) {
      out.push(...await this.#get<Person[]>('/people', { ids: unique.slice(i, i + 100).join(',') }, options));
    }
    return out;
  }

  /** See `Adapter.searchPeople`. */
  searchPeople(query: PeopleQuery, options?: RequestOptions): Promise<Page<RankedPerson>> {
    return this.#get('/people', { ...query }, options);
  }

  /** See `Adapter.suggestExperts`. */
  suggestExperts(query: ExpertQuery, options?: RequestOptions): Promise<RankedPerson[]> {
    return this.#read('/experts/suggest', query, options);
  }

  /** See `Adapter.endorse`. */
  endorse(personId: Id, skill: string, on: boolean, options?: WriteOptions): Promise<Person> {
    return this.#write('PUT', `${path('people', personId)}/endorsements/${encodeURIComponent(skill)}`, { on }, options);
  }

  /** See `Adapter.sendFeedback`. */
  sendFeedback(input: FeedbackInput, options?: WriteOptions): Promise<Feedback> {
    return this.#write('POST', '/feedback', input, options);
  }

  /** See `Adapter.myFeedback`. */
  myFeedback(subject: string, options?: RequestOptions): Promise<Feedback | null> {
    return this.#get('/feedback/mine', { subject }, options);
  }

  /** See `Adapter.feedbackSummary`. */
  feedbackSummary(subject: string | null, options?: RequestOptions): Promise<FeedbackSummary> {
    return this.#get('/feedback/summary', { subject }, options);
  }

  /** See `Adapter.listFeedback`. */
  listFeedback(query: FeedbackQuery, options?: RequestOptions): Promise<Page<Feedback>> {
    return this.#get('/feedback', { ...query }, options);
  }

  /** See `Adapter.respondToFeedback`. */
  respondToFeedback(id: Id, input: { body: string }, options?: WriteOptions): Promise<Feedback> {
    return this.#write('POST', `${path('feedback', id)}/response`, input, options);
  }

  /** See `Adapter.setFeedbackState`. */
  setFeedbackState(id: Id, state: FeedbackState, options?: WriteOptions): Promise<Feedback> {
    return this.#write('PUT', `${path('feedback', id)}/state`, { state }, options);
  }

  /** See `Adapter.subscribe`: every subscription shares this adapter's one event stream. */
  subscribe(scopes: string[], listener: ChangeListener): () => void {
    return this.#live.subscribe(scopes, listener);
  }
}
