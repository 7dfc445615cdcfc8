import type {
  Adapter, AskInput, ChangeListener, ExpertQuery, FeedbackInput, FeedbackQuery, IdeaInput, IdeaQuery, PageQuery,
  PeopleQuery, QuestionQuery, RequestOptions, SimilarQuery, WriteOptions,
} from '../adapter.js';
import { NotFoundError, UnauthenticatedError, UnavailableError, type ConfabError } from '../errors.js';
import type { Seed } from '../seed.js';
import type {
  Answer, Campaign, Comment, Feedback, FeedbackState, FeedbackSummary, Id, Idea, IdeaStatus, Page, Person, Question,
  QuestionThread, RankedPerson, User, VoteState, VoteTarget,
} from '../types.js';
import type { Ctx, WriteCtx } from './context.js';
import * as feedback from './feedback.js';
import { once } from './idempotency.js';
import * as ideas from './ideas.js';
import * as people from './people.js';
import * as questions from './questions.js';
import { Store } from './store.js';
import { setVote } from './votes.js';
import { userView } from './views.js';

/** How a `MemoryAdapter` starts. */
export interface MemoryAdapterOptions {
  /** The data to start with; without it the adapter is empty but for one member, `me`. */
  seed?: Seed;
  /** Milliseconds every call waits before it answers (for stories of loading states). */
  latency?: number;
  /** Who is signed in: defaults to the seed's `currentUser`, else its first person. */
  user?: string;
  /** The clock, in ms since the epoch; tests of trending pass a fixed one. */
  now?: () => number;
}

/** One logged adapter call. */
export interface MemoryAdapterCall {
  method: string;
  args: unknown[];
}

const DEFAULT_SEED: Seed = { currentUser: 'me', people: [{ id: 'me', name: 'You', roles: ['member'], availability: 'available' }] };

/** Hands a shared store to the constructor while `as()` makes a sibling adapter. */
let sharedStore: Store | null = null;

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const onAbort = () => { clearTimeout(timer); reject(abortError()); };
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The `Adapter` in memory: for stories, tests and demos without a server. It keeps the whole
 * contract (paging, votes, permissions, validation, idempotency, live events) and adds test
 * controls: `latency`, `offline`, `failNext()`, a `calls` log, and `as()`/`actAs()` to act as
 * other people on the same data.
 *
 * @example
 * ```ts
 * const ana = new MemoryAdapter({ seed, user: 'ana' });
 * const ben = ana.as('ben'); // same data, live events included
 * ben.subscribe(['all'], (e) => console.log(e.type));
 * await ana.askQuestion({ context: location.href, title: 'Where is the style guide?' });
 * ```
 */
export class MemoryAdapter implements Adapter {
  /** Milliseconds every call waits; aborting the call's signal rejects with an `AbortError`. */
  latency: number;
  /** While true, every call rejects with `UnavailableError('Offline', true)`. */
  offline = false;
  /** Every method called on this adapter, in order, with its arguments. */
  readonly calls: MemoryAdapterCall[] = [];
  readonly #store: Store;
  #userId: string | null;
  #failures: { error: ConfabError; times: number }[] = [];

  constructor(options: MemoryAdapterOptions = {}) {
    this.latency = options.latency ?? 0;
    if (sharedStore) {
      this.#store = sharedStore;
      this.#userId = options.user ?? null;
      return;
    }
    const seed = options.seed ?? DEFAULT_SEED;
    this.#store = new Store(options.now ?? Date.now);
    this.#store.load(seed);
    this.#userId = options.user ?? seed.currentUser ?? seed.people[0]?.id ?? null;
    if (this.#userId !== null && !this.#store.people.has(this.#userId)) throw new NotFoundError(`No person "${this.#userId}" in the seed`);
  }

  /** Another adapter acting as `userId` (null: signed out) on the same data and live events. */
  as(userId: Id | null): MemoryAdapter {
    sharedStore = this.#store;
    try {
      const other = new MemoryAdapter({ latency: this.latency });
      other.actAs(userId);
      return other;
    } finally {
      sharedStore = null;
    }
  }

  /** Switches this adapter to act as `userId`, or signs out with null. Throws `NotFoundError` for an unknown person. */
  actAs(userId: Id | null): void {
    if (userId !== null && !this.#store.people.has(userId)) throw new NotFoundError(`No person "${userId}"`);
    this.#userId = userId;
  }

  /** Makes the next `times` calls reject with `error`. */
  failNext(error: ConfabError, times = 1): void {
    this.#failures.push({ error, times });
  }

  #ctx(): Ctx {
    return { store: this.#store, user: this.#userId === null ? null : this.#store.people.get(this.#userId) ?? null };
  }

  async #call<T>(method: string, args: unknown[], signal: AbortSignal | undefined, run: (ctx: Ctx) => T): Promise<T> {
    this.calls.push({ method, args });
    await wait(this.latency, signal);
    if (this.offline) throw new UnavailableError('Offline', true);
    const failure = this.#failures[0];
    if (failure) {
      if (--failure.times <= 0) this.#failures.shift();
      throw failure.error;
    }
    return structuredClone(run(this.#ctx()));
  }

  #write<T>(method: string, input: unknown[], options: WriteOptions | undefined, run: (ctx: WriteCtx) => T): Promise<T> {
    return this.#call(method, [...input, options], options?.signal, (ctx) => {
      const user = ctx.user;
      if (!user) throw new UnauthenticatedError();
      return once(ctx.store, user.id, options?.idempotencyKey, method, input, () => run({ store: ctx.store, user }));
    });
  }

