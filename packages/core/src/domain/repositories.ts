/**
 * The storage the domain rules run over: one small asynchronous repository per area, and a
 * `Storage` that runs a unit of work in one transaction. `MemoryAdapter` implements it in
 * memory; the reference server implements it in SQL (SQLite and PostgreSQL). Repositories
 * store and fetch; every rule (who may, what is valid, what a write emits) is in the domain.
 */
import type { AskInput, FeedbackInput, FeedbackQuery, IdeaQuery, PageQuery, QuestionQuery } from '../adapter.js';
import type { ProfilePatch } from '../validation/inputs.js';
import type {
  Answer, Campaign, CampaignStatus, ChangeData, ChangeType, Comment, Feedback, FeedbackState, FeedbackSummary, Id, Idea,
  IdeaStatus, IsoDate, Page, Person, Question, QuestionThread, Role, User, VoteTarget,
} from '../types.js';
import type { CheckedCampaign } from '../validation/campaign-input.js';
import type { RolesSource } from '../types.js';
import type { WebhookRepository } from './webhooks.js';
import type { EscalationRepository } from './escalation.js';
import type { FollowTarget, Notification, NotificationChannel, NotificationPreferences, NotificationType } from '../types.js';
import type { AuditQuery, QueueQuery } from '../adapter.js';
import type {
  AuditAction, AuditEntry, ContentRef, ContentState, ContentStatus, ContentVersion, PersonRef, PolicyScope, Report, ReportReason, ReportStatus, StaffNote,
} from '../types.js';
import type { ModerationPolicy } from '../moderation.js';

/** What an identity provider tells about a person at sign-in; absent fields were not sent. */
export interface SignInFacts {
  name?: string;
  email?: string;
  title?: string;
  department?: string;
  roles?: Role[];
}

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

  // Roles and sign-in provisioning (roles and directory import).
  /** Stores a person's roles (already normalised: `member` first) and who set them. */
  setRoles(personId: Id, roles: Role[], source: RolesSource): Promise<void>;
  /** The ids of every active person with the admin role. */
  adminIds(): Promise<Id[]>;
  /**
   * Creates or updates the person who signs in (header or JWT auth) with what the identity
   * provider sent: each field given replaces the stored one, a field left out is kept; `roles`
   * given are stored with source `identity-provider`. A deactivated person is reactivated.
   * Returns the user, and whether anything was written.
   */
  provision(id: Id, facts: SignInFacts): Promise<{ user: User; changed: boolean }>;

  // Self-service profiles.
  /**
   * Stores a checked profile change; fields left out are kept, empty text clears. `skills` (canonical
   * names, one per `skillKey`, in order) replaces the list; endorsements stay stored by skill key.
   */
  updateProfile(personId: Id, patch: ProfilePatch): Promise<void>;
}

/** An alias of the skill vocabulary: `alias` (as typed when merged) stands for the skill `name`. */
export interface SkillAlias {
  alias: string;
  aliasKey: string;
  /** The canonical skill's name and `skillKey`. */
  name: string;
  key: string;
}

/** One spelling of a declared skill and how many people list it so. */
export interface DeclaredSkill {
  key: string;
  name: string;
  people: number;
}

/**
 * The skill vocabulary: aliases and merges. Evidence (`PeopleRepository.get`/`all`) already
 * counts a question tagged with an alias for its canonical skill, each answer once per skill.
 */
export interface SkillRepository {
  aliases(): Promise<SkillAlias[]>;
  /** Every spelling of every skill people list, with how many list it (one row per key and spelling). */
  declared(): Promise<DeclaredSkill[]>;
  /**
   * Makes the skill `fromKey` part of `into`: aliases of `fromKey` now stand for `into`, `alias`
   * (with key `fromKey`) is recorded; every person's `fromKey` skill becomes `into` (dropped where
   * they list both, keeping their order), and endorsements move to `into`, each endorser once.
   * Returns the people whose skills or endorsements changed.
   */
  merge(fromKey: string, alias: string, into: { key: string; name: string }): Promise<Id[]>;
}

/**
 * What a vote needs of the item it is on, in any state: who wrote it and its moderation status,
 * without its text or names (one light read on every vote).
 */
export interface ItemFacts {
  id: Id;
  authorId: Id;
  moderation?: ContentStatus;
}

