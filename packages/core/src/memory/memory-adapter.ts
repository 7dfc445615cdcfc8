import type {
  CompleteAdapter, FeedbackArea, ModerationArea, IdeasArea, IdentityArea, LiveArea, NotificationsArea, PeopleArea, QuestionsArea, RequestOptions, VotesArea, WriteOptions,
} from '../adapter.js';
import type { ReadCtx, WriteCtx } from '../domain/context.js';
import * as feedback from '../domain/feedback.js';
import * as ideas from '../domain/ideas.js';
import * as people from '../domain/people.js';
import * as questions from '../domain/questions.js';
import * as skills from '../domain/skills.js';
import * as roles from '../domain/roles.js';
import * as votes from '../domain/votes.js';
import * as notifications from '../domain/notifications.js';
import * as webhooks from '../domain/webhooks.js';
import * as moderation from '../domain/moderation.js';
import { DEFAULT_MODERATION_POLICY, type ModerationPolicy } from '../moderation.js';
import type { WebhooksArea } from '../adapter.js';
import { runWrite } from '../domain/write.js';
import { NotFoundError, UnavailableError, type ConfabError } from '../errors.js';
import type { Seed } from '../seed.js';
import type { Id, User } from '../types.js';
import { MemoryStorage } from './storage.js';
import { Store } from './store.js';
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
  /** Issue 13: moderation settings (auto-hide score, held first posts, new-person limits) over `DEFAULT_MODERATION_POLICY`. */
  moderation?: Partial<ModerationPolicy>;
}

/** One logged adapter call. */
export interface MemoryAdapterCall {
  method: string;
  args: unknown[];
}

const DEFAULT_SEED: Seed = { currentUser: 'me', people: [{ id: 'me', name: 'You', roles: ['member'], availability: 'available' }] };

/** Hands a shared store to the constructor while `as()` makes a sibling adapter. */
let sharedStorage: MemoryStorage | null = null;

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
 * The `Adapter` in memory: for stories, tests and demos without a server. It runs the same
 * domain rules as the reference server (`../domain/`) on in-memory repositories, so it keeps
 * the whole contract (paging, votes, permissions, validation, idempotency, live events and
 * what each reader may see of them) and adds test controls: `latency`, `offline`,
 * `failNext()`, a `calls` log, and `as()`/`actAs()` to act as other people on the same data.
 *
 * @example
 * ```ts
 * const ana = new MemoryAdapter({ seed, user: 'ana' });
 * const ben = ana.as('ben'); // same data, live events included
 * ben.live.subscribe(['all'], (e) => console.log(e.type));
 * await ana.questions.askQuestion({ context: location.href, title: 'Where is the style guide?' });
 * ```
 */
export class MemoryAdapter implements CompleteAdapter {
  /** Milliseconds every call waits; aborting the call's signal rejects with an `AbortError`. */
  latency: number;
  /** While true, every call rejects with `UnavailableError('Offline', true)`. */
  offline = false;
  /** Every method called on this adapter, in order, with its arguments. */
  readonly calls: MemoryAdapterCall[] = [];
  readonly #storage: MemoryStorage;
  #userId: string | null;
  #failures: { error: ConfabError; times: number }[] = [];

  constructor(options: MemoryAdapterOptions = {}) {
    this.latency = options.latency ?? 0;
    if (sharedStorage) {
      this.#storage = sharedStorage;
      this.#userId = options.user ?? null;
      return;
    }
    const seed = options.seed ?? DEFAULT_SEED;
    const store = new Store(options.now ?? Date.now);
    store.load(seed);
    this.#storage = new MemoryStorage(store, options.moderation);
    this.#userId = options.user ?? seed.currentUser ?? seed.people[0]?.id ?? null;
    if (this.#userId !== null && !store.people.has(this.#userId)) throw new NotFoundError(`No person "${this.#userId}" in the seed`);
  }

  /** Another adapter acting as `userId` (null: signed out) on the same data and live events. */
  as(userId: Id | null): MemoryAdapter {
    sharedStorage = this.#storage;
    try {
      const other = new MemoryAdapter({ latency: this.latency });
      other.actAs(userId);
      return other;
    } finally {
      sharedStorage = null;
    }
  }

  /** Switches this adapter to act as `userId`, or signs out with null. Throws `NotFoundError` for an unknown person. */
  actAs(userId: Id | null): void {
    if (userId !== null && !this.#storage.store.people.has(userId)) throw new NotFoundError(`No person "${userId}"`);
    this.#userId = userId;
  }

  /** Makes the next `times` calls reject with `error`. */
  failNext(error: ConfabError, times = 1): void {
    this.#failures.push({ error, times });
  }

  #user(): User | null {
    const p = this.#userId === null ? undefined : this.#storage.store.people.get(this.#userId);
    return p ? userView(p) : null;
  }

  async #enter(method: string, args: unknown[], signal: AbortSignal | undefined): Promise<void> {
    this.calls.push({ method, args });
    await wait(this.latency, signal);
    if (this.offline) throw new UnavailableError('Offline', true);
    const failure = this.#failures[0];
    if (failure) {
      if (--failure.times <= 0) this.#failures.shift();
      throw failure.error;
    }
  }

