/**
 * The storage interface of the reference server: one small repository per resource, and one
 * implementation per database (`./sqlite/` today). Route handlers talk only to these interfaces;
 * every SQL statement lives in an implementation.
 *
 * All methods are synchronous so that a write, its change event and its idempotency record are
 * stored in one transaction (`Store.transaction`). An asynchronous database (PostgreSQL) would
 * implement the same shapes behind promises.
 */
import type {
  Answer, AskInput, Campaign, ChangeEvent, ChangeType, Comment, Feedback, FeedbackInput, FeedbackQuery,
  FeedbackState, FeedbackSummary, Id, Idea, IdeaInput, IdeaQuery, IdeaStatus, Page, PageQuery, Person,
  PersonRef, Question, QuestionQuery, QuestionThread, Role, Seed, User, VoteState, VoteTarget,
} from '@confab/core';

/** People, skills, endorsements and evidence. */
export interface PeopleRepository {
  /** The user with this id, or null. */
  user(id: Id): User | null;
  /** Every person, for the dev "Acting as" select: id, name, roles. */
  listUsers(): User[];
  /** Creates a person seen for the first time (header or JWT auth); keeps an existing one. */
  ensure(id: Id, name: string, roles: Role[]): void;
  /** People by id, as `viewerId` sees them (`endorsedByMe`); unknown ids are left out. */
  get(ids: Id[], viewerId: Id | null): Person[];
  /** Every person, for expert ranking. */
  all(viewerId: Id | null): Person[];
  /** Whether the person declared this skill. Returns the declared spelling or null. */
  declaredSkill(personId: Id, skill: string): string | null;
  /** Adds or removes an endorsement; returns whether anything changed. */
  setEndorsement(personId: Id, skill: string, endorserId: Id, on: boolean): boolean;
  /** Short references for many people. */
  refs(ids: Id[]): Map<Id, PersonRef>;
}

/** Questions, answers and routing. */
export interface QuestionRepository {
  list(query: QuestionQuery, viewerId: Id | null): Page<Question>;
  get(id: Id, viewerId: Id | null): Question | null;
  thread(id: Id, viewerId: Id | null): QuestionThread | null;
  /** Candidates for "similar questions": any word of `words` starts a word of the question (FTS5), best `max` by bm25. */
  similar(words: string[], max: number, viewerId: Id | null): Question[];
  ask(input: AskInput, authorId: Id): Question;
  answer(questionId: Id, body: string, authorId: Id): Answer;
  /** The question an answer belongs to, or null. */
  answerQuestionId(answerId: Id): Id | null;
  accept(questionId: Id, answerId: Id | null): void;
  /** Adds people to `routedTo` (kept unique, in order). */
  route(questionId: Id, personIds: Id[]): void;
}

/** Votes on questions, answers and ideas. */
export interface VoteRepository {
  /** Sets one person's vote; `changed` is false when it was already so. */
  set(target: VoteTarget, personId: Id, on: boolean): { state: VoteState; changed: boolean };
}

/** Campaigns, ideas and comments. */
export interface IdeaRepository {
  campaigns(): Campaign[];
  campaign(id: Id): Campaign | null;
  list(query: IdeaQuery, viewerId: Id | null): Page<Idea>;
  get(id: Id, viewerId: Id | null): Idea | null;
  /** Candidates for "similar ideas", as `QuestionRepository.similar`. */
  similar(words: string[], campaign: Id | null | undefined, max: number, viewerId: Id | null): Idea[];
  submit(input: IdeaInput, authorId: Id): Idea;
  comments(ideaId: Id, query: PageQuery): Page<Comment>;
  comment(ideaId: Id, body: string, authorId: Id): Comment;
  setStatus(ideaId: Id, status: IdeaStatus, note: string, byId: Id): void;
}

/** Feedback and owners' responses. */
export interface FeedbackRepository {
  send(input: FeedbackInput, authorId: Id): Feedback;
  /** One piece of feedback as a reader sees it (anonymous authors hidden unless the reader wrote it). */
  get(id: Id, viewerId: Id | null): Feedback | null;
  mine(subject: string, authorId: Id): Feedback | null;
  summary(subject: string | null): FeedbackSummary;
  list(query: FeedbackQuery, viewerId: Id | null): Page<Feedback>;
  respond(id: Id, body: string, byId: Id): void;
  setState(id: Id, state: FeedbackState): void;
}

/** A change about to be stored in the events table. */
export interface NewEvent {
  type: ChangeType;
  scopes: string[];
  actorId: Id | null;
  data: unknown;
}

/** The events table: every change, with a monotonic id. */
export interface EventRepository {
  append(event: NewEvent): ChangeEvent;
  /** Events with an id greater than `afterId`, oldest first, at most `limit`. */
  after(afterId: number, limit: number): ChangeEvent[];
  /** Events stored at or after `at` (ISO), oldest first, at most `limit`. */
  since(at: string, limit: number): ChangeEvent[];
  /** The id of the newest event, or 0. */
  lastId(): number;
}

/** A stored response to a write, replayed for the same idempotency key. */
export interface IdempotentResponse {
  fingerprint: string;
  status: number;
  body: string;
}

/** Idempotency records, per user and key. */
export interface IdempotencyRepository {
  get(scope: string, key: string): IdempotentResponse | null;
  put(scope: string, key: string, response: IdempotentResponse): void;
}

/** One database: every repository, transactions, seeding and shutdown. */
export interface Store {
  readonly people: PeopleRepository;
  readonly questions: QuestionRepository;
  readonly votes: VoteRepository;
  readonly ideas: IdeaRepository;
  readonly feedback: FeedbackRepository;
  readonly events: EventRepository;
  readonly idempotency: IdempotencyRepository;
  /** Runs `fn` in one transaction: all of it is stored, or none of it. */
  transaction<T>(fn: () => T): T;
  /** True when the database holds no people yet. */
  isEmpty(): boolean;
  /** Loads a portable seed into an empty database. */
  seed(seed: Seed): void;
  /** The seed's `currentUser`, kept for dev auth. */
  defaultUserId(): Id | null;
  close(): void;
}
