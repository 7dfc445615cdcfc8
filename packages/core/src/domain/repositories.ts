/**
 * The storage the domain rules run over: one small asynchronous repository per area, and a
 * `Storage` that runs a unit of work in one transaction. `MemoryAdapter` implements it in
 * memory; the reference server implements it in SQL (SQLite and PostgreSQL). Repositories
 * store and fetch; every rule (who may, what is valid, what a write emits) is in the domain.
 */
import type { AskInput, FeedbackInput, FeedbackQuery, IdeaQuery, PageQuery, QuestionQuery } from '../adapter.js';
import type {
  Answer, Campaign, ChangeData, ChangeType, Comment, Feedback, FeedbackState, FeedbackSummary, Id, Idea,
  IdeaStatus, IsoDate, Page, Person, Question, QuestionThread, Role, User, VoteState, VoteTarget,
} from '../types.js';

/** People, skills, endorsements and evidence. */
export interface PeopleRepository {
  /** The user with this id, or null. */
  user(id: Id): Promise<User | null>;
  /** Every person, for the dev "Acting as" select: id, name, roles. */
  listUsers(): Promise<User[]>;
  /** Creates a person seen for the first time (header or JWT auth); keeps an existing one. */
  ensure(id: Id, name: string, roles: Role[]): Promise<void>;
  /** People by id, in the order asked, as `viewerId` sees them (`endorsedByMe`); unknown ids are left out. */
  get(ids: Id[], viewerId: Id | null): Promise<Person[]>;
  /** Every person, for expert ranking. */
  all(viewerId: Id | null): Promise<Person[]>;
  /** Which of these ids are people. */
  existing(ids: Id[]): Promise<Set<Id>>;
  /** The declared spelling of a skill the person lists (compared ignoring case), or null. */
  declaredSkill(personId: Id, skill: string): Promise<string | null>;
  /** Adds or removes an endorsement; returns whether anything changed. */
  setEndorsement(personId: Id, skill: string, endorserId: Id, on: boolean): Promise<boolean>;
}

/** Questions, answers and routing. */
export interface QuestionRepository {
  /** Questions matching the query (tags already trimmed), ordered as `QuestionQuery.sort` documents. */
  list(query: QuestionQuery, viewerId: Id | null): Promise<Page<Question>>;
  get(id: Id, viewerId: Id | null): Promise<Question | null>;
  /** A question with its answers: accepted first, then by votes, then oldest first. */
  thread(id: Id, viewerId: Id | null): Promise<QuestionThread | null>;
  /** Candidates for "similar questions": questions sharing any of `words` (as word prefixes), at most `max`. */
  similar(words: string[], max: number, viewerId: Id | null): Promise<Question[]>;
  ask(input: Required<AskInput>, authorId: Id): Promise<Question>;
  answer(questionId: Id, body: string, authorId: Id): Promise<Answer>;
  /** The question an answer belongs to, or null for an unknown answer. */
  answerQuestionId(answerId: Id): Promise<Id | null>;
  accept(questionId: Id, answerId: Id | null): Promise<void>;
  /** Adds people to `routedTo` (kept unique, in order). */
  route(questionId: Id, personIds: Id[]): Promise<void>;
}

/** Votes on questions, answers and ideas. */
export interface VoteRepository {
  /** Sets one person's vote; `changed` is false when it was already so. */
  set(target: VoteTarget, personId: Id, on: boolean): Promise<{ state: VoteState; changed: boolean }>;
}

/** Campaigns, ideas and comments. */
export interface IdeaRepository {
  campaigns(): Promise<Campaign[]>;
  campaign(id: Id): Promise<Campaign | null>;
  /** Ideas matching the query, ordered as `IdeaQuery.sort` documents (trending: see `trendingScore`). */
  list(query: IdeaQuery, viewerId: Id | null): Promise<Page<Idea>>;
  get(id: Id, viewerId: Id | null): Promise<Idea | null>;
  /** Candidates for "similar ideas", as `QuestionRepository.similar`, optionally within a campaign. */
  similar(words: string[], campaign: Id | null | undefined, max: number, viewerId: Id | null): Promise<Idea[]>;
  submit(input: { campaign: Id | null; title: string; body: string; tags: string[] }, authorId: Id): Promise<Idea>;
  /** Comments on an idea, oldest first. */
  comments(ideaId: Id, query: PageQuery): Promise<Page<Comment>>;
  comment(ideaId: Id, body: string, authorId: Id): Promise<Comment>;
  setStatus(ideaId: Id, status: IdeaStatus, note: string, byId: Id): Promise<void>;
}

/** Feedback and owners' responses. Views hide an anonymous author unless the viewer wrote it. */
export interface FeedbackRepository {
  send(input: Required<FeedbackInput>, authorId: Id): Promise<Feedback>;
  /** Puts the author's new answer into an earlier record (same id): dated now, open again, an owner's response kept. */
  replace(id: Id, input: Required<FeedbackInput>, authorId: Id): Promise<Feedback>;
  get(id: Id, viewerId: Id | null): Promise<Feedback | null>;
  /** Who wrote a piece of feedback (also when anonymous), or null for an unknown id. */
  authorOf(id: Id): Promise<Id | null>;
  /** The author's latest feedback on a subject. */
  mine(subject: string, authorId: Id): Promise<Feedback | null>;
  summary(subject: string | null): Promise<FeedbackSummary>;
  /** Newest first. */
  list(query: FeedbackQuery, viewerId: Id | null): Promise<Page<Feedback>>;
  respond(id: Id, body: string, byId: Id): Promise<void>;
  setState(id: Id, state: FeedbackState): Promise<void>;
}

/** A change as the domain records it, before the storage gives it an id and a time. */
export interface NewEvent<T extends ChangeType = ChangeType> {
  type: T;
  /** Where it happened; `all` is included. */
  scopes: string[];
  actorId: Id | null;
  /** Whose item it is when only they (and moderators) may read it in full, e.g. a feedback's author. */
  ownerId: Id | null;
  data: ChangeData[T];
}

/** A stored change: what every reader's view of it (`visibleEvent`) is made from. */
export type StoredEvent = {
  [K in ChangeType]: NewEvent<K> & { id: string; at: IsoDate };
}[ChangeType];

/** The events table: written in the transaction of the change that caused them. */
export interface EventRepository {
  append(event: NewEvent): Promise<void>;
}

/** The first result of a write, kept under its user's idempotency key. */
export interface IdempotencyRecord {
  fingerprint: string;
  /** The write's result, as JSON. */
  result: string;
}

/** Idempotency records, per user and key. */
export interface IdempotencyRepository {
  /**
   * Claims `key` for this transaction, or returns the record of the write that claimed it first.
   * A concurrent claim of the same key waits until the first transaction ends (then sees its
   * record), so one key has one effect across processes.
   */
  claim(userId: Id, key: string, fingerprint: string): Promise<IdempotencyRecord | null>;
  /** Stores the result of the write that claimed `key`. */
  complete(userId: Id, key: string, result: string): Promise<void>;
}

/** Every repository, as one unit of work sees them. */
export interface Repositories {
  readonly people: PeopleRepository;
  readonly questions: QuestionRepository;
  readonly votes: VoteRepository;
  readonly ideas: IdeaRepository;
  readonly feedback: FeedbackRepository;
  readonly events: EventRepository;
  readonly idempotency: IdempotencyRepository;
}

/** A database: reads, and writes that are all stored or none. */
export interface Storage {
  /** Runs a read. */
  read<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in one transaction: the change, its events and its idempotency record are stored
   * together or not at all. After the commit the storage delivers the new events to live readers.
   */
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
}