  /** The signed-in user, or null. */
  currentUser(options?: RequestOptions): Promise<User | null> {
    return this.#call('currentUser', [options], options?.signal, (ctx) => (ctx.user ? userView(ctx.user) : null));
  }

  /** See `Adapter.listQuestions`; sorts as documented on `questions.listQuestions`. */
  listQuestions(query: QuestionQuery, options?: RequestOptions): Promise<Page<Question>> {
    return this.#call('listQuestions', [query, options], options?.signal, (ctx) => questions.listQuestions(ctx, query ?? {}));
  }

  /** See `Adapter.getQuestion`. */
  getQuestion(id: Id, options?: RequestOptions): Promise<QuestionThread> {
    return this.#call('getQuestion', [id, options], options?.signal, (ctx) => questions.getQuestion(ctx, id));
  }

  /** See `Adapter.askQuestion`. */
  askQuestion(input: AskInput, options?: WriteOptions): Promise<Question> {
    return this.#write('askQuestion', [input], options, (ctx) => questions.askQuestion(ctx, input ?? {}));
  }

  /** See `Adapter.answerQuestion`. */
  answerQuestion(questionId: Id, input: { body: string }, options?: WriteOptions): Promise<Answer> {
    return this.#write('answerQuestion', [questionId, input], options, (ctx) => questions.answerQuestion(ctx, questionId, input));
  }

  /** See `Adapter.acceptAnswer`. */
  acceptAnswer(questionId: Id, answerId: Id | null, options?: WriteOptions): Promise<QuestionThread> {
    return this.#write('acceptAnswer', [questionId, answerId], options, (ctx) => questions.acceptAnswer(ctx, questionId, answerId));
  }

  /** See `Adapter.similarQuestions`; scoring as documented on `similarity`. */
  similarQuestions(text: string, query?: SimilarQuery, options?: RequestOptions): Promise<Question[]> {
    return this.#call('similarQuestions', [text, query, options], options?.signal, (ctx) => questions.similarQuestions(ctx, text, query));
  }

  /** See `Adapter.routeQuestion`. */
  routeQuestion(questionId: Id, personIds: Id[], options?: WriteOptions): Promise<Question> {
    return this.#write('routeQuestion', [questionId, personIds], options, (ctx) => questions.routeQuestion(ctx, questionId, personIds));
  }

  /** See `Adapter.setVote`. */
  setVote(target: VoteTarget, on: boolean, options?: WriteOptions): Promise<VoteState> {
    return this.#write('setVote', [target, on], options, (ctx) => setVote(ctx, target, on));
  }

  /** See `Adapter.listCampaigns`. */
  listCampaigns(options?: RequestOptions): Promise<Campaign[]> {
    return this.#call('listCampaigns', [options], options?.signal, (ctx) => ideas.listCampaigns(ctx));
  }

  /** See `Adapter.getCampaign`. */
  getCampaign(id: Id, options?: RequestOptions): Promise<Campaign> {
    return this.#call('getCampaign', [id, options], options?.signal, (ctx) => ideas.getCampaign(ctx, id));
  }

  /** See `Adapter.listIdeas`; `trending` as documented on `trendingScore`. */
  listIdeas(query: IdeaQuery, options?: RequestOptions): Promise<Page<Idea>> {
    return this.#call('listIdeas', [query, options], options?.signal, (ctx) => ideas.listIdeas(ctx, query ?? {}));
  }

  /** See `Adapter.similarIdeas`. */
  similarIdeas(text: string, query?: { campaign?: Id | null; limit?: number }, options?: RequestOptions): Promise<Idea[]> {
    return this.#call('similarIdeas', [text, query, options], options?.signal, (ctx) => ideas.similarIdeas(ctx, text, query));
  }

  /** See `Adapter.submitIdea`. */
  submitIdea(input: IdeaInput, options?: WriteOptions): Promise<Idea> {
    return this.#write('submitIdea', [input], options, (ctx) => ideas.submitIdea(ctx, input ?? { campaign: null, title: '' }));
  }