  /** A read through the domain: logged, delayed, failable, and a copy of the result. */
  #read<T>(method: string, args: unknown[], options: RequestOptions | undefined, run: (ctx: ReadCtx) => Promise<T>): Promise<T> {
    return this.#enter(method, [...args, options], options?.signal)
      .then(() => this.#storage.read((repos) => run({ repos, user: this.#user(), policy: { ...DEFAULT_MODERATION_POLICY, ...this.#storage.policy } })))
      .then((result) => structuredClone(result));
  }

  /** A write through the domain: once per idempotency key, in one transaction, events delivered after. */
  #write<T>(method: string, args: unknown[], options: WriteOptions | undefined, run: (ctx: WriteCtx) => Promise<T>): Promise<T> {
    return this.#enter(method, [...args, options], options?.signal)
      .then(() => runWrite(this.#storage, this.#user(), { operation: method, input: args, idempotencyKey: options?.idempotencyKey }, run))
      .then(({ result }) => structuredClone(result));
  }

  /** Who is signed in. */
  readonly identity: IdentityArea = {
    currentUser: (options) => this.#read('currentUser', [], options, async (ctx) => ctx.user),
  };

  /** Ask-a-question, with the rules of `domain/questions`. */
  readonly questions: QuestionsArea = {
    listQuestions: (query, options) => this.#read('listQuestions', [query], options, (ctx) => questions.listQuestions(ctx, query ?? {})),
    getQuestion: (id, options) => this.#read('getQuestion', [id], options, (ctx) => questions.getQuestion(ctx, id)),
    askQuestion: (input, options) => this.#write('askQuestion', [input], options, (ctx) => questions.askQuestion(ctx, input)),
    answerQuestion: (id, input, options) => this.#write('answerQuestion', [id, input], options, (ctx) => questions.answerQuestion(ctx, id, input)),
    acceptAnswer: (id, answerId, options) => this.#write('acceptAnswer', [id, answerId], options, (ctx) => questions.acceptAnswer(ctx, id, answerId)),
    similarQuestions: (text, query, options) => this.#read('similarQuestions', [text, query], options, (ctx) => questions.similarQuestions(ctx, text, query)),
    routeQuestion: (id, personIds, options) => this.#write('routeQuestion', [id, personIds], options, (ctx) => questions.routeQuestion(ctx, id, personIds)),
  };

  /** Votes, with the rules of `domain/votes`. */
  readonly votes: VotesArea = {
    setVote: (target, on, options) => this.#write('setVote', [target, on], options, (ctx) => votes.setVote(ctx, target, on)),
  };

  /** Campaigns, ideas and comments, with the rules of `domain/ideas`. */
  readonly ideas: IdeasArea = {
    listCampaigns: (query, options) => this.#read('listCampaigns', query === undefined ? [] : [query], options, (ctx) => ideas.listCampaigns(ctx, query ?? {})),
    getCampaign: (id, options) => this.#read('getCampaign', [id], options, (ctx) => ideas.getCampaign(ctx, id)),
    createCampaign: (input, options) => this.#write('createCampaign', [input], options, (ctx) => ideas.createCampaign(ctx, input)),
    updateCampaign: (id, input, options) => this.#write('updateCampaign', [id, input], options, (ctx) => ideas.updateCampaign(ctx, id, input)),
    closeCampaign: (id, options) => this.#write('closeCampaign', [id], options, (ctx) => ideas.closeCampaign(ctx, id)),
    listIdeas: (query, options) => this.#read('listIdeas', [query], options, (ctx) => ideas.listIdeas(ctx, query ?? {})),
    similarIdeas: (text, query, options) => this.#read('similarIdeas', [text, query], options, (ctx) => ideas.similarIdeas(ctx, text, query)),
    submitIdea: (input, options) => this.#write('submitIdea', [input], options, (ctx) => ideas.submitIdea(ctx, input)),
    getIdea: (id, options) => this.#read('getIdea', [id], options, (ctx) => ideas.getIdea(ctx, id)),
    listComments: (id, query, options) => this.#read('listComments', [id, query], options, (ctx) => ideas.listComments(ctx, id, query)),
    addComment: (id, input, options) => this.#write('addComment', [id, input], options, (ctx) => ideas.addComment(ctx, id, input)),
    changeIdeaStatus: (id, input, options) => this.#write('changeIdeaStatus', [id, input], options, (ctx) => ideas.changeIdeaStatus(ctx, id, input)),
  };

  /** People and endorsements, with the rules of `domain/people`. */
  readonly people: PeopleArea = {
    getPerson: (id, options) => this.#read('getPerson', [id], options, (ctx) => people.getPerson(ctx, id)),
    getPeople: (ids, options) => this.#read('getPeople', [ids], options, (ctx) => people.getPeople(ctx, ids)),
    searchPeople: (query, options) => this.#read('searchPeople', [query], options, (ctx) => people.searchPeople(ctx, query)),
    suggestExperts: (query, options) => this.#read('suggestExperts', [query], options, (ctx) => people.suggestExperts(ctx, query)),
    endorse: (id, skill, on, options) => this.#write('endorse', [id, skill, on], options, (ctx) => people.endorse(ctx, id, skill, on)),
    // Self-service profiles and the skill vocabulary.
    updateProfile: (id, input, options) => this.#write('updateProfile', [id, input], options, (ctx) => skills.updateProfile(ctx, id, input)),
    listSkills: (query, options) => this.#read('listSkills', [query], options, (ctx) => skills.listSkills(ctx, query)),
    mergeSkills: (from, into, options) => this.#write('mergeSkills', [from, into], options, (ctx) => skills.mergeSkills(ctx, from, into)),
    setRoles: (id, list, options) => this.#write('setRoles', [id, list], options, (ctx) => roles.setRoles(ctx, id, list)),
  };

  /** Feedback, with the rules of `domain/feedback`. */
  readonly feedback: FeedbackArea = {
    sendFeedback: (input, options) => this.#write('sendFeedback', [input], options, (ctx) => feedback.sendFeedback(ctx, input)),
    myFeedback: (subject, options) => this.#read('myFeedback', [subject], options, (ctx) => feedback.myFeedback(ctx, subject)),
    feedbackSummary: (subject, options) => this.#read('feedbackSummary', [subject], options, (ctx) => feedback.feedbackSummary(ctx, subject)),
    listFeedback: (query, options) => this.#read('listFeedback', [query], options, (ctx) => feedback.listFeedback(ctx, query)),
    respondToFeedback: (id, input, options) => this.#write('respondToFeedback', [id, input], options, (ctx) => feedback.respondToFeedback(ctx, id, input)),
    setFeedbackState: (id, state, options) => this.#write('setFeedbackState', [id, state], options, (ctx) => feedback.setFeedbackState(ctx, id, state)),
  };

  /** Issue 15: notifications, preferences and following, with the rules of `domain/notifications`. */
  readonly notifications: NotificationsArea = {
    list: (query, options) => this.#read('listNotifications', [query], options, (ctx) => notifications.listNotifications(ctx, query ?? {})),
    unreadCount: (options) => this.#read('unreadCount', [], options, (ctx) => notifications.unreadCount(ctx)),
    markRead: (ids, options) => this.#write('markRead', [ids], options, (ctx) => notifications.markRead(ctx, ids)),
    preferences: (options) => this.#read('preferences', [], options, (ctx) => notifications.preferences(ctx)),
    setPreferences: (input, options) => this.#write('setPreferences', [input], options, (ctx) => notifications.setPreferences(ctx, input)),
    follow: (target, on, options) => this.#write('follow', [target, on], options, (ctx) => notifications.follow(ctx, target, on)),
    following: (target, options) => this.#read('following', [target], options, (ctx) => notifications.following(ctx, target)),
  };

  /**
   * Issue 15: signed webhooks, with the rules of `domain/webhooks` (admins only). Each matching
   * change records a pending delivery in the endpoint's log (the outbox), but memory runs no
   * worker: nothing is ever sent. Any well-formed URL is accepted — refusing private addresses
   * (SSRF) is the sending server's job (`packages/server/src/webhooks/ssrf.ts`).
   */
  readonly webhooks: WebhooksArea = {
    list: (options) => this.#read('listWebhooks', [], options, (ctx) => webhooks.listWebhooks(ctx)),
    get: (id, options) => this.#read('getWebhook', [id], options, (ctx) => webhooks.getWebhook(ctx, id)),
    create: (input, options) => this.#write('createWebhook', [input], options, (ctx) => webhooks.createWebhook(ctx, input)),
    update: (id, input, options) => this.#write('updateWebhook', [id, input], options, (ctx) => webhooks.updateWebhook(ctx, id, input)),
    remove: (id, options) => this.#write('deleteWebhook', [id], options, (ctx) => webhooks.deleteWebhook(ctx, id)),
    rotateSecret: (id, options) => this.#write('rotateWebhookSecret', [id], options, (ctx) => webhooks.rotateWebhookSecret(ctx, id, this.#storage.store.now())),
    deliveries: (id, query, options) => this.#read('listDeliveries', [id, query], options,
      (ctx) => webhooks.listDeliveries(ctx, id, { cursor: query?.cursor ?? undefined, limit: query?.limit })),
  };