/** Questions, answers and routing. */
export interface QuestionRepository {
  /** Questions matching the query (tags already trimmed), ordered as `QuestionQuery.sort` documents. */
  list(query: QuestionQuery, viewerId: Id | null, filter?: ContentFilter): Promise<Page<Question>>;
  /** A question in any state (the domain decides what the viewer sees). */
  get(id: Id, viewerId: Id | null): Promise<Question | null>;
  /** What a vote needs of a question (any state), or null for an unknown one. */
  facts(id: Id): Promise<(ItemFacts & { context: string }) | null>;
  /** Questions by id in any state (unknown ids left out, any order): one look-up for a page of them. */
  getMany(ids: Id[], viewerId: Id | null): Promise<Question[]>;
  /** A question (any state) with its answers (those `filter` lets through): accepted first, then by votes, then oldest first. */
  thread(id: Id, viewerId: Id | null, filter?: ContentFilter): Promise<QuestionThread | null>;
  /** Candidates for "similar questions": questions sharing any of `words` (as word prefixes), at most `max`. */
  similar(words: string[], max: number, viewerId: Id | null, filter?: ContentFilter): Promise<Question[]>;
  /** Issue 13: answers by id in any state (unknown ids left out, any order). */
  getAnswers(ids: Id[], viewerId: Id | null): Promise<Answer[]>;
  ask(input: Required<Omit<AskInput, 'url'>> & { url?: string | null }, authorId: Id): Promise<Question>;
  /** `url`: the page it was written on (issue 15). */
  answer(questionId: Id, body: string, authorId: Id, url?: string | null): Promise<Answer>;
  /** The question an answer belongs to, or null for an unknown answer. */
  answerQuestionId(answerId: Id): Promise<Id | null>;
  accept(questionId: Id, answerId: Id | null): Promise<void>;
  /** Adds people to `routedTo` (kept unique, in order). */
  route(questionId: Id, personIds: Id[]): Promise<void>;
}

/** Votes on questions, answers and ideas. */
export interface VoteRepository {
  /** Records (`on`) or withdraws one person's vote; false when it was already so (nothing changed). */
  record(target: VoteTarget, personId: Id, on: boolean): Promise<boolean>;
  /** Adds `delta` (+1, -1, or 0 to read it) to the item's vote count, and returns the count. */
  tally(target: VoteTarget, delta: number): Promise<number>;
}

/** Campaigns, ideas and comments. */
export interface IdeaRepository {
  /** Campaigns in creation order, `status` as stored (the domain applies `closesAt`: see `campaignStatus`). */
  campaigns(): Promise<Campaign[]>;
  campaign(id: Id): Promise<Campaign | null>;
  /** Stores a new, open campaign (owners in the order given). */
  createCampaign(input: CheckedCampaign): Promise<Campaign>;
  /** Replaces a campaign's fields (owners in the order given) and, when given, its stored status. */
  updateCampaign(id: Id, fields: CheckedCampaign & { status?: CampaignStatus }): Promise<void>;
  /** Ideas matching the query, ordered as `IdeaQuery.sort` documents (trending: see `trendingScore`). */
  list(query: IdeaQuery, viewerId: Id | null, filter?: ContentFilter): Promise<Page<Idea>>;
  /** An idea in any state (the domain decides what the viewer sees). */
  get(id: Id, viewerId: Id | null): Promise<Idea | null>;
  /** What a vote needs of an idea (any state), or null for an unknown one. */
  facts(id: Id): Promise<(ItemFacts & { campaignId: Id | null }) | null>;
  /** Ideas by id in any state (unknown ids left out, any order). */
  getMany(ids: Id[], viewerId: Id | null): Promise<Idea[]>;
  /** Candidates for "similar ideas", as `QuestionRepository.similar`, optionally within a campaign. */
  similar(words: string[], campaign: Id | null | undefined, max: number, viewerId: Id | null, filter?: ContentFilter): Promise<Idea[]>;
  /** Issue 13: comments by id in any state (unknown ids left out, any order). */
  getComments(ids: Id[]): Promise<Comment[]>;
  submit(input: { campaign: Id | null; title: string; body: string; tags: string[]; url?: string | null }, authorId: Id): Promise<Idea>;
  /** Comments on an idea (those `filter` lets through), oldest first. */
  comments(ideaId: Id, query: PageQuery, filter?: ContentFilter): Promise<Page<Comment>>;
  comment(ideaId: Id, body: string, authorId: Id, url?: string | null): Promise<Comment>;
  setStatus(ideaId: Id, status: IdeaStatus, note: string, byId: Id): Promise<void>;
}