  /** See `Adapter.getIdea`. */
  getIdea(id: Id, options?: RequestOptions): Promise<Idea> {
    return this.#call('getIdea', [id, options], options?.signal, (ctx) => ideas.getIdea(ctx, id));
  }

  /** See `Adapter.listComments`. */
  listComments(ideaId: Id, query?: PageQuery, options?: RequestOptions): Promise<Page<Comment>> {
    return this.#call('listComments', [ideaId, query, options], options?.signal, (ctx) => ideas.listComments(ctx, ideaId, query ?? {}));
  }

  /** See `Adapter.addComment`. */
  addComment(ideaId: Id, input: { body: string }, options?: WriteOptions): Promise<Comment> {
    return this.#write('addComment', [ideaId, input], options, (ctx) => ideas.addComment(ctx, ideaId, input));
  }

  /** See `Adapter.changeIdeaStatus`. */
  changeIdeaStatus(ideaId: Id, input: { status: IdeaStatus; note: string }, options?: WriteOptions): Promise<Idea> {
    return this.#write('changeIdeaStatus', [ideaId, input], options, (ctx) => ideas.changeIdeaStatus(ctx, ideaId, input));
  }

  /** See `Adapter.getPerson`. */
  getPerson(id: Id, options?: RequestOptions): Promise<Person> {
    return this.#call('getPerson', [id, options], options?.signal, (ctx) => people.getPerson(ctx, id));
  }

  /** See `Adapter.getPeople`. */
  getPeople(ids: Id[], options?: RequestOptions): Promise<Person[]> {
    return this.#call('getPeople', [ids, options], options?.signal, (ctx) => people.getPeople(ctx, ids ?? []));
  }

  /** See `Adapter.searchPeople`. */
  searchPeople(query: PeopleQuery, options?: RequestOptions): Promise<Page<RankedPerson>> {
    return this.#call('searchPeople', [query, options], options?.signal, (ctx) => people.searchPeople(ctx, query ?? {}));
  }

  /** See `Adapter.suggestExperts`. */
  suggestExperts(query: ExpertQuery, options?: RequestOptions): Promise<RankedPerson[]> {
    return this.#call('suggestExperts', [query, options], options?.signal, (ctx) => people.suggestExperts(ctx, query ?? {}));
  }

  /** See `Adapter.endorse`. */
  endorse(personId: Id, skill: string, on: boolean, options?: WriteOptions): Promise<Person> {
    return this.#write('endorse', [personId, skill, on], options, (ctx) => people.endorse(ctx, personId, skill, on));
  }

  /** See `Adapter.sendFeedback`. */
  sendFeedback(input: FeedbackInput, options?: WriteOptions): Promise<Feedback> {
    return this.#write('sendFeedback', [input], options, (ctx) => feedback.sendFeedback(ctx, input));
  }

  /** See `Adapter.myFeedback`. */
  myFeedback(subject: string, options?: RequestOptions): Promise<Feedback | null> {
    return this.#call('myFeedback', [subject, options], options?.signal, (ctx) => feedback.myFeedback(ctx, subject));
  }

  /** See `Adapter.feedbackSummary`. */
  feedbackSummary(subject: string | null, options?: RequestOptions): Promise<FeedbackSummary> {
    return this.#call('feedbackSummary', [subject, options], options?.signal, (ctx) => feedback.feedbackSummary(ctx, subject));
  }

  /** See `Adapter.listFeedback`. */
  listFeedback(query: FeedbackQuery, options?: RequestOptions): Promise<Page<Feedback>> {
    return this.#call('listFeedback', [query, options], options?.signal, (ctx) => feedback.listFeedback(ctx, query ?? {}));
  }

  /** See `Adapter.respondToFeedback`. */
  respondToFeedback(id: Id, input: { body: string }, options?: WriteOptions): Promise<Feedback> {
    return this.#write('respondToFeedback', [id, input], options, (ctx) => feedback.respondToFeedback(ctx, id, input));
  }

  /** See `Adapter.setFeedbackState`. */
  setFeedbackState(id: Id, state: FeedbackState, options?: WriteOptions): Promise<Feedback> {
    return this.#write('setFeedbackState', [id, state], options, (ctx) => feedback.setFeedbackState(ctx, id, state));
  }

  /** See `Adapter.subscribe`. Listeners run in a microtask after the change, never inside the writing call, and may run before its caller resumes: dedupe by id. */
  subscribe(scopes: string[], listener: ChangeListener): () => void {
    this.calls.push({ method: 'subscribe', args: [scopes, listener] });
    return this.#store.subscribe(scopes, listener);
  }
}