  /** Issue 13: edit and delete, reports, the queue, staff notes and the audit log, with the rules of `domain/moderation`. */
  readonly moderation: ModerationArea = {
    edit: (target, input, options) => this.#write('editContent', [target, input], options, (ctx) => moderation.edit(ctx, target, input)),
    remove: (target, input, options) => this.#write('removeContent', [target, input], options, (ctx) => moderation.remove(ctx, target, input)),
    hide: (target, input, options) => this.#write('hideContent', [target, input], options, (ctx) => moderation.hide(ctx, target, input)),
    restore: (target, input, options) => this.#write('restoreContent', [target, input], options, (ctx) => moderation.restore(ctx, target, input)),
    approve: (target, options) => this.#write('approveContent', [target], options, (ctx) => moderation.approve(ctx, target)),
    keep: (target, input, options) => this.#write('keepContent', [target, input], options, (ctx) => moderation.keep(ctx, target, input)),
    versions: (target, options) => this.#read('contentVersions', [target], options, (ctx) => moderation.versions(ctx, target)),
    report: (target, input, options) => this.#write('report', [target, input], options, (ctx) => moderation.report(ctx, target, input)),
    queue: (query, options) => this.#read('moderationQueue', [query], options, (ctx) => moderation.queue(ctx, query ?? {})),
    record: (id, options) => this.#read('moderationRecord', [id], options, (ctx) => moderation.record(ctx, id)),
    restrict: (id, input, options) => this.#write('restrict', [id, input], options, (ctx) => moderation.restrict(ctx, id, input)),
    addStaffNote: (id, input, options) => this.#write('addStaffNote', [id, input], options, (ctx) => moderation.addStaffNote(ctx, id, input)),
    staffNotes: (id, options) => this.#read('staffNotes', [id], options, (ctx) => moderation.staffNotes(ctx, id)),
    audit: (query, options) => this.#read('auditLog', [query], options, (ctx) => moderation.audit(ctx, query ?? {})),
    policy: (scope, options) => this.#read('moderationPolicy', [scope], options, (ctx) => moderation.policy(ctx, scope)),
    setPolicy: (scope, input, options) => this.#write('setModerationPolicy', [scope, input], options, (ctx) => moderation.setPolicy(ctx, scope, input)),
  };

  /**
   * Live changes, each as this adapter's user may see it (`visibleEvent`). Listeners run in a
   * microtask after the change, never inside the writing call, and may run before its caller
   * resumes: dedupe by id.
   */
  readonly live: LiveArea = {
    subscribe: (scopes, listener) => {
      this.calls.push({ method: 'subscribe', args: [scopes, listener] });
      return this.#storage.store.subscribe(scopes, listener, () => this.#user());
    },
  };
}