/** Feedback and owners' responses. Views hide an anonymous author unless the viewer wrote it. */
export interface FeedbackRepository {
  send(input: Required<Omit<FeedbackInput, 'url'>> & { url?: string | null }, authorId: Id): Promise<Feedback>;
  /** Puts the author's new answer into an earlier record (same id): dated now, open again, an owner's response kept. */
  replace(id: Id, input: Required<Omit<FeedbackInput, 'url'>> & { url?: string | null }, authorId: Id): Promise<Feedback>;
  get(id: Id, viewerId: Id | null): Promise<Feedback | null>;
  /** Feedback by id (unknown ids left out, any order). */
  getMany(ids: Id[], viewerId: Id | null): Promise<Feedback[]>;
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

// Issue 15: notifications, preferences and follows.
/** A notification the domain makes, before the storage gives it an id and a time. */
export interface NewNotification {
  recipientId: Id;
  type: NotificationType;
  actorId: Id | null;
  item: Notification['item'];
  title: string;
  excerpt: string;
  url: string | null;
  /** Resolved from the recipient's preferences when made (never 'off': those are not stored). */
  channel: Exclude<NotificationChannel, 'off'>;
}

/** Notifications (in the page and for mail), each person's preferences, and follows. */
export interface NotificationRepository {
  /** Stores notifications in one batch (in the caller's transaction); returns them as their recipients read them, in order. */
  insert(list: NewNotification[]): Promise<Notification[]>;
  /** A recipient's notifications, newest first. */
  list(recipientId: Id, query: PageQuery & { unread?: boolean }): Promise<Page<Notification>>;
  unreadCount(recipientId: Id): Promise<number>;
  /** Marks the recipient's notifications with these ids (or all) read at `at`; others' ids are ignored. */
  markRead(recipientId: Id, ids: Id[] | 'all', at: IsoDate): Promise<void>;
  /** The stored preferences of these people (people who never changed them are left out). */
  preferences(personIds: Id[]): Promise<Map<Id, NotificationPreferences>>;
  setPreferences(personId: Id, prefs: NotificationPreferences): Promise<void>;
  /** Adds or removes a follow; keeps an existing one. */
  follow(personId: Id, target: FollowTarget, on: boolean): Promise<void>;
  isFollowing(personId: Id, target: FollowTarget): Promise<boolean>;
  /** Everyone following any of these targets (by the target index), each once. */
  followers(targets: FollowTarget[]): Promise<Id[]>;
}

// Issue 13: moderation.
/**
 * Which stored states a list or thread returns; the domain builds it (a repository only applies
 * it). An item passes when its state is in `states`, or when `viewerId` wrote it and its state is
 * in `ownStates`. Absent: every state.
 */
export interface ContentFilter {
  states: ContentState[];
  ownStates: ContentState[];
  viewerId: Id | null;
}

/** What the domain needs to know about any item of content, whatever its kind and state. */
export interface StoredContent {
  target: ContentRef;
  authorId: Id;
  status: ContentStatus;
  /** Who wrote the current text: the author, or the moderator who last edited it. */
  editedBy: Id | null;
  /** The question of an answer, the idea of a comment; null otherwise. */
  parentId: Id | null;
  /** The context of a question or answer (its question's), the subject of feedback; null otherwise. */
  context: string | null;
  /** The campaign of an idea or comment (its idea's); null otherwise. */
  campaignId: Id | null;
  /** Questions and ideas; null for the other kinds. */
  title: string | null;
  /** The body; for feedback, its comment ('' when none). */
  body: string;
  tags: string[];
  createdAt: IsoDate;
}

/** A report as the domain files it. */
export interface NewReport {
  target: ContentRef;
  reporterId: Id;
  reason: ReportReason;
  note: string | null;
  weight: number;
  at: IsoDate;
}

/** What moderation needs to know of a person besides their name. */
export interface PersonFacts extends PersonRef {
  joinedAt: IsoDate | null;
  restrictedUntil: IsoDate | null;
}

/** A queue row: which item, since when, and whether it is a held post. */
export interface QueueRow {
  target: ContentRef;
  authorId: Id;
  context: string | null;
  campaignId: Id | null;
  held: boolean;
  since: IsoDate;
}

/** An audit entry as the domain records it. */
export interface NewAuditEntry {
  actorId: Id | null;
  action: AuditAction;
  target: ContentRef | null;
  personId: Id | null;
  reason: string | null;
  details: Record<string, unknown> | null;
  at: IsoDate;
}

/**
 * Moderation storage: states, versions, reports, the queue, people's restrictions and staff
 * notes, the audit log and hold-first-posts overrides. Dumb storage: every rule is in the domain
 * (`domain/moderation*.ts`).
 */
export interface ModerationRepository {
  /** Any item, in any state, or null for an unknown one. */
  content(target: ContentRef): Promise<StoredContent | null>;
  /**
   * Stores an item's state (and `by`, `reason`). Keeps each question's `answerCount` and each
   * idea's `commentCount` equal to its answers/comments in state `visible`, and the search index
   * unchanged (search results are filtered by state).
   */
  setStatus(target: ContentRef, status: Omit<ContentStatus, 'editedAt'>): Promise<void>;
  /** Replaces the text fields given (title, body — for feedback its comment — and tags, re-indexed for search) and records who edited and when. */
  updateText(target: ContentRef, fields: { title?: string; body?: string; tags?: string[] }, editorId: Id, at: IsoDate): Promise<void>;
  /** Appends an earlier version (numbered 1, 2, … per item in the order added). */
  addVersion(target: ContentRef, version: Omit<ContentVersion, 'version' | 'editor'> & { editorId: Id }): Promise<void>;
  /** Earlier versions, oldest first. */
  versions(target: ContentRef): Promise<ContentVersion[]>;

  /** Whether the person has an open report on the item. */
  hasOpenReport(target: ContentRef, reporterId: Id): Promise<boolean>;
  addReport(report: NewReport): Promise<Report>;
  /** The reports of these items with this status (all when absent), oldest first. */
  reports(targets: ContentRef[], status?: ReportStatus): Promise<Report[]>;
  /** Closes the item's open reports with `status`; returns the reporters (each once). */
  closeReports(target: ContentRef, status: Exclude<ReportStatus, 'open'>, at: IsoDate): Promise<Id[]>;
  /** How many of each person's reports were agreed and dismissed (people without any are left out). */
  reporterStats(personIds: Id[]): Promise<Map<Id, { agreed: number; dismissed: number }>>;

  /** Adds an item to the queue or updates its row, keeping the first `since`. */
  enqueue(row: QueueRow): Promise<void>;
  /** Takes an item out of the queue (no-op when it is not in it). */
  dequeue(target: ContentRef): Promise<void>;
  /** The item's queue row, or null. */
  queued(target: ContentRef): Promise<QueueRow | null>;
  /** Queue rows matching the query (`reason`: rows with an open report of that reason), oldest `since` first, cursor-paged. */
  queue(query: QueueQuery): Promise<Page<QueueRow>>;

  /**
   * How many posts (questions, answers, ideas, comments) the person wrote: with `since`, only
   * those created at or after it (any state); with `approvedOnly`, only those not `held`
   * (visible, hidden or deleted).
   */
  postCounts(authorIds: Id[], options?: { since?: IsoDate; approvedOnly?: boolean }): Promise<Map<Id, number>>;
  /** Each person's name, when they were first seen (sign-in, import) and any restriction; unknown people are left out. */
  personFacts(personIds: Id[]): Promise<Map<Id, PersonFacts>>;
  setRestriction(personId: Id, until: IsoDate | null): Promise<void>;
  addStaffNote(note: { personId: Id; body: string; authorId: Id; at: IsoDate }): Promise<StaffNote>;
  /** Newest first. */
  staffNotes(personId: Id): Promise<StaffNote[]>;

  audit(entry: NewAuditEntry): Promise<void>;
  /** Newest first, cursor-paged, filtered as `AuditQuery` says. */
  auditLog(query: AuditQuery): Promise<Page<AuditEntry>>;
  /** How many audit entries concern each person with one of these actions (e.g. their content hidden); people without any are left out. */
  auditCounts(personIds: Id[], actions: AuditAction[]): Promise<Map<Id, number>>;
  /** The latest `perPerson` audit entries about each of these people, newest first. */
  recentAudit(personIds: Id[], perPerson: number): Promise<AuditEntry[]>;

  /** The hold-first-posts override of a campaign or context, or null. */
  holdOverride(scope: PolicyScope): Promise<number | null>;
  setHoldOverride(scope: PolicyScope, holdFirstPosts: number | null): Promise<void>;
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
  readonly skills: SkillRepository;
  readonly questions: QuestionRepository;
  readonly votes: VoteRepository;
  readonly ideas: IdeaRepository;
  readonly feedback: FeedbackRepository;
  readonly events: EventRepository;
  readonly idempotency: IdempotencyRepository;
  readonly notifications: NotificationRepository;
  /** Webhook endpoints and their delivery outbox (issue 15c); a storage without webhooks leaves it out. */
  readonly webhooks?: WebhookRepository;
  /** Escalation of unanswered routed questions and review reminders (issue 15c); optional. */
  readonly escalation?: EscalationRepository;
  /** Issue 13: moderation. */
  readonly moderation: ModerationRepository;
}

/** A database: reads, and writes that are all stored or none. */
export interface Storage {
  /** Issue 13: the moderation settings this storage was opened with (defaults: `DEFAULT_MODERATION_POLICY`); writes read them as `ctx.policy`. */
  readonly policy?: Partial<ModerationPolicy>;
  /** Runs a read. */
  read<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in one transaction: the change, its events and its idempotency record are stored
   * together or not at all. After the commit the storage delivers the new events to live readers.
   */
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
}
